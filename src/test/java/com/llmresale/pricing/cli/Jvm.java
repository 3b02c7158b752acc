package com.llmresale.pricing.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code pricing} in a separate JVM (the test class path, {@link Main}), the way two users at
 * once would: separate processes share only the files.
 */
final class Jvm {
    private final Process process;
    private final Path out;
    private final Path err;
    private final String command;

    private Jvm(Process process, Path out, Path err, String command) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.command = command;
    }

    private static final Path YAML_CACHE;

    static {
        try {
            YAML_CACHE = Files.createTempDirectory("pricing-yaml-cache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code pricing args} in {@code cwd} with extra JVM options (e.g. {@code -Xmx64m}). */
    static Jvm start(Path cwd, List<String> jvmOptions, String... args) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmOptions);
        line.add("-cp");
        line.add(System.getProperty("java.class.path"));
        line.add(Main.class.getName());
        line.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("pricing-out", ".txt");
            Path err = Files.createTempFile("pricing-err", ".txt");
            ProcessBuilder builder =
                    new ProcessBuilder(line)
                            .directory(cwd.toFile())
                            .redirectOutput(out.toFile())
                            .redirectError(err.toFile());
            // parsed YAML kept in one folder of the test run's, shared by the processes (they race
            // for its entries as real ones do), not in the user's cache folder
            builder.environment().put("PRICING_CACHE", YAML_CACHE.toString());
            Process p = builder.start();
            return new Jvm(p, out, err, "pricing " + String.join(" ", args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Jvm start(Path cwd, String... args) {
        return start(cwd, List.of(), args);
    }

    /** Waits for the process and returns what it did, as {@link Cli#run} would. */
    Cli finish() {
        try {
            int code = process.waitFor();
            Cli result =
                    new Cli(
                            command,
                            code,
                            Files.readString(out, StandardCharsets.UTF_8),
                            Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }
}
