package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * tablesaw scans the class path at first use (~0.4 s): the everyday commands must never load it.
 * Runs each command in a fresh JVM with class-load logging and looks for tablesaw's classes.
 */
class StartupClassLoadingTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "models",
                "recompute",
                "models --format json",
                "recompute --format csv",
                "tiers",
                "compare",
                "lint",
                "scenario balanced",
                "scenario balanced --format json",
                "scenario list",
                "estimate anthropic:claude-haiku-4-5 --input-tokens 1000 --output-tokens 100",
                "roi --example seed-003"
            })
    void everydayCommandsDoNotLoadTablesaw(String command)
            throws IOException, InterruptedException {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xlog:class+load=info",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName()));
        cmd.addAll(List.of(command.split(" ")));
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .as("classes loaded by 'pricing " + command + "'")
                .contains("com.llmresale.pricing.cli.Main")
                .doesNotContain("tech.tablesaw");
    }
}
