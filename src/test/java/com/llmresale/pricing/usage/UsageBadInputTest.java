package com.llmresale.pricing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.llmresale.pricing.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pricing usage} on small hand-written logs: mapping, cost, and every kind of bad input. */
class UsageBadInputTest {
    /**
     * The sheets as the seeds priced them (seed 004's figures rest on them), named so no
     * bundled-folder note is printed.
     */
    static final String SHEETS = Cli.SEED_ERA.toString();

    static final String SCENARIOS = Cli.PROJECT.resolve("scenarios").toString();

    static final String HEADER =
            "request_id,startTime,model,model_group,custom_llm_provider,user,end_user,api_key,"
                    + "prompt_tokens,completion_tokens,spend,status,metadata,team_id\n";
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private JsonNode json(String... args) throws IOException {
        return UsageSeed004Test.JSON.readTree(
                Cli.run(dir, UsageSeed004Test.withFolders(args)).assertOk().out());
    }

    @Test
    void rowsMapByProviderAndAliasThenByMixAliasElseUnpriced() throws IOException {
        write(
                "a.csv",
                HEADER
                        // (1) LiteLLM's provider name and a dated alias, with the provider prefix:
                        // 1000 x 3 + 100 x 15 = $0.0045
                        + "r1,2025-11-03 10:00:00,anthropic/claude-sonnet-4-5-20250929,x,anthropic,alice,,,1000,100,0.0045,success,,t1\n"
                        // together_ai is the together sheet; the free model costs nothing
                        + "r2,2025-11-03 10:01:00,meta-llama/Llama-3.3-70B-Instruct-Turbo-Free,,together_ai,alice,,,50,50,0,success,,t1\n"
                        // (2) no provider: the scenario's mix alias autox is Haiku 4.5; 800 cached
                        // at 0.025, 200 at 0.25, 100 at 1.25
                        + "r3,2025-11-03 10:02:00,some-deployment,autox,,bob,,,1000,100,0.9,success,"
                        + "\"{\"\"usage_object\"\": {\"\"prompt_tokens_details\"\": {\"\"cached_tokens\"\": 800}}}\",\n"
                        // (3) unknown: listed, never $0
                        + "r4,2025-11-04 10:00:00,mystery,mystery-group,openrouter,,carol,,10,10,0.25,success,,\n"
                        + "r5,2025-11-04 10:00:00,mystery,mystery-group,openrouter,,,k9,10,10,0.25,failure,,\n");
        JsonNode r = json("usage", "a.csv", "--scenario", "balanced", "-f", "json");
        JsonNode s = r.get("summary");
        // 0.0045 + 0 + (200 x 0.25 + 800 x 0.025 + 100 x 1.25) / 1M = 0.0045 + 0.000195
        assertThat(s.get("cost_usd").decimalValue()).isEqualByComparingTo("0.004695");
        assertThat(s.get("litellm_spend_usd").decimalValue()).isEqualByComparingTo("1.4045");
        assertThat(s.get("unpriced_requests").asLong()).isEqualTo(2);
        assertThat(s.get("cache_hit_rate_pct").decimalValue())
                .isEqualByComparingTo("38.65"); // 800 / 2,070 prompt tokens
        assertThat(r.get("unpriced")).hasSize(1);
        JsonNode u = r.get("unpriced").get(0);
        assertThat(u.get("model").asText()).isEqualTo("mystery");
        assertThat(u.get("requests").asLong()).isEqualTo(2);
        assertThat(u.get("litellm_spend_usd").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(r.get("users").findValuesAsText("user"))
                .containsExactlyInAnyOrder("alice", "bob", "carol", "key:k9");
        assertThat(r.get("models").findValuesAsText("model"))
                .containsExactly(
                        "claude-sonnet-4-5",
                        "claude-haiku-4-5",
                        "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free");
        assertThat(r.get("teams").get(0).get("team").asText()).isEqualTo("t1");
        // without the scenario, the mix alias maps nothing: bob's row is unpriced too
        JsonNode plain = json("usage", "a.csv", "-f", "json");
        assertThat(plain.get("summary").get("unpriced_requests").asLong()).isEqualTo(3);
    }

    @Test
    void aMalformedRowNamesFileAndLine() throws IOException {
        write(
                "bad.csv",
                HEADER
                        + "r1,2025-11-03 10:00:00,m,,p,u,,,10,10,0,success,,\n"
                        + "r2,2025-11-03 10:00:00,m,,p,u,,,ten,10,0,success,,\n");
        Cli cli =
                Cli.run(dir, "--sheets", SHEETS, "--scenarios", SCENARIOS, "usage", "bad.csv")
                        .assertError(1);
        assertThat(cli.errorLine())
                .isEqualTo("error: bad.csv:3: prompt_tokens: not a whole number: 'ten'");
    }

    @Test
    void skipBadRowsCountsAndSkips() throws IOException {
        write(
                "bad.csv",
                HEADER
                        + "r1,2025-11-03 10:00:00,m,,p,u,,,10,10,0,success,,\n"
                        + "r2,yesterday,m,,p,u,,,10,10,0,success,,\n"
                        + "r3,2025-11-03 10:00:00,m,,p,u,,,1e999999999,10,0,success,,\n"
                        + "r4,2025-11-03 10:00:00,m,,p,u,,,-5,10,0,success,,\n"
                        + "r5,2025-11-03 10:00:00,m,,p,u,,,5,10,1e999999999,success,,\n"
                        + "r6,2025-11-03 10:00:00,m\n");
        Cli cli =
                Cli.run(
                        dir,
                        "--sheets",
                        SHEETS,
                        "--scenarios",
                        SCENARIOS,
                        "usage",
                        "bad.csv",
                        "--skip-bad-rows",
                        "-f",
                        "json");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err())
                .startsWith(
                        "skipped 5 malformed rows (first: bad.csv:3: startTime: not a timestamp");
        JsonNode r = UsageSeed004Test.JSON.readTree(cli.out());
        assertThat(r.get("reading").get("skipped_bad_rows").asLong()).isEqualTo(5);
        assertThat(r.get("summary").get("requests").asLong()).isEqualTo(1);
    }

