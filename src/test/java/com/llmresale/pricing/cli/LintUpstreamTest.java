package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lint --upstream FILE} on the sheets as the seeds priced them ({@link Cli#SEED_ERA})
 * against the catalog excerpts in src/test/resources/upstream (figures read from those files: e.g.
 * LiteLLM lists claude-haiku-4-5 at $1 / $5 where the sheet had seed 003's $0.25 / $1.25), and on
 * the bundled sheets, corrected from those catalogs.
 */
class LintUpstreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String LITELLM = "src/test/resources/upstream/litellm-excerpt.json";
    static final String GENAI = "src/test/resources/upstream/genai-prices-data.json";

    /** "provider model: message" of every price_vs_upstream warning. */
    private static List<String> upstreamWarnings(String... args) throws IOException {
        return upstreamWarningsOn(Cli.SEED_ERA.toString(), args);
    }

    private static List<String> upstreamWarningsOn(String sheets, String... args)
            throws IOException {
        List<String> all = new ArrayList<>(List.of("--sheets", sheets));
        all.addAll(List.of(args));
        Cli result = Cli.run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode w : JSON.readTree(result.out()).get("warnings")) {
            if (w.get("code").asText().equals("price_vs_upstream")) {
                out.add(
                        w.get("provider").asText()
                                + " "
                                + w.get("model").asText()
                                + ": "
                                + w.get("message").asText());
            }
        }
        return out;
    }

    @Test
    void everyPriceLiteLlmListsDifferentlyIsAWarning() throws IOException {
        List<String> warnings = upstreamWarnings("lint", "--upstream", LITELLM, "-f", "json");
        assertThat(warnings)
                .contains(
                        "anthropic claude-haiku-4-5: input: $0.25 per 1M here, $1 in litellm claude-haiku-4-5 (+300.0%)",
                        "anthropic claude-haiku-4-5: output: $1.25 per 1M here, $5 in litellm claude-haiku-4-5 (+300.0%)",
                        "anthropic claude-haiku-4-5: cached_input: $0.025 per 1M here, $0.1 in litellm claude-haiku-4-5 (+300.0%)",
                        "gemini gemini-2.5-flash: output: $0.30 per 1M here, $2.5 in litellm gemini/gemini-2.5-flash (+733.3%)",
                        "openai gpt-5: input: $5 per 1M here, $1.25 in litellm gpt-5 (-75.0%)",
                        // matched through the sheet's upstream id, not by name
                        "together Qwen3-235B-A22B-Instruct-2507: output: $3.00 per 1M here, $6 in litellm "
                                + "together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput (+100.0%)");
        // the same differences `pricing sync` lists: 24 against this excerpt
        assertThat(warnings).hasSize(24);
        Cli sync =
                Cli.run(
                        "--sheets",
                        Cli.SEED_ERA.toString(),
                        "sync",
                        "--from",
                        LITELLM,
                        "-f",
                        "json");
        assertThat(JSON.readTree(sync.out()).get("differences").size()).isEqualTo(warnings.size());
    }

    @Test
    void aProviderNarrowsItAndAnUnsetCachePriceIsSaid() throws IOException {
        assertThat(
                        upstreamWarnings(
                                "lint", "--provider", "groq", "--upstream", LITELLM, "-f", "json"))
                .containsExactly(
                        "groq openai/gpt-oss-120b: cached_input: not set here (the input price applies), $0.075 in litellm "
                                + "groq/openai/gpt-oss-120b",
                        "groq openai/gpt-oss-20b: cached_input: not set here (the input price applies), $0.0375 in litellm "
                                + "groq/openai/gpt-oss-20b",
                        "groq openai/gpt-oss-20b: input: $0.05 per 1M here, $0.075 in litellm groq/openai/gpt-oss-20b (+50.0%)",
                        "groq openai/gpt-oss-20b: output: $0.20 per 1M here, $0.3 in litellm groq/openai/gpt-oss-20b (+50.0%)");
    }

    @Test
    void theBundledSheetsDisagreeOnlyWhereACatalogPriceWasLeftOnPurpose() throws IOException {
        // corrected on 2026-11-30 from these catalogs; LiteLLM's Qwen3 Instruct -tput ($0.20 / $6)
        // was not applied
        assertThat(upstreamWarningsOn("pricing", "lint", "--upstream", LITELLM, "-f", "json"))
                .containsExactly(
                        "together Qwen3-235B-A22B-Instruct-2507: input: $0.65 per 1M here, $0.2 in litellm "
                                + "together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput (-69.2%)",
                        "together Qwen3-235B-A22B-Instruct-2507: output: $3.00 per 1M here, $6 in litellm "
                                + "together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput (+100.0%)");
        assertThat(upstreamWarningsOn("pricing", "lint", "--upstream", GENAI, "-f", "json"))
                .isEmpty();
    }

    @Test
    void genaiPricesIsDetectedToo() throws IOException {
        assertThat(
                        upstreamWarnings(
                                "lint",
                                "--provider",
                                "anthropic",
                                "--upstream",
                                GENAI,
                                "-f",
                                "json"))
                .contains(
                        "anthropic claude-haiku-4-5: cached_input: $0.025 per 1M here, $0.1 in genai-prices claude-haiku-4-5 (+300.0%)");
    }

    @Test
    void withoutUpstreamThereIsNoSuchWarningAndStrictFailsWithIt() throws IOException {
        assertThat(upstreamWarnings("lint", "-f", "json")).isEmpty();
        Cli strict =
                Cli.run(
                        "--sheets",
                        Cli.SEED_ERA.toString(),
                        "lint",
                        "--provider",
                        "groq",
                        "--upstream",
                        LITELLM,
                        "--strict");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("price_vs_upstream");
    }

    @Test
    void aMissingCatalogIsOneLine() {
        Cli result = Cli.run("lint", "--upstream", "no-such-catalog.json").assertError(1);
        assertThat(result.errorLine()).isEqualTo("error: no-such-catalog.json: file not found");
    }
}
