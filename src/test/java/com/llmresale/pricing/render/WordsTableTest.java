package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The wordings the product reads ({@code WordsTable}, generated) are the ones in the bundles'
 * files, and the generated file is what {@link WordsTableGenerator} writes from them today.
 */
class WordsTableTest {
    private static final boolean UPDATE = Boolean.getBoolean("words.update");

    @Test
    void theGeneratedFileIsUpToDate() throws IOException {
        String generated = WordsTableGenerator.generate();
        if (UPDATE) {
            Files.writeString(WordsTableGenerator.SOURCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(WordsTableGenerator.SOURCE, StandardCharsets.UTF_8))
                .as(WordsTableGenerator.SOURCE + " is stale: " + WordsTableGenerator.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyWordingIsTheFilesInBothLanguages() throws IOException {
        check(WordsTableGenerator.load("messages.properties"), Words.ENGLISH);
        check(WordsTableGenerator.load("messages_tr.properties"), Words.TURKISH);
    }

    private static void check(Properties file, Words words) {
        assertThat(file.stringPropertyNames()).hasSizeGreaterThan(100);
        for (String key : file.stringPropertyNames()) {
            assertThat(words.get(key)).as(key).isEqualTo(file.getProperty(key));
        }
    }

    @Test
    void aLiteralKeepsEveryCharacter() {
        assertThat(WordsTableGenerator.literal("a\"b\\c\nd ç {0}"))
                .isEqualTo("\"a\\\"b\\\\c\\nd \\u00e7 {0}\"");
    }
}
