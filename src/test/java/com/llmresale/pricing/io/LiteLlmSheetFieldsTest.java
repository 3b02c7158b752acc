package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheet fields `pricing usage` maps LiteLLM's log rows with: litellm_provider and aliases. */
class LiteLlmSheetFieldsTest {
    @TempDir Path dir;

    private Catalog load(String sheet) throws IOException {
        Files.writeString(dir.resolve("x.yaml"), sheet);
        return CatalogLoader.load(new Folder(dir, "pricing", false));
    }

    @Test
    void litellmProviderDefaultsToTheProviderId() throws IOException {
        Catalog catalog =
                load(
                        """
                provider: x
                currency: USD
                models:
                  - id: m
                    input: 1
                    output: 1
                """);
        assertThat(catalog.sheet("x").orElseThrow().litellmProvider()).isEqualTo("x");
    }

    @Test
    void aliasesFindTheModel() throws IOException {
        Catalog catalog =
                load(
                        """
                provider: together
                litellm_provider: together_ai
                currency: USD
                models:
                  - id: m
                    aliases: [m-2025, org/m]
                    input: 1
                    output: 1
                """);
        var sheet = catalog.sheet("together").orElseThrow();
        assertThat(sheet.litellmProvider()).isEqualTo("together_ai");
        assertThat(sheet.modelOrAlias("org/m").orElseThrow().id()).isEqualTo("m");
        assertThat(sheet.modelOrAlias("m").orElseThrow().id()).isEqualTo("m");
        assertThat(sheet.modelOrAlias("M")).isEmpty();
    }

    @Test
    void anAliasThatIsAnotherModelsIdIsAnErrorAtItsLine() {
        assertThatThrownBy(
                        () ->
                                load(
                                        """
                provider: x
                currency: USD
                models:
                  - id: a
                    aliases: [b]
                    input: 1
                    output: 1
                  - id: b
                    input: 1
                    output: 1
                """))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("x.yaml:")
                .hasMessageContaining("aliases")
                .hasMessageContaining("'b' is the id of another model (line 8)");
    }

    @Test
    void anAliasOfTwoModelsIsAnError() {
        assertThatThrownBy(
                        () ->
                                load(
                                        """
                provider: x
                currency: USD
                models:
                  - id: a
                    aliases: [z]
                    input: 1
                    output: 1
                  - id: b
                    aliases: [z]
                    input: 1
                    output: 1
                """))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("'z' is already an alias of a");
    }

    @Test
    void bundledSheetsDeclareLiteLlmNames() {
        Catalog catalog = CatalogLoader.load(new Folder(Path.of("pricing"), "pricing", false));
        assertThat(catalog.sheet("together").orElseThrow().litellmProvider())
                .isEqualTo("together_ai");
        assertThat(catalog.sheet("gemini").orElseThrow().litellmProvider()).isEqualTo("gemini");
        assertThat(
                        catalog.sheet("anthropic")
                                .orElseThrow()
                                .modelOrAlias("claude-sonnet-4-5-20250929")
                                .orElseThrow()
                                .id())
                .isEqualTo("claude-sonnet-4-5");
    }
}
