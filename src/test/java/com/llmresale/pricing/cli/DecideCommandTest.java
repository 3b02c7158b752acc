package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecideCommandTest {
    @TempDir Path dir;

    @Test
    void theSeedExampleReproducesFiftyCentsAndStatesTheCrossover() {
        String out = Cli.run("decide", "--example", "seed-003").assertOk().out();
        // 720 h x $1.80 x 1.25 = $1,620 a month for 1,250 x 86,400 = 108,000,000 tokens/day: $0.50
        // per 1M
        assertThat(out)
                .contains(
                        "= $1,620.00 a month, serving 1,250 tokens/s = 108,000,000 tokens/day: "
                                + "$0.50 per 1M tokens at full use.")
                // 1M tokens/day x 30 = 30M tokens: $1,620 / 30 = $54.00 per 1M; API 30 x 0.88 =
                // $26.40
                .containsPattern("self-hosting +\\$54\\.00 +\\$1,620\\.00")
                .contains(
                        "At 1,000,000 tokens/day the batch API wins: $13.20 a month, $13.20 (50.0%) less than the cloud API ($26.40).")
                // 1620 / (30 x 0.88 / 1M) = 61,363,636.36; 3240 / 0.0000264 = 122,727,272.73
                .contains(
                        "Self-hosting first beats the cloud API at 61,363,637 tokens/day, and at every volume from 122,727,273 tokens/day.")
                .contains(
                        "Self-hosting never beats the batch API: a fully used GPU costs $0.50 per 1M tokens, the batch API $0.44.")
                .contains("\"under 1M tokens/day: cloud API\": holds.");
    }

    @Test
    void optionsOverrideTheExample() {
        // 150M tokens/day x 30 = 4.5G tokens: 2 GPUs ($3,240) against the API at $3,960 and batch
        // at $1,980
        String json =
                Cli.run(
                                "decide",
                                "--example",
                                "seed-003",
                                "--tokens-per-day",
                                "150000000",
                                "-f",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"gpus\" : 2,")
                .contains("\"monthly_usd\" : 3960")
                .contains("\"monthly_usd\" : 3240")
                .contains("\"saving_usd\" : 1260");
    }

    @Test
    void aModelArgumentReplacesTheExamplesModel() {
        // groq has no batch discount; llama-3.3-70b-versatile no cached-input price: only API and
        // self-hosting
        String csv =
                Cli.run(
                                "decide",
                                "groq:llama-3.3-70b-versatile",
                                "--example",
                                "seed-003",
                                "-f",
                                "csv")
                        .assertOk()
                        .out();
        assertThat(csv)
                .contains(
                        "groq:llama-3.3-70b-versatile,1000000,0.5,30,30000000,api,true,0.69,20.7,0,0.0,true,")
                .contains(",batch,false,")
                .contains("provider groq declares no batch discount");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            zero volume       | --tokens-per-day=0      | error: --tokens-per-day: must be at least 1, got 0
            input share       | --input-share=1.5       | error: --input-share: must be a share from 0 to 1 (0.3 = 30%), got 1.5
            hit rate          | --cache-hit-rate=-0.1   | error: --cache-hit-rate: must be a share from 0 to 1 (0.3 = 30%), got -0.1
            days              | --days-per-month=0      | error: --days-per-month: must be from 1 to 31, got 0
            gpu price         | --gpu-usd-per-hour=0    | error: --gpu-usd-per-hour: must be greater than 0, got 0
            hours             | --gpu-hours-per-month=800 | error: --gpu-hours-per-month: must be at most 720 (24 x 30 days), got 800
            throughput        | --gpu-tokens-per-second=-5 | error: --gpu-tokens-per-second: must be greater than 0, got -5
            overhead typo     | --overhead=25           | error: --overhead: must be a share from 0 to 10 (0.25 = 25%), got 25
            fixed overhead    | --overhead-usd-per-month=-1 | error: --overhead-usd-per-month: must not be negative, got -1
            not a number      | --tokens-per-day=1e6x   | error: Invalid value for option '--tokens-per-day': '1e6x' is not a whole number
            unknown example   | --example=seed-999      | error: --example: no decision example 'seed-999' in (bundled) scenarios/decide (known: seed-003)
            """)
    void badValuesAreOneLineUsageErrorsAndWriteNothing(
            String name, String option, String expected) {
        Workspace ws = new Workspace(dir);
        java.util.List<String> args =
                new java.util.ArrayList<>(java.util.List.of("decide", "--output", "out.txt"));
        if (!option.startsWith("--example")) {
            args.addAll(java.util.List.of("--example", "seed-003"));
        }
        args.add(option);
        Cli result = ws.runFailing(2, args.toArray(String[]::new));
        assertThat(result.errorLine()).as(name).isEqualTo(expected.strip());
        assertThat(Files.exists(dir.resolve("out.txt"))).isFalse();
    }

    @Test
    void withoutAnExampleTheFiguresAndTheModelAreRequired() {
        assertThat(
                        Cli.run(
                                        "decide",
                                        "together:meta-llama/Llama-3.3-70B-Instruct-Turbo",
                                        "--gpu-usd-per-hour",
                                        "2")
                                .assertError(2)
                                .errorLine())
                .isEqualTo("error: missing --tokens-per-day (or --example NAME)");
        assertThat(
                        Cli.run(
                                        "decide",
                                        "--tokens-per-day",
                                        "1000",
                                        "--gpu-usd-per-hour",
                                        "2",
                                        "--gpu-tokens-per-second",
                                        "1000")
                                .assertError(2)
                                .errorLine())
                .isEqualTo("error: missing PROVIDER:MODEL (or --example NAME)");
    }

    @Test
    void anUnknownModelGetsSuggestions() {
        assertThat(
                        Cli.run("decide", "groq:llama-3.3-70b-versatil", "--example", "seed-003")
                                .assertError(2)
                                .errorLine())
                .startsWith(
                        "error: PROVIDER:MODEL: unknown model 'groq:llama-3.3-70b-versatil' (did you mean groq:llama-3.3-70b-versatile");
    }

    @Test
    void aModelWithoutAPriceIsADataError() {
        assertThat(
                        Cli.run(
                                        "decide",
                                        "together:llama-3.3-70b-together",
                                        "--example",
                                        "seed-003")
                                .assertError(1)
                                .errorLine())
                .isEqualTo(
                        "error: model: together:llama-3.3-70b-together has no $ price in its sheet (credits are pinned), "
                                + "so its API cost is unknown");
    }

    @Test
    void aBadExampleFileIsAOneLineDataErrorWithItsLine() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "scenarios/decide/bad.yaml",
                "model: \"groq:llama-3.3-70b-versatile\"\ntokens_per_day: 1000000\n"
                        + "gpu_usd_per_hour: 2\ngpu_tokens_per_second: 1000\noverhead: 1.5e1\noverhead_usd_per_month: 0\n");
        assertThat(ws.runFailing(1, "decide", "--example", "bad").errorLine())
                .isEqualTo(
                        "error: scenarios/decide/bad.yaml:5: overhead: must be a share from 0 to 10 (0.25 = 25%), got 15");
    }

    @Test
    void helpHasExamples() {
        assertThat(Cli.run("decide", "--help").assertOk().out())
                .contains("Examples:")
                .contains("pricing decide --example seed-003")
                .contains("$0.50 per 1M at")
                .doesNotContain("WARN");
    }
}
