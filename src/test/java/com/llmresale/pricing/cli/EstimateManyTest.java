package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pricing estimate} for many models and {@code --workloads FILE}: order, and errors naming
 * the line.
 */
class EstimateManyTest {
    private static final String SHEETS = "src/test/resources/sheets/tiers";

    @TempDir Path dir;

    @Test
    void severalModelsAreListedCheapestFirst() {
        // 2000 in / 500 out: haiku 0.0045, plain 0.008, sonnet 0.0135
        String json =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "estimate",
                                "anthropic:claude-sonnet-4-5",
                                "anthropic:plain",
                                "anthropic:claude-haiku-4-5",
                                "--input-tokens",
                                "2000",
                                "--output-tokens",
                                "500",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json.indexOf("\"total_usd\" : 0.0045,"))
                .isPositive()
                .isLessThan(json.indexOf("\"total_usd\" : 0.008,"));
        assertThat(json.indexOf("\"total_usd\" : 0.008,"))
                .isLessThan(json.indexOf("\"total_usd\" : 0.0135,"));
        assertThat(json).startsWith("{\n  \"estimates\" : [");
    }

    @Test
    void workloadsKeepTheFileOrder() {
        String csv =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "estimate",
                                "--workloads",
                                "src/test/resources/workloads/plan.jsonl",
                                "--format",
                                "csv")
                        .assertOk()
                        .out();
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[1] + "=" + l.split(",")[7]).toList())
                .containsExactly(
                        "claude-sonnet-4-5=1.125",
                        "claude-haiku-4-5=0.0045",
                        "claude-sonnet-4-5=0.00675");
    }

    @Test
    void anUnknownModelNamesTheLine() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "w.jsonl",
                """
                {"provider": "anthropic", "model": "plain", "input_tokens": 1, "output_tokens": 1}
                {"provider": "anthropic", "model": "plane", "input_tokens": 1, "output_tokens": 1}
                """);
        Cli cli =
                Cli.run(
                        dir,
                        "--sheets",
                        Cli.PROJECT.resolve(SHEETS).toString(),
                        "estimate",
                        "--workloads",
                        "w.jsonl");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.errorLine())
                .startsWith("error: w.jsonl:2: model: unknown model 'anthropic:plane'");
    }

    @Test
    void aBadLineIsOneErrorWithItsNumber() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "w.jsonl",
                """
                {"provider": "anthropic", "model": "plain", "input_tokens": 10, "output_tokens": 1, "cached_tokens": 3}
                """);
        Cli cli =
                Cli.run(
                        dir,
                        "--sheets",
                        Cli.PROJECT.resolve(SHEETS).toString(),
                        "estimate",
                        "--workloads",
                        "w.jsonl");
        assertThat(cli.errorLine())
                .startsWith(
                        "error: w.jsonl:1: cached_tokens: unknown key (expected one of: batch, "
                                + "cache_write_tokens, cached_input_tokens, input_tokens, model, output_tokens, provider, requests)");
        ws.write(
                "w.jsonl",
                """
                {"provider": "anthropic", "model": "plain", "input_tokens": 10, "output_tokens": 1, "cached_input_tokens": 30}
                """);
        cli =
                Cli.run(
                        dir,
                        "--sheets",
                        Cli.PROJECT.resolve(SHEETS).toString(),
                        "estimate",
                        "--workloads",
                        "w.jsonl");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.errorLine())
                .isEqualTo(
                        "error: w.jsonl:1: cached_input_tokens: 30 is more than the input tokens (10); "
                                + "cached tokens are part of the input");
    }

    @Test
    void workloadsAndModelsOnTheCommandLineDoNotMix() {
        Cli cli =
                Cli.run(
                        "--sheets",
                        SHEETS,
                        "estimate",
                        "anthropic:plain",
                        "--workloads",
                        "src/test/resources/workloads/plan.jsonl");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errorLine()).contains("--workloads: give the models and tokens in the file");
    }

    @Test
    void aModelWithoutTokenOptionsIsAUsageError() {
        Cli cli =
                Cli.run("--sheets", SHEETS, "estimate", "anthropic:plain", "--output-tokens", "1");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errorLine()).contains("Missing required option: '--input-tokens=N'");
    }
}
