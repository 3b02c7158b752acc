package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.io.PublishLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A scratch working directory with its own ./pricing folder, for commands that must be isolated.
 */
public record Workspace(Path root) {

    public static final String GROQ =
            """
            provider: groq
            name: Groq
            currency: USD
            updated: 2025-11-03
            models:
              - id: llama-3.1-8b-instant
                input: 0.05
                output: 0.08
              - id: openai/gpt-oss-20b
                input: 0.05
                output: 0.20
                family: gpt-oss-20b
            """;

    public static final String PUBLISHED =
            """
            provider,model,credits
            groq,llama-3.1-8b-instant,6
            groq,openai/gpt-oss-20b,12
            """;

    /** A workspace whose ./pricing holds one small, valid Groq sheet and its published credits. */
    public static Workspace withGroq(Path dir) {
        Workspace ws = new Workspace(dir);
        ws.write("pricing/groq.yaml", GROQ);
        ws.write("pricing/published-credits.csv", PUBLISHED);
        return ws;
    }

    public Path write(String relative, String content) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Cli run(String... args) {
        return Cli.run(root, args);
    }

    /**
     * Every file under the workspace with its content, but the empty lock file that {@code
     * recompute --write} creates once and leaves ({@link PublishLock}): it holds nothing.
     */
    public Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(
                            p ->
                                    !(p.getFileName().toString().equals(PublishLock.FILE_NAME)
                                            && sizeOf(p) == 0))
                    .forEach(p -> files.put(root.relativize(p).toString(), readQuietly(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Runs a command that must fail and checks that it left every file as it was. */
    public Cli runFailing(int exitCode, String... args) {
        Map<String, String> before = snapshot();
        Cli result = run(args).assertError(exitCode);
        assertThat(snapshot())
                .as("files after a failed command\n" + result.describe())
                .isEqualTo(before);
        return result;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
