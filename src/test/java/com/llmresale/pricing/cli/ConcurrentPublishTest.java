package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users publishing at once, in separate JVMs sharing one sheets folder: no publication is lost,
 * and no run says "Published" for credits that are not in the file.
 */
class ConcurrentPublishTest {
    private static final int ROUNDS = 6;

    @TempDir Path dir;

    @Test
    void publishersRacingInSeparateJvmsLoseNoPublication() throws IOException {
        copyRepositorySheets(dir.resolve("pricing"));
        Path published = dir.resolve("pricing/published-credits.csv");
        String original = Files.readString(published);
        // the expected rows: each provider published alone, one after the other
        Path sequential = dir.resolve("sequential");
        copyRepositorySheets(sequential.resolve("pricing"));
        Cli.run(sequential, "recompute", "--provider", "groq", "--write");
        Cli.run(sequential, "recompute", "--provider", "together", "--write");
        String both = Files.readString(sequential.resolve("pricing/published-credits.csv"));
        // seeds 000 and 001: DeepSeek-R1 60 -> 334, llama-3.1-8b-instant 6 -> 4
        assertThat(both)
                .contains("together,deepseek-ai/DeepSeek-R1,334\n")
                .contains("groq,llama-3.1-8b-instant,4\n");

        for (int round = 0; round < ROUNDS; round++) {
            Files.writeString(published, original);
            Files.deleteIfExists(dir.resolve("pricing/published-credits.csv.bak"));

            Jvm groq = Jvm.start(dir, "recompute", "--provider", "groq", "--write", "-f", "csv");
            Jvm together =
                    Jvm.start(dir, "recompute", "--provider", "together", "--write", "-f", "csv");
            Cli g = groq.finish();
            Cli t = together.finish();

            String after = Files.readString(published);
            String expected = original;
            for (Cli run : List.of(g, t)) {
                String provider = run.command().contains("groq") ? "groq" : "together";
                if (run.exitCode() == 0) {
                    assertThat(run.err()).as(run.describe()).startsWith("Published ");
                    expected = withRowsOf(provider, both, expected);
                } else {
                    // refused cleanly: one line, exit 1, its credits not published
                    run.assertError(1);
                }
            }
            assertThat(after.lines().toList())
                    .as("round " + round + "\n" + g.describe() + "\n" + t.describe())
                    .first()
                    .isEqualTo("provider,model,credits");
            assertThat(after.lines().toList())
                    .as("round " + round + "\n" + g.describe() + "\n" + t.describe())
                    .containsExactlyInAnyOrderElementsOf(expected.lines().toList());
            assertThat(g.exitCode() == 0 || t.exitCode() == 0)
                    .as("at least one publishes")
                    .isTrue();
        }
    }

    /**
     * The lines of {@code base} with the rows of {@code provider} taken from {@code source} (any
     * order).
     */
    private static String withRowsOf(String provider, String source, String base) {
        StringBuilder out = new StringBuilder();
        Stream.concat(
                        base.lines().filter(l -> !l.startsWith(provider + ",")),
                        source.lines().filter(l -> l.startsWith(provider + ",")))
                .forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static void copyRepositorySheets(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Cli.PROJECT.resolve("pricing"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
