package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first {@code pricing recompute} on a fresh clone reproduces the change reports of seeds 000 and
 * 001: the shipped published-credits.csv holds the credits from before the 3 Nov 2025 update. Run
 * on the sheets as the seeds priced them ({@link Cli#SEED_ERA}); the bundled sheets carry list
 * prices corrected since (their gpt-5 and gpt-5-mini move too).
 */
class SeedChangeReportTest {
    private static final Map<String, JsonNode> ROWS = new HashMap<>();
    private static JsonNode report;

    @BeforeAll
    static void recompute() throws Exception {
        Cli result =
                Cli.run("--sheets", Cli.SEED_ERA.toString(), "recompute", "--format", "json")
                        .assertOk();
        report = new ObjectMapper().readTree(result.out());
        for (JsonNode row : report.get("models")) {
            ROWS.put(row.get("provider").asText() + ":" + row.get("model").asText(), row);
        }
    }

    @ParameterizedTest(name = "{0}:{1} {2} -> {3} ({4}, {5})")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
            # seed 000, increases
            together | Qwen/Qwen2.5-7B-Instruct-Turbo                    | 6  | 20  | increased | 233.3
            together | mistralai/Mistral-Small-24B-Instruct-2501         | 16 | 54  | increased | 237.5
            together | meta-llama/Llama-3.3-70B-Instruct-Turbo           | 36 | 58  | increased | 61.1
            together | Qwen/Qwen2.5-72B-Instruct-Turbo                   | 24 | 80  | increased | 233.3
            together | arcee-ai/virtuoso-medium-v2                       | 24 | 64  | increased | 166.7
            together | DeepSeek-R1-Distill-Llama-70B                     | 30 | 134 | increased | 346.7
            together | deepseek-ai/DeepSeek-V3.1                         | 56 | 76  | increased | 35.7
            together | deepseek-ai/DeepSeek-R1                           | 60 | 334 | increased | 456.7
            together | Meta-Llama-3.1-405B-Instruct-Turbo                | 70 | 234 | increased | 234.3
            together | Qwen3-235B-A22B-Instruct-2507                     | 64 | 122 | increased | 90.6
            together | Qwen3-235B-A22B-Thinking-2507                     | 70 | 122 | increased | 74.3
            together | moonshotai/Kimi-K2-Instruct-0905                  | 80 | 134 | increased | 67.5
            # seed 000 lists 8 -> 12 under "unchanged"; it is an increase
            together | meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo       | 8  | 12  | increased | 50.0
            # seed 000, decreases
            together | meta-llama/Llama-3.3-70B-Instruct-Turbo-Free      | 10 | 0   | decreased | -100.0
            together | google/gemma-3n-E4B-it                            | 12 | 2   | decreased | -83.3
            together | openai/gpt-oss-20b                                | 14 | 8   | decreased | -42.9
            together | openai/gpt-oss-120b                               | 30 | 24  | decreased | -20.0
            together | meta-llama/Llama-4-Scout-17B-16E-Instruct         | 40 | 26  | decreased | -35.0
            together | meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 | 50 | 38  | decreased | -24.0
            # seed 000, pinned and not repriced
            together | llama-3.3-70b-together                            | 10 | 10  | unchanged | 0.0
            together | mistralai/Magistral-Small-2506                    | 20 | 20  | unchanged | 0.0
            together | llama-3.1-405b-instruct-turbo                     | 30 | 30  | unchanged | 0.0
            # seed 001, Groq
            groq     | llama-3.1-8b-instant                              | 6  | 4   | decreased | -33.3
            groq     | openai/gpt-oss-20b                                | 12 | 8   | decreased | -33.3
            groq     | llama-3.3-70b-versatile                           | 30 | 46  | increased | 53.3
            groq     | openai/gpt-oss-120b                               | 24 | 24  | unchanged | 0.0
            """)
    void reproducesTheSeedChange(
            String provider, String model, int before, int after, String status, String pct) {
        JsonNode row = ROWS.get(provider + ":" + model);

        assertThat(row).as(provider + ":" + model).isNotNull();
        assertThat(row.get("previous_credits").asInt()).isEqualTo(before);
        assertThat(row.get("credits").asInt()).isEqualTo(after);
        assertThat(row.get("status").asText()).isEqualTo(status);
        assertThat(row.get("change_pct").decimalValue()).isEqualByComparingTo(pct);
    }

    @Test
    void whisperIsReportedInactive() {
        assertThat(ROWS.get("groq:whisper-large-v3-turbo").get("status").asText())
                .isEqualTo("inactive");
    }

    @Test
    void togetherHas22ActiveModelsAndGroq4() {
        long together =
                ROWS.values().stream()
                        .filter(
                                r ->
                                        r.get("provider").asText().equals("together")
                                                && !r.get("status").asText().equals("inactive"))
                        .count();
        long groq =
                ROWS.values().stream()
                        .filter(
                                r ->
                                        r.get("provider").asText().equals("groq")
                                                && !r.get("status").asText().equals("inactive"))
                        .count();
        assertThat(together).isEqualTo(22);
        assertThat(groq).isEqualTo(4);
    }

    @Test
    void summaryNamesTheLargestRiseAndFall() {
        JsonNode summary = report.get("summary");
        assertThat(summary.get("moved").asInt()).isEqualTo(22);
        assertThat(summary.get("largest_rise").get("model").asText())
                .isEqualTo("deepseek-ai/DeepSeek-R1");
        assertThat(summary.get("largest_fall").get("model").asText())
                .isEqualTo("meta-llama/Llama-3.3-70B-Instruct-Turbo-Free");
        assertThat(report.get("baseline").get("credits").asInt()).isEqualTo(20);
    }
}
