package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sheet fields of the second round at work in {@code estimate}, {@code models} and {@code
 * recompute}: cache writes, long-context tiers (cliff rule) and price history with {@code --at}.
 * Expected values are worked out by hand from the test sheet's prices.
 */
class TiersHistoryCacheWriteTest {
    private static final String SHEETS = "src/test/resources/sheets/tiers";

    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            # name,                 in,     cached, write, out,  input_usd, output_usd, total_usd
            # base: 3 in, 0.30 cached, 3.75 write, 15 out
            # 4000 plain x 3 + 4000 cached x 0.30 + 2000 written x 3.75; 1000 x 15
            small with cache,       10000,  4000,   2000,  1000, 0.0207,    0.015,      0.0357
            # exactly 200000 is not above the threshold: base prices
            at the threshold,       200000, 0,      0,     1000, 0.6,       0.015,      0.615
            # 200001 is: every token at 6 / 22.5
            one above,              200001, 0,      0,     1000, 1.200006,  0.0225,     1.222506
            # 100000 plain x 6 + 100000 cached x 0.60 + 50000 written x 7.50; 4000 x 22.5
            long with cache,        250000, 100000, 50000, 4000, 1.035,     0.09,       1.125
            """)
    void cliffRuleAndCacheWrites(
            String name,
            long in,
            long cached,
            long write,
            long out,
            String inputUsd,
            String outputUsd,
            String totalUsd) {
        String json =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "estimate",
                                "anthropic:claude-sonnet-4-5",
                                "--input-tokens",
                                "" + in,
                                "--cached-input-tokens",
                                "" + cached,
                                "--cache-write-tokens",
                                "" + write,
                                "--output-tokens",
                                "" + out,
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"input_usd\" : " + inputUsd + ",")
                .contains("\"output_usd\" : " + outputUsd + ",")
                .contains("\"total_usd\" : " + totalUsd + ",");
    }

    @Test
    void theTierIsChosenPerRequestNotOnTheSumOfRequests() {
        // 1000 requests of 1000 tokens: 1,000,000 tokens in all, each request far below 200k
        String json =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "estimate",
                                "anthropic:claude-sonnet-4-5",
                                "--input-tokens",
                                "1000",
                                "--output-tokens",
                                "0",
                                "--requests",
                                "1000",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json).contains("\"total_usd\" : 3,").contains("\"above_input_tokens\" : null");
    }

    @Test
    void theTableShowsTheCacheWriteRowAndSaysWhichTierApplied() {
        String table =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "estimate",
                                "anthropic:claude-sonnet-4-5",
                                "--input-tokens",
                                "250000",
                                "--cached-input-tokens",
                                "100000",
                                "--cache-write-tokens",
                                "50000",
                                "--output-tokens",
                                "4000")
                        .assertOk()
                        .out();
        assertThat(table)
                .contains("cache write")
                .contains("7.50")
                .contains(
                        "Note: long context: 250,000 input tokens is above 200,000, so every token of the request is "
                                + "priced at that tier.");
    }

    @Test
    void cacheWritesWithoutACacheWritePriceAreBilledAtInput() {
        String json =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "estimate",
                                "anthropic:plain",
                                "--input-tokens",
                                "1000000",
                                "--cache-write-tokens",
                                "500000",
                                "--output-tokens",
                                "0",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"input_usd\" : 2,")
                .contains("no cache_write price in the sheet");
    }

    @Test
    void cacheWritesAndCachedReadsCannotExceedTheInput() {
        Cli cli =
                Cli.run(
                        "--sheets",
                        SHEETS,
                        "estimate",
                        "anthropic:plain",
                        "--input-tokens",
                        "1000",
                        "--cached-input-tokens",
                        "600",
                        "--cache-write-tokens",
                        "500",
                        "--output-tokens",
                        "0");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errorLine())
                .contains("--cache-write-tokens")
                .contains("500 is more than the input tokens (1000)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            # date,     input, output (haiku: 0.25/1.25 before 2025-10-01, 0.80/4 until 2026-02-01, then 1/5)
            2025-09-30, 0.25,  1.25
            2025-10-01, 0.80,  4
            2026-01-31, 0.80,  4
            2026-02-01, 1,     5
            2030-01-01, 1,     5
            """)
    void atPricesWithTheHistoryEntryInForce(String date, String input, String output) {
        String json =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "estimate",
                                "anthropic:claude-haiku-4-5",
                                "--at",
                                date,
                                "--input-tokens",
                                "1000000",
                                "--output-tokens",
                                "0",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"input_usd_per_mtok\" : " + input + ",")
                .contains("\"output_usd_per_mtok\" : " + output + ",");
    }

    @Test
    void withoutAtTheCommandsClockDecides() {
        // the test clock is 2026-03-01: the top-level prices are in force
        String csv = Cli.run("--sheets", SHEETS, "models", "--format", "csv").assertOk().out();
        assertThat(csv).contains("anthropic,claude-haiku-4-5,1,5,3,");
        // on 2025-06-01 the old 0.25/1.25 price: average 0.75 = 2.5x = 50 credits
        String old =
                Cli.run("--sheets", SHEETS, "models", "--at", "2025-06-01", "--format", "csv")
                        .assertOk()
                        .out();
        assertThat(old).contains("anthropic,claude-haiku-4-5,0.25,1.25,0.75,2.5,50,");
        String recompute =
                Cli.run("--sheets", SHEETS, "recompute", "--at", "2025-06-01", "--format", "csv")
                        .assertOk()
                        .out();
        assertThat(recompute).contains("anthropic,claude-haiku-4-5,0.25,1.25,0.75,2.5,50,");
    }

    @Test
    void aBadDateIsAUsageError() {
        Cli cli = Cli.run("--sheets", SHEETS, "models", "--at", "2025-13-01");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errorLine()).contains("--at").contains("not a date");
    }

    @Test
    void tiersMustAscend() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/x.yaml",
                """
                provider: x
                currency: USD
                models:
                  - id: m
                    input: 1
                    output: 2
                    tiers:
                      - above_input_tokens: 200000
                        input: 2
                      - above_input_tokens: 128000
                        input: 3
                """);
        assertThat(ws.runFailing(1, "models").errorLine())
                .isEqualTo(
                        "error: pricing/x.yaml:10: models[m].tiers[128000].above_input_tokens: 128000 must be above the "
                                + "previous tier's 200000 (tiers ascend)");
    }

    @Test
    void historyMustBeOldestFirst() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/x.yaml",
                """
                provider: x
                currency: USD
                models:
                  - id: m
                    input: 1
                    output: 2
                    history:
                      - {until: 2025-06-01, input: 2, output: 3}
                      - {until: 2025-01-01, input: 3, output: 4}
                """);
        assertThat(ws.runFailing(1, "models").errorLine())
                .isEqualTo(
                        "error: pricing/x.yaml:9: models[m].history[2025-01-01].until: 2025-01-01 must be after the previous "
                                + "period's until 2025-06-01 (history is oldest first)");
    }

    @Test
    void aHistoryPeriodNeedsBothPricesAndItsLine() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/x.yaml",
                """
                provider: x
                currency: USD
                models:
                  - id: m
                    input: 1
                    output: 2
                    history:
                      - until: 2025-06-01
                        input: 2
                """);
        assertThat(ws.runFailing(1, "models").errorLine())
                .isEqualTo(
                        "error: pricing/x.yaml:8: models[m].history[2025-06-01].output: missing (a past period gives both prices)");
    }

    @Test
    void upstreamIdsAreCheckedFieldByField() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/x.yaml",
                """
                provider: x
                currency: USD
                models:
                  - id: m
                    input: 1
                    output: 2
                    upstream: {litellm: x/m, openroute: x/m}
                """);
        assertThat(ws.runFailing(1, "models").errorLine())
                .startsWith(
                        "error: pricing/x.yaml:7: models[m].upstream.openroute: unknown field (expected one of: "
                                + "genai_prices, litellm, openrouter)");
    }
}
