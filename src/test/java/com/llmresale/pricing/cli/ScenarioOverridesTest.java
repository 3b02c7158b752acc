package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overrides are part of the scenario report (header, JSON, CSV), the file's capacity claim is
 * judged at the file's figures, the LiteLLM export never silently writes a budget the run flags,
 * and the break-even labels say what they computed. Expected figures worked by hand from
 * scenarios/balanced.yaml (800 TRY, fx 34.5, margin 0.30) and the worst case of $285.00 for 50
 * users that the scenario golden file shows.
 */
class ScenarioOverridesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCENARIOS = Cli.PROJECT.resolve("scenarios").toString();

    /**
     * The sheets as the seeds priced them (seed 004's figures rest on them), named so no
     * bundled-folder note is printed.
     */
    private static final String SHEETS = Cli.SEED_ERA.toString();

    @TempDir Path dir;

    @Test
    void theHeaderNamesEveryOverrideWithTheFilesValue() {
        String out =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "scenario",
                                "balanced",
                                "--users",
                                "120",
                                "--price",
                                "650")
                        .assertOk()
                        .out();
        assertThat(out)
                .contains(
                        "Overrides: users 50 -> 120, price_per_user 800 -> 650. Every figure and check below "
                                + "uses them (the description above is the file's).");
        assertThat(out).containsPattern("\nusers +120\n");
        assertThat(out).contains("78,000 TL"); // 120 x 650
    }

    @Test
    void jsonAndCsvCarryTheOverrides() throws IOException {
        JsonNode json =
                JSON.readTree(
                        Cli.run(
                                        "--sheets",
                                        SHEETS,
                                        "scenario",
                                        "balanced",
                                        "--users",
                                        "120",
                                        "--margin",
                                        "0.25",
                                        "--prompt-cache-hit-rate",
                                        "0.5",
                                        "-f",
                                        "json")
                                .assertOk()
                                .out());
        assertThat(json.at("/overrides/users/file").asInt()).isEqualTo(50);
        assertThat(json.at("/overrides/users/used").asInt()).isEqualTo(120);
        assertThat(json.at("/overrides/cost_margin/file").decimalValue())
                .isEqualByComparingTo("0.3");
        assertThat(json.at("/overrides/cost_margin/used").decimalValue())
                .isEqualByComparingTo("0.25");
        assertThat(json.at("/overrides/prompt_cache_hit_rate/file").isNull())
                .as("balanced uses no levers")
                .isTrue();
        assertThat(json.at("/overrides/prompt_cache_hit_rate/used").decimalValue())
                .isEqualByComparingTo("0.5");
        assertThat(json.get("overrides").size()).isEqualTo(3);
        // 120 x 800 x 0.25 / 34.5 = 695.652... -> 695.65
        assertThat(json.get("cost_budget_usd").decimalValue()).isEqualByComparingTo("695.65");

        String csv =
                Cli.run("--sheets", SHEETS, "scenario", "balanced", "--price", "650", "-f", "csv")
                        .assertOk()
                        .out();
        assertThat(csv)
                .contains(
                        "\noverrides.price_per_user.file,800\noverrides.price_per_user.used,650\n");
    }

    @Test
    void withoutOverridesTheObjectIsEmpty() throws IOException {
        JsonNode json =
                JSON.readTree(
                        Cli.run("--sheets", SHEETS, "scenario", "balanced", "-f", "json")
                                .assertOk()
                                .out());
        assertThat(json.get("overrides").isEmpty()).isTrue();
    }

    @Test
    void theCapacityClaimIsTheFilesAndJudgedAtTheFilesFigures() throws IOException {
        // balanced claims 115,000,000 tokens/month; at the file's figures the $347.83 budget buys
        // 91,533,180 tokens and the limits allow 75,000,000: more than 5% off either, so it does
        // not follow.
        // At --users 80 --price 900 the budget would buy 184,210,526 and the claim would "agree"
        // with
        // figures it was never made for.
        JsonNode json =
                JSON.readTree(
                        Cli.run(
                                        "--sheets",
                                        SHEETS,
                                        "scenario",
                                        "balanced",
                                        "--users",
                                        "80",
                                        "--price",
                                        "900",
                                        "-f",
                                        "json")
                                .assertOk()
                                .out());
        JsonNode claim = null;
        for (JsonNode c : json.get("checks")) {
            if (c.get("code").asText().equals("CAPACITY_CLAIM")) {
                claim = c;
            }
        }
        assertThat(claim).isNotNull();
        assertThat(claim.get("severity").asText()).isEqualTo("WARNING");
        assertThat(claim.get("message").asText())
                .startsWith("the file's capacity claim of 115,000,000 tokens/month")
                .contains("does not follow: the $347.83 budget buys 91,533,180 tokens")
                .endsWith(
                        "(judged at the file's figures, 50 users at 800 TRY; the claim was not made for the overrides)");
    }

    @Test
    void breakEvenIsZeroMarginAndTheTargetMarginPriceIsLabelledAsSuch() throws IOException {
        // worst case $285.00 for 50 users = $5.70 per user = 196.65 TRY at 34.5;
        // at a 30% cost margin the worst case fits the target at 196.65 / 0.30 = 655.50 TRY
        String table = Cli.run("--sheets", SHEETS, "scenario", "balanced").assertOk().out();
        assertThat(table)
                .containsPattern(
                        "\nprice for the target margin +655\\.50 TL  per user: the worst case costs "
                                + "30\\.0% of revenue\n");
        assertThat(table)
                .containsPattern(
                        "\nbreak-even price +196\\.65 TL  per user: the worst case costs all of "
                                + "revenue \\(zero gross margin\\)\n");
        JsonNode json =
                JSON.readTree(
                        Cli.run("--sheets", SHEETS, "scenario", "balanced", "-f", "json")
                                .assertOk()
                                .out());
        assertThat(json.at("/break_even/target_margin_price_per_user_local").decimalValue())
                .isEqualByComparingTo("655.50");
        assertThat(json.at("/break_even/zero_margin_price_per_user_local").decimalValue())
                .isEqualByComparingTo("196.65");
    }

    @Test
    void theExportWritesTheFilesBudgetAndRepeatsTheWarningWhenTheRunFlagsIt() throws IOException {
        // 135 TRY x 0.30 / 34.5 = 1.1739... per user: the file's 23.19 is far above it
        Cli result =
                new Workspace(dir)
                        .run(
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "scenario",
                                "balanced",
                                "--users",
                                "120",
                                "--price",
                                "135",
                                "--export",
                                "litellm",
                                "proxy");
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(
                        JSON.readTree(dir.resolve("proxy/user-new-standard.json").toFile())
                                .get("max_budget")
                                .decimalValue())
                .isEqualByComparingTo("23.19");
        assertThat(result.err().lines())
                .containsExactly(
                        "Wrote config.yaml, user-new-standard.json, user-update-standard.json, user-new-premium.json, "
                                + "user-update-premium.json to proxy (max_budget $23.19 per user, the scenario file's).",
                        "warning: max_budget $23.19 per user is above this run's cost allowance of $1.17 "
                                + "(MAX_BUDGET_ABOVE_ALLOWANCE): a user who spends it costs more than the margin allows; "
                                + "`--export-budget allowance` writes $1.17 instead");
    }

    @Test
    void exportBudgetAllowanceWritesTheAllowanceRoundedDownToTheCent() throws IOException {
        Cli result =
                new Workspace(dir)
                        .run(
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "scenario",
                                "balanced",
                                "--users",
                                "120",
                                "--price",
                                "135",
                                "--export",
                                "litellm",
                                "proxy",
                                "--export-budget",
                                "allowance");
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.err()).doesNotContain("warning");
        assertThat(
                        JSON.readTree(dir.resolve("proxy/user-new-standard.json").toFile())
                                .get("max_budget")
                                .decimalValue())
                .isEqualByComparingTo("1.17");
        // premium: twice the standard budget, 2.34
        assertThat(
                        JSON.readTree(dir.resolve("proxy/user-new-premium.json").toFile())
                                .get("max_budget")
                                .decimalValue())
                .isEqualByComparingTo("2.34");
    }

    @Test
    void exportBudgetWithoutExportIsAUsageError() {
        assertThat(
                        Cli.run(
                                        "--sheets",
                                        SHEETS,
                                        "scenario",
                                        "balanced",
                                        "--export-budget",
                                        "allowance")
                                .assertError(2)
                                .errorLine())
                .isEqualTo("error: --export-budget: only with --export litellm DIR");
    }
}
