package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} decides on dollars at the token mix, not on rounded credits, and a family
 * argument prints only that family. The two-offer example is issue 16's: $0.10/$0.40 at alpha and
 * $0.05/$0.40 at beta both round to 16 credits, yet beta is 10% cheaper.
 */
class CompareInDollarsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Workspace twoOffers() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/alpha.yaml",
                """
                provider: alpha
                name: Alpha
                currency: USD
                updated: 2026-02-01
                models:
                  - id: m-small
                    input: 0.10
                    output: 0.40
                    family: m-small
                """);
        ws.write(
                "pricing/beta.yaml",
                """
                provider: beta
                name: Beta
                currency: USD
                updated: 2026-02-01
                models:
                  - id: m-small
                    input: 0.05
                    output: 0.40
                    family: m-small
                """);
        ws.write("scenarios/chat.yaml", java.util.Objects.requireNonNull(chatScenario()));
        return ws;
    }

    /** A scenario whose token split is 90% input: the split --scenario ranks at. */
    private static String chatScenario() {
        return """
                name: chat
                users: 10
                currency: USD
                price_per_user: 10
                fx_rate: 1
                cost_margin: 0.3
                tokens_per_request: 1000
                token_split:
                  input: 0.9
                  output: 0.1
                limits:
                  requests_per_month: 100
                  tokens_per_month: 100000
                mix:
                  - alias: small
                    provider: alpha
                    model: m-small
                    weight: 100
                """;
    }

    @Test
    void equalCreditsDoNotHideTheCheaperOffer() throws Exception {
        Workspace ws = twoOffers();
        // alpha (0.10 + 0.40) / 2 = $0.25 -> 0.83x -> 0.8x = 16 credits; beta (0.05 + 0.40) / 2 =
        // $0.225 -> 0.75x
        // -> 0.8x (HALF_EVEN) = 16 credits; beta is 0.025 / 0.25 = 10.0% cheaper
        String table = ws.run("compare", "m-small").assertOk().out();
        assertThat(table)
                .contains(
                        "Cheapest: beta at $0.225 per 1M tokens, $0.025 (10.0%) below alpha ($0.25); both charge "
                                + "16 credits: the rounding hides the difference.");
        assertThat(table).doesNotContain("Same");

        JsonNode family =
                JSON.readTree(ws.run("compare", "m-small", "-f", "json").assertOk().out())
                        .at("/families/0");
        assertThat(family.get("cheapest_provider").asText()).isEqualTo("beta");
        assertThat(family.get("runner_up").asText()).isEqualTo("alpha");
        assertThat(family.get("cheapest_usd_per_mtok").decimalValue())
                .isEqualByComparingTo("0.225");
        assertThat(family.get("cheaper_by_usd_per_mtok").decimalValue())
                .isEqualByComparingTo("0.025");
        assertThat(family.get("cheaper_by_pct").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(family.get("cheaper_by_credits").asInt()).isZero();
        assertThat(family.get("credits_hide_price").asBoolean()).isTrue();
        assertThat(family.at("/offers/0/provider").asText())
                .as("cheapest offer first")
                .isEqualTo("beta");
    }

    @Test
    void aScenarioRanksAtItsTokenSplit() throws Exception {
        Workspace ws = twoOffers();
        // at 90/10: alpha 0.9 x 0.10 + 0.1 x 0.40 = $0.13, beta 0.9 x 0.05 + 0.1 x 0.40 = $0.085;
        // beta is 0.045 / 0.13 = 34.6% cheaper
        JsonNode json =
                JSON.readTree(
                        ws.run("compare", "m-small", "--scenario", "chat", "-f", "json")
                                .assertOk()
                                .out());
        assertThat(json.at("/token_mix/input_share").decimalValue()).isEqualByComparingTo("0.9");
        assertThat(json.at("/token_mix/source").asText()).isEqualTo("scenario chat");
        assertThat(json.at("/families/0/cheapest_usd_per_mtok").decimalValue())
                .isEqualByComparingTo("0.085");
        assertThat(json.at("/families/0/runner_up_usd_per_mtok").decimalValue())
                .isEqualByComparingTo("0.13");
        assertThat(json.at("/families/0/cheaper_by_pct").decimalValue())
                .isEqualByComparingTo("34.6");
        assertThat(ws.run("compare", "m-small", "--scenario", "chat").assertOk().out())
                .contains("at the 90/10 (scenario chat) token mix");
    }

    @Test
    void anUnknownScenarioIsAUsageError() {
        Workspace ws = twoOffers();
        assertThat(ws.runFailing(2, "compare", "--scenario", "nope").errorLine())
                .isEqualTo("error: --scenario: unknown scenario 'nope' (known: chat)");
    }

    @Test
    void aFamilyArgumentPrintsOnlyThatFamily() {
        String one = Cli.run("compare", "llama-3.1-8b").assertOk().out();
        assertThat(one)
                .contains("Family llama-3.1-8b (2 providers)")
                .doesNotContain("Providers:")
                .doesNotContain("Provider notes")
                .doesNotContain("Recommended:")
                .doesNotContain("Cheapest 2 active models");
        assertThat(one.lines().count()).isLessThan(15);

        String more = Cli.run("compare", "llama-3.1-8b", "--notes", "--recommend").assertOk().out();
        assertThat(more)
                .contains("Provider notes")
                .contains("Recommended: Best value (performance / price)")
                .contains(
                        "cheaper offer of together meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo (tagged)");

        String full = Cli.run("compare").assertOk().out();
        assertThat(full).contains("Providers:").contains("Provider notes").contains("Recommended:");
    }
}
