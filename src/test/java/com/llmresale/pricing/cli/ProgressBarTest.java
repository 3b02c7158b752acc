package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar: only on a terminal, only after a second, erased at the end; never in tests. */
class ProgressBarTest {
    @TempDir Path dir;

    @Test
    void quietForASecondThenDrawnThenErased() {
        StringWriter text = new StringWriter();
        long[] now = {5_000_000_000L};
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 4L << 20, () -> now[0]);
        bar.accept(1L << 20);
        now[0] += 999_000_000L;
        bar.draw();
        assertThat(text.toString()).isEmpty();

        now[0] += 2_000_000L;
        bar.draw();
        assertThat(text.toString()).isEqualTo("\r[#######.......................]  25%  1/4 MB");

        bar.accept(3L << 20);
        bar.draw();
        bar.close();
        assertThat(text.toString())
                .endsWith(
                        "\r[##############################] 100%  4/4 MB\r"
                                + " ".repeat(54)
                                + "\r");
    }

    @Test
    void aReadUnderASecondLeavesNoTrace() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), 100, () -> 0L);
        bar.accept(100);
        bar.draw();
        bar.close();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void onlyOnATerminalAndNotWithNoProgress() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertThat(ProgressBar.start(err, 1000, false, false)).isNull();
        assertThat(ProgressBar.start(err, 1000, true, true)).isNull();
        assertThat(ProgressBar.start(err, 0, true, false))
                .isNull(); // standard input: no size to count up to
        try (ProgressBar bar = ProgressBar.start(err, 1000, true, false)) {
            assertThat(bar).isNotNull();
        }
    }

    @Test
    void onlyMainCanSayStderrIsATerminal() {
        assertThat(new PricingCommand(dir, java.time.Clock.systemUTC()).terminal()).isFalse();
    }

    @Test
    void inProcessRunsNeverShowIt() throws IOException {
        StringBuilder csv =
                new StringBuilder("request_id,startTime,model,prompt_tokens,completion_tokens\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("r").append(i).append(",2025-11-01 10:00:00,m,1,1\n");
        }
        Files.writeString(dir.resolve("logs.csv"), csv);
        Cli cli =
                Cli.run(
                        dir,
                        "--sheets",
                        Cli.PROJECT.resolve("pricing").toString(),
                        "usage",
                        "logs.csv");
        cli.assertOk();
        assertThat(cli.err()).doesNotContain("\r").doesNotContain("MB");
        Cli quiet =
                Cli.run(
                        dir,
                        "--sheets",
                        Cli.PROJECT.resolve("pricing").toString(),
                        "usage",
                        "logs.csv",
                        "--no-progress");
        assertThat(quiet.out()).isEqualTo(cli.out());
    }
}