    @Test
    void aMissingRequiredColumnIsOneLine() throws IOException {
        write("cols.csv", "request_id,startTime,model,prompt_tokens\nr1,2025-11-03 10:00:00,m,5\n");
        assertThat(
                        Cli.run(
                                        dir,
                                        "--sheets",
                                        SHEETS,
                                        "--scenarios",
                                        SCENARIOS,
                                        "usage",
                                        "cols.csv")
                                .assertError(1)
                                .errorLine())
                .startsWith("error: cols.csv:1: missing column completion_tokens");
    }

    @Test
    void optionProblemsAreUsageErrors() throws IOException {
        write("a.csv", HEADER);
        assertThat(
                        Cli.run(
                                        dir,
                                        "--sheets",
                                        SHEETS,
                                        "--scenarios",
                                        SCENARIOS,
                                        "usage",
                                        "a.csv",
                                        "--tz",
                                        "Mars/Olympus")
                                .assertError(2)
                                .errorLine())
                .isEqualTo(
                        "error: --tz: unknown time zone 'Mars/Olympus' (e.g. UTC, Europe/Istanbul, America/New_York, +03:00)");
        assertThat(
                        Cli.run(
                                        dir,
                                        "--sheets",
                                        SHEETS,
                                        "--scenarios",
                                        SCENARIOS,
                                        "usage",
                                        "a.csv",
                                        "--from",
                                        "2025-11-30",
                                        "--to",
                                        "2025-11-01")
                                .assertError(2)
                                .errorLine())
                .isEqualTo("error: --from 2025-11-30 is after --to 2025-11-01");
        assertThat(
                        Cli.run(dir, "--sheets", SHEETS, "--scenarios", SCENARIOS, "usage")
                                .assertError(2)
                                .errorLine())
                .isEqualTo("error: give spend-log files (or - for standard input), or --db URL");
        Cli.run(
                        dir,
                        "--sheets",
                        SHEETS,
                        "--scenarios",
                        SCENARIOS,
                        "usage",
                        "a.csv",
                        "--scenario",
                        "nope")
                .assertError(2);
        Cli.run(dir, "--sheets", SHEETS, "--scenarios", SCENARIOS, "usage", "a.csv", "--top", "0")
                .assertError(2);
        Cli.run(dir, "--sheets", SHEETS, "--scenarios", SCENARIOS, "usage", "missing.csv")
                .assertError(1);
    }

    @Test
    void aJsonArrayFromStandardInput() throws IOException {
        String json =
                "[{\"request_id\": \"a\", \"startTime\": \"2025-11-03T10:00:00+03:00\", \"model\": \"gpt-5-mini\","
                        + " \"custom_llm_provider\": \"openai\", \"user\": \"u\", \"prompt_tokens\": 1000000,"
                        + " \"completion_tokens\": 0, \"spend\": 0.5, \"messages\": [{\"role\": \"user\"}],"
                        + " \"metadata\": {\"usage_object\": {\"prompt_tokens_details\": {\"cached_tokens\": 500000}}}}]";
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            JsonNode r = json("usage", "-", "-f", "json");
            // 500,000 x 0.5 + 500,000 x 0.05 per 1M
            assertThat(r.get("summary").get("cost_usd").decimalValue())
                    .isEqualByComparingTo("0.275");
            assertThat(r.get("days").get(0).get("date").asText())
                    .isEqualTo("2025-11-03"); // 07:00 UTC
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void brokenJsonIsOneLine() throws IOException {
        write("b.json", "[{\"request_id\": \"a\",\n \"startTime\": }]");
        assertThat(
                        Cli.run(
                                        dir,
                                        "--sheets",
                                        SHEETS,
                                        "--scenarios",
                                        SCENARIOS,
                                        "usage",
                                        "b.json")
                                .assertError(1)
                                .errorLine())
                .startsWith("error: b.json:2: not valid JSON");
    }
}
