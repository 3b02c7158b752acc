package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache of parsed YAML ({@link YamlCache}) answers exactly what the parser would: for every
 * YAML file of the project (sheets, settings, scenarios, recommendations, the bundled copies and
 * every test fixture, broken ones included), the first read (parsed, then kept) and the second
 * (from the cache) give the parser's tree, lines and key order included, or the parser's error.
 */
class YamlCacheTest {
    @TempDir Path cache;

    @AfterEach
    void off() {
        YamlCache.disable();
    }

    static Stream<Path> projectYamlFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String root :
                List.of("pricing", "scenarios", "src/main/resources", "src/test/resources")) {
            if (!Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(
                                p -> {
                                    String n = p.getFileName().toString();
                                    return n.endsWith(".yaml") || n.endsWith(".yml");
                                })
                        .forEach(files::add);
            }
        }
        return files.stream().sorted();
    }

    @Test
    void theProjectHasYamlFilesToTry() throws IOException {
        assertThat(projectYamlFiles().count()).isGreaterThan(30);
    }

    @ParameterizedTest
    @MethodSource("projectYamlFiles")
    void everyProjectFileReadsBackAsTheParserReadsIt(Path file) {
        String display = file.toString();
        Object parsed = parseOrError(file, display);

        YamlCache.enable(cache);
        Object first = readOrError(file, display);
        Object second = readOrError(file, display);

        assertThat(first).isEqualTo(parsed);
        assertThat(second).isEqualTo(parsed);
        if (parsed instanceof YamlNode) {
            // key order and lines too: records print their maps in order
            assertThat(second.toString()).isEqualTo(parsed.toString());
            assertThat(cache.resolve(YamlCache.entryName(file, YamlCache.buildIdentity())))
                    .isRegularFile();
        } else {
            assertThat(cache.resolve(YamlCache.entryName(file, YamlCache.buildIdentity())))
                    .doesNotExist();
        }
    }

    @Test
    void aFileChangedInPlaceIsParsedAgain() throws IOException {
        Path file = cache.resolve("sheet.yaml");
        Files.writeString(file, "provider: groq\nprice: 0.10\n");
        YamlCache.enable(cache.resolve("entries"));
        assertThat(text(YamlCache.read(file, "sheet.yaml"))).contains("0.10");

        // same length, same time stamp: only the content tells
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "provider: groq\nprice: 0.20\n");
        Files.setLastModifiedTime(file, before);

        assertThat(text(YamlCache.read(file, "sheet.yaml")))
                .contains("0.20")
                .doesNotContain("0.10");
    }

    @Test
    void anEntryOfAnotherBuildIsNotUsed() throws IOException {
        byte[] source = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        YamlNode tree = YamlReader.parse(source, null, "a.yaml");
        byte[] entry = YamlCache.encode(source, tree, "build A");

        assertThat(YamlCache.decode(entry, source, "build A")).isEqualTo(tree);
        assertThat(YamlCache.decode(entry, source, "build B")).isNull();
        assertThat(YamlCache.decode(entry, "a: 2\n".getBytes(StandardCharsets.UTF_8), "build A"))
                .isNull();
    }

    @Test
    void aBrokenFileIsTheParsersErrorAndNothingIsKept() throws IOException {
        Path file = cache.resolve("broken.yaml");
        Files.writeString(file, "provider: groq\n  models: [\n");
        YamlCache.enable(cache.resolve("entries"));

        assertThatThrownBy(() -> YamlCache.read(file, "broken.yaml"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("broken.yaml");
        assertThat(cache.resolve("entries")).doesNotExist();
    }

    @Test
    void anEntrysNameIsTheFilesNameMadeSafeAndAChecksumOfItsPathAndBuild() {
        String name = YamlCache.entryName(Path.of("/srv/sheets/groq ü.yaml"), "build A");
        assertThat(name).matches("groq__\\.yaml-[0-9a-f]{1,8}\\.tree");
        assertThat(YamlCache.entryName(Path.of("/srv/other/groq ü.yaml"), "build A"))
                .isNotEqualTo(name);
        assertThat(YamlCache.entryName(Path.of("/srv/sheets/groq ü.yaml"), "build B"))
                .isNotEqualTo(name);
        assertThat(YamlCache.entryName(Path.of("/srv/sheets/../sheets/groq ü.yaml"), "build A"))
                .isEqualTo(name);
    }

    @Test
    void aMissingFileIsNotFound() {
        YamlCache.enable(cache);
        assertThatThrownBy(() -> YamlCache.read(cache.resolve("none.yaml"), "none.yaml"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("file not found");
    }

    @Test
    void theOldestEntriesGoBeyondTheLimit() throws IOException {
        Path dir = cache.resolve("entries");
        Files.createDirectories(dir);
        for (int i = 0; i < 10; i++) {
            Path p = Files.writeString(dir.resolve("f" + i + ".tree"), "x");
            Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.writeString(dir.resolve("other.txt"), "not an entry");

        YamlCache.prune(dir, 8);

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(
                            "f4.tree",
                            "f5.tree",
                            "f6.tree",
                            "f7.tree",
                            "f8.tree",
                            "f9.tree",
                            "other.txt");
        }
    }

    private static Object parseOrError(Path file, String display) {
        try {
            return YamlReader.parse(YamlReader.bytes(file, display), file, display);
        } catch (DataException e) {
            return e.getMessage();
        }
    }

    private static Object readOrError(Path file, String display) {
        try {
            return YamlCache.read(file, display);
        } catch (DataException e) {
            return e.getMessage();
        }
    }

    private static String text(YamlNode node) {
        return node.toString();
    }
}
