package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoaderTest {
    @TempDir Path dir;

    private ModelEntry load(String fields) throws IOException {
        Files.writeString(
                dir.resolve("x.yaml"),
                """
                provider: x
                currency: USD
                models:
                  - id: m
                    input: 1
                    output: 1
                """
                        + fields);
        Catalog catalog = CatalogLoader.load(new Folder(dir, "pricing", false));
        return catalog.model("x", "m").orElseThrow();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "yes, true",
        "no, false",
        "on, true",
        "off, false",
        "true, true",
        "false, false",
        "True, true"
    })
    void yamlBooleansMeanWhatYamlSays(String spelling, boolean expected) throws IOException {
        ModelEntry model =
                load(
                        "    active: "
                                + spelling
                                + "\n    moe: "
                                + spelling
                                + "\n    free: "
                                + spelling
                                + "\n");

        assertThat(model.active()).isEqualTo(expected);
        assertThat(model.moe()).isEqualTo(expected);
        assertThat(model.free()).isEqualTo(expected);
    }
}
