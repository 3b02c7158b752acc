package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code pricing estimate}: the acceptance figure, cached and batch pricing, and every error. */
class EstimateCommandTest {
    private static final String GENAI = "src/test/resources/genai-prices";

    @TempDir Path dir;

    @Test
    void claude35HaikuAMillionInAndOutIs4point8OnTheRealCatalog() {
        String json =
                Cli.run(
                                "--sheets",
                                GENAI,
                                "estimate",
                                "anthropic:claude-3-5-haiku-latest",
                                "--input-tokens",
                                "1000000",
                                "--output-tokens",
                                "1000000",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"total_usd\" : 4.8,")
                .contains("\"input_usd\" : 0.8,")
                .contains("\"output_usd\" : 4,");
    }

    @Test
    void costsAreExactNotRoundedToCents() {
        // The contract's example: 123,457 tokens at $0.80 per 1M is 0.0987656.
        String json =
                Cli.run(
                                "--sheets",
                                GENAI,
                                "estimate",
                                "anthropic:claude-3-5-haiku-latest",
                                "--input-tokens",
                                "123457",
                                "--output-tokens",
                                "0",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"input_usd\" : 0.0987656,")
                .contains("\"total_usd\" : 0.0987656,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            # name,                        in,     out,    cached, batch, requests, input_usd, output_usd, total_usd, all_total
            # claude-sonnet-4-6: $3 in, $15 out, $0.30 cached; Anthropic batch 50%
            plain,                         1000000, 1000000, 0,     false, 1,   3,        15,       18,       18
            all cached,                    1000000, 0,       1000000, false, 1, 0.3,      0,        0.3,      0.3
            part cached,                   2000,   500,     1500,   false, 1,   0.00195,  0.0075,   0.00945,  0.00945
            batch,                         1000000, 1000000, 0,     true,  1,   1.5,      7.5,      9,        9
            cached and batch,              2000,   500,     1500,   true,  100000, 0.000975, 0.00375, 0.004725, 472.5
            requests,                      123457, 1,       0,      false, 3,   0.370371, 0.000015, 0.370386, 1.111158
            """)
    void cachedAndBatchPricing(
            String name,
            long in,
            long out,
            long cached,
            boolean batch,
            long requests,
            String inputUsd,
            String outputUsd,
            String totalUsd,
            String allTotal) {
        var args =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "estimate",
                                "anthropic:claude-sonnet-4-6",
                                "--input-tokens",
                                "" + in,
                                "--output-tokens",
                                "" + out,
                                "--cached-input-tokens",
                                "" + cached,
                                "--requests",
                                "" + requests,
                                "--format",
                                "csv"));
        if (batch) {
            args.add("--batch");
        }
        String csv = Cli.run(args.toArray(String[]::new)).assertOk().out();
        var header = java.util.List.of(csv.lines().findFirst().orElseThrow().split(","));
        var row = csv.lines().skip(1).findFirst().orElseThrow().split(",", -1);
        assertThat(new java.math.BigDecimal(row[header.indexOf("input_usd")]))
                .isEqualByComparingTo(inputUsd);
        assertThat(new java.math.BigDecimal(row[header.indexOf("output_usd")]))
                .isEqualByComparingTo(outputUsd);
        assertThat(new java.math.BigDecimal(row[header.indexOf("total_usd")]))
                .isEqualByComparingTo(totalUsd);
        assertThat(new java.math.BigDecimal(row[header.indexOf("all_requests_total_usd")]))
                .isEqualByComparingTo(allTotal);
    }

    @Test
    void anUnknownModelSuggestsTheClosestIdsAndIsNeverZeroDollars() {
        Cli result =
                Cli.run(
                                "--sheets",
                                GENAI,
                                "estimate",
                                "anthropic:claude-3.5-haiku",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1")
                        .assertError(2);
        assertThat(result.errorLine())
                .startsWith(
                        "error: PROVIDER:MODEL: unknown model 'anthropic:claude-3.5-haiku' "
                                + "(did you mean anthropic:claude-3-5-haiku-latest, ");
    }

    @Test
    void aTypoInTheProviderSuggestsIdsOfTheRightOne() {
        Cli result =
                Cli.run(
                                "--sheets",
                                GENAI,
                                "estimate",
                                "opnai:gpt-4o",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1")
                        .assertError(2);
        assertThat(result.errorLine())
                .contains("no sheet for provider 'opnai'")
                .contains("did you mean openai:gpt-4o");
    }

    @Test
    void aBareModelIdSuggestsProviderQualifiedIds() {
        Cli result =
                Cli.run(
                                "estimate",
                                "claude-sonnet-4-6",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1")
                        .assertError(2);
        assertThat(result.errorLine())
                .contains("expected a provider id and a model id separated by ':'")
                .contains("did you mean anthropic:claude-sonnet-4-6");
    }

    @Test
    void nothingCloseSaysSo() {
        Cli result =
                Cli.run(
                                "estimate",
                                "groq:zzzzzzzzzzzzzzzz",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1")
                        .assertError(2);
        assertThat(result.errorLine())
                .endsWith("(no close match; `pricing models` lists every id)");
    }

    @Test
    void batchOnAProviderWithoutADeclaredDiscountIsADataError() {
        // Groq's sheet declares no batch_discount: --batch is a valid option the data cannot honour
        // (exit 1).
        Cli result =
                Workspace.withGroq(dir)
                        .runFailing(
                                1,
                                "estimate",
                                "groq:llama-3.1-8b-instant",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1",
                                "--batch",
                                "--output",
                                "out.json");
        assertThat(result.errorLine())
                .isEqualTo(
                        "error: --batch: provider groq declares no batch discount (`batch_discount` in its sheet)");
    }

    @Test
    void theProviderIdIsCaseInsensitiveLikeEverywhereElse() {
        assertThat(
                        Cli.run(
                                        "estimate",
                                        "GROQ:llama-3.1-8b-instant",
                                        "--input-tokens",
                                        "1000",
                                        "--output-tokens",
                                        "10",
                                        "-f",
                                        "json")
                                .assertOk()
                                .out())
                .isEqualTo(
                        Cli.run(
                                        "estimate",
                                        "groq:llama-3.1-8b-instant",
                                        "--input-tokens",
                                        "1000",
                                        "--output-tokens",
                                        "10",
                                        "-f",
                                        "json")
                                .assertOk()
                                .out());
    }

    @Test
    void anInactiveModelWithoutAPriceIsNotSoldRatherThanPinned() {
        Cli result =
                Cli.run(
                                "estimate",
                                "groq:whisper-large-v3-turbo",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1")
                        .assertError(1);
        assertThat(result.errorLine())
                .contains(
                        "groq:whisper-large-v3-turbo has no $ price in its sheet (it is not sold)");
    }

    @Test
    void aPinnedModelWithoutADollarPriceHasNoCost() {
        Cli result =
                Cli.run(
                                "estimate",
                                "together:llama-3.3-70b-together",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1")
                        .assertError(1);
        assertThat(result.errorLine()).contains("has no $ price in its sheet (credits are pinned)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            negative input      | --input-tokens=-1       | --output-tokens=1  | --cached-input-tokens=0 | --requests=1 | error: --input-tokens: must not be negative, got -1
            negative output     | --input-tokens=1        | --output-tokens=-5 | --cached-input-tokens=0 | --requests=1 | error: --output-tokens: must not be negative, got -5
            negative cached     | --input-tokens=1        | --output-tokens=1  | --cached-input-tokens=-1 | --requests=1 | error: --cached-input-tokens: must not be negative, got -1
            cached above input  | --input-tokens=10       | --output-tokens=1  | --cached-input-tokens=11 | --requests=1 | error: --cached-input-tokens: 11 is more than the input tokens (10); cached tokens are part of the input
            zero requests       | --input-tokens=10       | --output-tokens=1  | --cached-input-tokens=0 | --requests=0 | error: --requests: must be at least 1, got 0
            not a number        | --input-tokens=ten      | --output-tokens=1  | --cached-input-tokens=0 | --requests=1 | error: Invalid value for option '--input-tokens': 'ten' is not a whole number
            too many tokens     | --input-tokens=9000000000000000000 | --output-tokens=1 | --cached-input-tokens=0 | --requests=2 | error: --input-tokens/--output-tokens/--requests: (9000000000000000000 + 1) x 2 tokens is more than this tool counts (9223372036854775807)
            overflowing request | --input-tokens=9223372036854775807 | --output-tokens=1 | --cached-input-tokens=0 | --requests=1 | error: --input-tokens/--output-tokens/--requests: (9223372036854775807 + 1) x 1 tokens is more than this tool counts (9223372036854775807)
            """)
    void badCountsAreUsageErrors(
            String name, String in, String out, String cached, String requests, String expected) {
        Cli result =
                Workspace.withGroq(dir)
                        .runFailing(
                                2,
                                "estimate",
                                "groq:llama-3.1-8b-instant",
                                in,
                                out,
                                cached,
                                requests,
                                "--output",
                                "out.json");
        assertThat(result.errorLine()).as(name).isEqualTo(expected.strip());
    }

    @Test
    void cachedTokensWithoutACachedPriceAreBilledAtTheInputPriceAndTheReportSaysSo() {
        String table =
                Workspace.withGroq(dir)
                        .run(
                                "estimate",
                                "groq:llama-3.1-8b-instant",
                                "--input-tokens",
                                "1000000",
                                "--cached-input-tokens",
                                "400000",
                                "--output-tokens",
                                "0")
                        .assertOk()
                        .out();
        assertThat(table)
                .containsPattern("total +1,000,000 +\\$0.05 +\\$0.05")
                .contains(
                        "Note: no cached_input price in the sheet: cached tokens are billed at the full input price.");
    }

    @Test
    void theReportCanBeWrittenToAFile() {
        Workspace ws = Workspace.withGroq(dir);
        ws.run(
                        "estimate",
                        "groq:llama-3.1-8b-instant",
                        "--input-tokens",
                        "1000",
                        "--output-tokens",
                        "1000",
                        "--format",
                        "json",
                        "--output",
                        "estimate.json")
                .assertOk();
        assertThat(ws.read("estimate.json")).contains("\"total_usd\" : 0.00013,");
    }
}
