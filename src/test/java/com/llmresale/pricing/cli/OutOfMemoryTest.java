package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory is one line on stderr and exit 1, never a stack trace. */
class OutOfMemoryTest {
    @Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void outOfMemoryIsOneLineAndExitOne() {
        StringWriter err = new StringWriter();
        int code = PricingCli.run(new CommandLine(new Greedy()), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString())
                .startsWith("error: out of memory (")
                .contains("PRICING_JAVA_OPTS=-Xmx4g")
                .doesNotContain("\tat ");
    }
}
