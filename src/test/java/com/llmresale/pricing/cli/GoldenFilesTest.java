package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: every {@code NAME.args} under src/test/resources/golden holds a command's arguments
 * (one per line) and {@code NAME.out} what it must print, byte for byte. Cases run in the project
 * root against the real sheets and scenarios. A file without its twin fails.
 *
 * <p>To accept new output after a deliberate change: {@code mvn test -Dgolden.update=true}, then
 * review the diff.
 */
class GoldenFilesTest {
    static final Path DIR = onClassPath("golden");

    /** Where -Dgolden.update=true writes: the source folder the class path copy comes from. */
    static final Path SOURCE = Path.of("src/test/resources/golden");

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsGoldenFile() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.walk(DIR)) {
            cases = files.filter(p -> p.toString().endsWith(".args")).sorted().toList();
        }
        assertThat(cases).as("golden cases in " + DIR).isNotEmpty();
        return cases.stream()
                .map(
                        args ->
                                DynamicTest.dynamicTest(
                                        DIR.relativize(args).toString(), () -> check(args)));
    }

    /**
     * The same cases with parsed YAML kept between runs, as the command line does: each case run
     * twice (the first run parses and keeps every file, the second reads them back) must still
     * print its golden file. The cache may change how fast a command answers, never what it says.
     */
    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsGoldenFileThroughTheYamlCache(
            @org.junit.jupiter.api.io.TempDir Path cache) throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.walk(DIR)) {
            cases = files.filter(p -> p.toString().endsWith(".args")).sorted().toList();
        }
        return cases.stream()
                .map(
                        args ->
                                DynamicTest.dynamicTest(
                                        DIR.relativize(args).toString(),
                                        () -> {
                                            if (UPDATE) {
                                                return;
                                            }
                                            com.llmresale.pricing.io.YamlCache.enable(cache);
                                            try {
                                                check(args);
                                                check(args);
                                            } finally {
                                                com.llmresale.pricing.io.YamlCache.disable();
                                            }
                                        }));
    }

    private static void check(Path argsFile) throws IOException {
        List<String> args =
                Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                        .toList();
        Path expected = twin(argsFile, ".out");
        Cli result = Cli.run(args.toArray(String[]::new));
        String actual =
                result.exitCode() == 0 && result.err().isEmpty()
                        ? result.out()
                        : result.out()
                                + "--- stderr ---\n"
                                + result.err()
                                + "--- exit "
                                + result.exitCode()
                                + " ---\n";
        if (UPDATE) {
            Path source = SOURCE.resolve(DIR.relativize(expected).toString());
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected)
                .as("golden file for " + argsFile + " (run with -Dgolden.update=true to create it)")
                .exists();
        assertThat(actual)
                .as(result.describe())
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void noOrphans() throws IOException {
        Set<String> orphans = new TreeSet<>();
        try (Stream<Path> files = Files.walk(DIR)) {
            files.filter(Files::isRegularFile)
                    .forEach(
                            p -> {
                                String name = p.toString();
                                if (name.endsWith(".args")
                                        && !Files.exists(twin(p, ".out"))
                                        && !UPDATE) {
                                    orphans.add(name + " (no .out)");
                                } else if (name.endsWith(".out")
                                        && !Files.exists(twin(p, ".args"))) {
                                    orphans.add(name + " (no .args)");
                                } else if (!name.endsWith(".args") && !name.endsWith(".out")) {
                                    orphans.add(name + " (neither .args nor .out)");
                                }
                            });
        }
        assertThat(orphans).as("golden files without their twin").isEmpty();
    }

    /**
     * A folder of the test class path, as a path (the class path's resources are files on disk).
     */
    static Path onClassPath(String folder) {
        URL url = GoldenFilesTest.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException(folder + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path twin(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }
}
