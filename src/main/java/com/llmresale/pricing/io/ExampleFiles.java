package com.llmresale.pricing.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Named examples kept as data: {@code SUBFOLDER/NAME.yaml} in the scenarios folder. */
final class ExampleFiles {
    private ExampleFiles() {}

    /**
     * The names of the examples in {@code scenarios/subfolder}, sorted; empty when there is no such
     * folder.
     */
    static List<String> names(Folder scenarios, String subfolder) {
        Path dir = scenarios.path().resolve(subfolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
