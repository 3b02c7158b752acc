package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recompute --against FILE}: a regular file only, read as a stream. */
class AgainstFileTest {
    /** Only a guard against a hang (a FIFO blocks whoever opens it): not a timing assertion. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir Path dir;

    @Test
    void aFolderIsAOneLineError() throws IOException {
        Workspace ws = Workspace.withGroq(dir);
        Files.createDirectories(dir.resolve("last"));

        assertThat(ws.runFailing(1, "recompute", "--against", "last").errorLine())
                .isEqualTo("error: last: is a folder, not a file");
    }

    @Test
    void devZeroIsRefusedWithoutReadingIt() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a /dev/zero device");
        Workspace ws = Workspace.withGroq(dir);

        Cli result =
                assertTimeoutPreemptively(
                        HANG_GUARD, () -> ws.runFailing(1, "recompute", "--against", "/dev/zero"));

        assertThat(result.errorLine())
                .isEqualTo("error: /dev/zero: not a regular file (a device or pipe is not read)");
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        Path fifo = dir.resolve("last.csv");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0 && Files.exists(fifo), "mkfifo");

        Cli result =
                assertTimeoutPreemptively(
                        HANG_GUARD, () -> ws.runFailing(1, "recompute", "--against", "last.csv"));

        assertThat(result.errorLine())
                .isEqualTo("error: last.csv: not a regular file (a device or pipe is not read)");
    }

    /**
     * A million rows of other providers read with {@code --provider groq} in a JVM with a heap far
     * smaller than those rows would take in memory: only the rows needed are kept.
     */
    @Test
    void aMillionRowFileIsReadInBoundedMemory() throws IOException {
        Workspace.withGroq(dir);
        Path big = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("provider,model,credits\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("together,some-org/model-number-" + i + "-instruct," + (i % 997) + "\n");
                if (i == 500_000) {
                    out.write("groq,llama-3.1-8b-instant,6\n");
                }
            }
            out.write("groq,openai/gpt-oss-20b,4\n");
        }

        Cli result =
                Jvm.start(
                                dir,
                                List.of("-Xmx40m", "-XX:TieredStopAtLevel=1"),
                                "recompute",
                                "--provider",
                                "groq",
                                "--against",
                                "big.csv",
                                "-f",
                                "csv")
                        .finish();

        assertThat(result.exitCode()).as(result.describe()).isZero();
        // Workspace.GROQ prices: 8b at 4 credits (6 -> 4), gpt-oss-20b at 8 (4 -> 8)
        assertThat(
                        result.out()
                                .lines()
                                .skip(1)
                                .map(
                                        l ->
                                                String.join(
                                                                ",",
                                                                List.of(l.split(",", -1))
                                                                        .subList(0, 2))
                                                        + " "
                                                        + l.split(",", -1)[9]
                                                        + "->"
                                                        + l.split(",", -1)[6])
                                .toList())
                .containsExactlyInAnyOrder(
                        "groq,llama-3.1-8b-instant 6->4", "groq,openai/gpt-oss-20b 4->8");
    }
}
