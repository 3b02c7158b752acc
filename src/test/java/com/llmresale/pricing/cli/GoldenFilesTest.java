package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Golden files: every {@code NAME.args} under src/test/resources/golden holds a command's
 * arguments (one per line) and {@code NAME.out} what it must print, byte for byte. Cases run in
 * the project root against the real sheets and scenarios. A file without its twin fails.
 *
 * <p>To accept new output after a deliberate change: {@code mvn test -Dgolden.update=true},
 * then review the diff.
 */
class GoldenFilesTest {
    static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsGoldenFile() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.walk(DIR)) {
            cases = files.filter(p -> p.toString().endsWith(".args")).sorted().toList();
        }
        assertThat(cases).as("golden cases in " + DIR).isNotEmpty();
        return cases.stream().map(args -> DynamicTest.dynamicTest(DIR.relativize(args).toString(), () -> check(args)));
    }

    private static void check(Path argsFile) throws IOException {
        List<String> args = Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        Path expected = twin(argsFile, ".out");
        Cli result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        if (UPDATE) {
            Files.writeString(expected, result.out(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected).as("golden file for " + argsFile + " (run with -Dgolden.update=true to create it)").exists();
        assertThat(result.out()).as(result.describe()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void noOrphans() throws IOException {
        Set<String> orphans = new TreeSet<>();
        try (Stream<Path> files = Files.walk(DIR)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                String name = p.toString();
                if (name.endsWith(".args") && !Files.exists(twin(p, ".out")) && !UPDATE) {
                    orphans.add(name + " (no .out)");
                } else if (name.endsWith(".out") && !Files.exists(twin(p, ".args"))) {
                    orphans.add(name + " (no .args)");
                } else if (!name.endsWith(".args") && !name.endsWith(".out")) {
                    orphans.add(name + " (neither .args nor .out)");
                }
            });
        }
        assertThat(orphans).as("golden files without their twin").isEmpty();
    }

    static Path twin(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }
}
