package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder bundled in a jar is copied once onto disk, whole, with every file's bytes, and used in
 * its place afterwards; nothing is copied while the cache is off.
 */
class BundledCopiesTest {
    @TempDir Path dir;

    @AfterEach
    void off() {
        YamlCache.disable();
    }

    @Test
    void aBundledFolderIsCopiedWholeOnceAndUsedAfterwards() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (FileSystem zip =
                FileSystems.newFileSystem(
                        URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path folder = zip.getPath("/bundled/pricing");
            Files.createDirectories(folder.resolve("notes"));
            Files.writeString(
                    folder.resolve("groq.yaml"), "provider: groq\n", StandardCharsets.UTF_8);
            Files.writeString(
                    folder.resolve("settings.yaml"), "baseline: x ü\n", StandardCharsets.UTF_8);
            Files.writeString(
                    folder.resolve("notes/read.me"), "kept too\n", StandardCharsets.UTF_8);

            YamlCache.enable(dir.resolve("cache"));
            assertThat(BundledCopies.copyOf("pricing")).isNull();

            BundledCopies.keep(folder, "pricing");
            Path copy = BundledCopies.copyOf("pricing");

            assertThat(copy).isDirectory();
            assertThat(files(copy))
                    .containsExactly("groq.yaml", "notes", "notes/read.me", "settings.yaml");
            for (String file : List.of("groq.yaml", "settings.yaml", "notes/read.me")) {
                assertThat(Files.readAllBytes(copy.resolve(file)))
                        .isEqualTo(Files.readAllBytes(folder.resolve(file)));
            }

            // a second keep changes nothing; no temp folder is left behind
            BundledCopies.keep(folder, "pricing");
            assertThat(BundledCopies.copyOf("pricing")).isEqualTo(copy);
            try (Stream<Path> left = Files.list(copy.getParent().getParent())) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.startsWith(".copy"));
            }
        }
    }

    @Test
    void nothingIsCopiedWhileTheCacheIsOff() throws IOException {
        Path source = Files.createDirectories(dir.resolve("pricing"));
        Files.writeString(source.resolve("groq.yaml"), "provider: groq\n");
        BundledCopies.keep(source, "pricing");
        assertThat(BundledCopies.copyOf("pricing")).isNull();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
