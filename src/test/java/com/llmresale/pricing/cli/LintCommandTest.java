package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LintCommandTest {
    /** A sheet with nothing to say about, checked on Cli.TODAY. */
    static final String CLEAN =
            """
            provider: groq
            name: Groq
            currency: USD
            updated: 2026-02-20
            models:
              - id: llama-3.1-8b-instant
                input: 0.05
                output: 0.08
              - id: openai/gpt-oss-20b
                input: 0.05
                output: 0.20
                family: gpt-oss-20b
            """;

    @TempDir Path dir;

    private static List<String> warnings(Cli result) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode w : new ObjectMapper().readTree(result.out()).get("warnings")) {
            out.add(
                    w.get("code").asText()
                            + " "
                            + w.get("provider").asText()
                            + ":"
                            + w.get("model").asText());
        }
        return out;
    }

    @Test
    void flagsBothSeedInconsistenciesAndTheGpt5ProPin() throws Exception {
        List<String> found = warnings(Cli.run("lint", "--format", "json").assertOk());

        assertThat(found)
                .contains(
                        "pin_vs_family together:llama-3.1-405b-instruct-turbo",
                        "pin_vs_family together:llama-3.3-70b-together",
                        "pin_vs_price openai:gpt-5-pro");
    }

    @Test
    void staysQuietOnACleanSheet() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", CLEAN);

        Cli result = ws.run("lint").assertOk();

        assertThat(result.out()).contains("No warnings.").doesNotContain("code");
        ws.run("lint", "--strict").assertOk();
    }

    @Test
    void strictExitsOneAfterPrintingTheReport() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", CLEAN.replace("2026-02-20", "2025-01-01"));

        Cli lenient = ws.run("lint").assertOk();
        Cli strict = ws.run("lint", "--strict");

        assertThat(strict.exitCode()).as(strict.describe()).isEqualTo(1);
        assertThat(strict.out())
                .isEqualTo(lenient.out())
                .contains("stale_prices")
                .contains("1 warning.");
        assertThat(strict.err()).isEqualTo("lint: 1 warning (--strict)\n");
        // in Turkish the report and the line on stderr
        Cli turkish = ws.run("lint", "--strict", "--lang", "tr");
        assertThat(turkish.exitCode()).isEqualTo(1);
        assertThat(turkish.out()).contains("stale_prices").endsWith("\n1 uyarı.\n");
        assertThat(turkish.err()).isEqualTo("lint: 1 uyarı (--strict)\n");
    }

    @Test
    void todayAndMaxAgeDecideWhatIsStale() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", CLEAN);

        assertThat(warnings(ws.run("lint", "-f", "json", "--max-age-days", "5")))
                .containsExactly("stale_prices groq:null");
        assertThat(warnings(ws.run("lint", "-f", "json", "--today", "2026-12-31")))
                .containsExactly("stale_prices groq:null");
        assertThat(
                        warnings(
                                ws.run(
                                        "lint",
                                        "-f",
                                        "json",
                                        "--today",
                                        "2026-02-21",
                                        "--max-age-days",
                                        "1")))
                .isEmpty();
    }

    @Test
    void zeroPriceWithoutFreeIsFlagged() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", CLEAN + "  - id: gift\n    input: 0\n    output: 0\n");

        assertThat(warnings(ws.run("lint", "-f", "json")))
                .containsExactly("zero_price_not_free groq:gift");
        ws.write(
                "pricing/groq.yaml",
                CLEAN + "  - id: gift\n    input: 0\n    output: 0\n    free: true\n");
        assertThat(warnings(ws.run("lint", "-f", "json"))).isEmpty();
    }

    @Test
    void tolerancesAreOptions() throws Exception {
        // llama-3.1-8b: groq 4 vs together 12 credits, 66.7% apart
        assertThat(warnings(Cli.run("lint", "-f", "json")))
                .contains("family_spread together:meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");
        assertThat(warnings(Cli.run("lint", "-f", "json", "--spread-tolerance", "70")))
                .noneMatch(w -> w.startsWith("family_spread"));
        // the smallest seed pin gap is gpt-5-pro, 77.8%
        assertThat(warnings(Cli.run("lint", "-f", "json", "--pin-tolerance", "90")))
                .noneMatch(w -> w.startsWith("pin_"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--max-age-days=-1",
                "--pin-tolerance=101",
                "--spread-tolerance=-5",
                "--today=yesterday",
                "--provider=nobody"
            })
    void badOptionsAreUsageErrors(String option) {
        Cli.run("lint", option).assertError(2);
    }

    @Test
    void recomputeCountsTheLintWarnings() throws Exception {
        int count =
                new ObjectMapper()
                        .readTree(Cli.run("lint", "-f", "json").out())
                        .get("count")
                        .asInt();
        JsonNode summary =
                new ObjectMapper()
                        .readTree(Cli.run("recompute", "-f", "json").assertOk().out())
                        .get("summary");

        assertThat(count).isPositive();
        assertThat(summary.get("lint_warnings").asInt()).isEqualTo(count);
        assertThat(summary.get("text").asText())
                .endsWith("Lint: " + count + " warnings (see `pricing lint`).");
    }

    @Test
    void recomputeOnACleanSheetSaysSo() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", CLEAN);

        assertThat(ws.run("recompute").assertOk().out()).contains("Lint: no warnings.");
    }
}
