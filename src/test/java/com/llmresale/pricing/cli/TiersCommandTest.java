package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code pricing tiers} reproduces seed 000's price categories from the Together sheet. */
class TiersCommandTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            FREE        | 0
            ULTRA_CHEAP | 2 8
            CHEAP       | 10 12
            AFFORDABLE  | 20 20 24 26 30
            STANDARD    | 38
            PREMIUM     | 54 58 64
            FLAGSHIP    | 76 80 122 122 134 134 234 334
            """)
    void seed000TogetherTiers(String tier, String credits) throws Exception {
        JsonNode json =
                new ObjectMapper()
                        .readTree(
                                Cli.run("tiers", "--provider", "together", "-f", "json")
                                        .assertOk()
                                        .out());
        List<String> found = new ArrayList<>();
        for (JsonNode t : json.get("tiers")) {
            if (t.get("tier").asText().equals(tier)) {
                t.get("models").forEach(m -> found.add(m.get("credits").asText()));
            }
        }

        assertThat(String.join(" ", found)).isEqualTo(credits);
    }

    @Test
    void allSevenTiersInOrderEmptyOnesIncluded() throws Exception {
        JsonNode json =
                new ObjectMapper()
                        .readTree(
                                Cli.run("tiers", "--provider", "groq", "-f", "json")
                                        .assertOk()
                                        .out());
        List<String> tiers = new ArrayList<>();
        json.get("tiers")
                .forEach(t -> tiers.add(t.get("tier").asText() + "=" + t.get("models").size()));

        assertThat(tiers)
                .containsExactly(
                        "FREE=0",
                        "ULTRA_CHEAP=2",
                        "CHEAP=0",
                        "AFFORDABLE=1",
                        "STANDARD=1",
                        "PREMIUM=0",
                        "FLAGSHIP=0");
        assertThat(json.get("tiers").get(6).get("max_multiplier").isNull()).isTrue();
    }

    @Test
    void theTableDrawsBarsScaledToTheMostCredits() {
        String out = Cli.run("tiers", "--provider", "groq").assertOk().out();

        // 46 credits is the most: a full 30-block bar. The scale is log2(1 + credits): 4 credits is
        // log2(5) / log2(47) of it, 2.32 / 5.55 = 0.42 of 30 blocks, here 12 blocks and 3 eighths
        // (TiersViewTest pins the arithmetic); on a linear scale it would be 2.6 blocks.
        assertThat(out).contains("46  " + "█".repeat(30) + "\n");
        assertThat(out).contains("4  " + "█".repeat(12) + "▍\n");
        assertThat(out).contains("Bars are logarithmic");
        assertThat(out).contains("STANDARD: 1.6x-2.5x, 32-50 credits (1 model, 46 here)");
        assertThat(out).contains("FREE: 0.0x, 0 credits (no models)");
    }
}
