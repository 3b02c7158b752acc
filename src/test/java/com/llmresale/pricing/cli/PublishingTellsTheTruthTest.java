package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What recompute and models say matches what is (or will be) published, and a command pricing from
 * the sheets bundled in the jar says so.
 */
class PublishingTellsTheTruthTest {
    /** Workspace.GROQ with its llama-3.1-8b-instant (published at 6) no longer sold. */
    static final String GROQ_8B_INACTIVE =
            Workspace.GROQ.replace(
                    "  - id: llama-3.1-8b-instant\n",
                    "  - id: llama-3.1-8b-instant\n    active: false\n");

    @TempDir Path dir;

    @Test
    void aDeactivatedPublishedModelIsReportedWithItsOldCreditsAndNoNewOnes() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", GROQ_8B_INACTIVE);

        String out = ws.run("recompute").assertOk().out();

        assertThat(out).contains("INACTIVE (1)");
        assertThat(
                        out.lines()
                                .filter(
                                        l ->
                                                l.startsWith("groq")
                                                        && l.contains("llama-3.1-8b-instant"))
                                .toList())
                .singleElement()
                .asString()
                .containsPattern(" 6  ->  +-( |$)");
        // 12 -> 8 moved down; 6 -> - is withdrawn: both change what users pay
        assertThat(out)
                .contains(
                        "2 of 2 models moved (0 up, 1 down, 1 withdrawn); 0 unchanged, 0 new, 0 removed, "
                                + "1 inactive.");
        String json = ws.run("recompute", "-f", "json").assertOk().out();
        assertThat(json).contains("\"moved\" : 2").contains("\"withdrawn\" : 1");
        assertThat(ws.run("recompute", "-f", "csv").assertOk().out())
                // no credits, tier or change; what its price computes to (4) stays as information
                .contains("\ngroq,llama-3.1-8b-instant,0.05,0.08,0.065,0.2,,,false,6,,inactive,4,");
    }

    @Test
    void writeWithdrawsTheDeactivatedModelAsTheReportSays() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", GROQ_8B_INACTIVE);

        Cli write = ws.run("recompute", "--write");

        assertThat(write.exitCode()).as(write.describe()).isZero();
        assertThat(write.err())
                .startsWith("Published 1 credit value to pricing/published-credits.csv");
        assertThat(ws.read("pricing/published-credits.csv"))
                .isEqualTo("provider,model,credits\ngroq,openai/gpt-oss-20b,8\n");
        // afterwards nothing is left to withdraw: the inactive model was never published
        assertThat(ws.run("recompute").assertOk().out())
                .contains("0 of 2 models moved (0 up, 0 down); 1 unchanged");
    }

    @Test
    void modelsMarksCreditsThatDifferFromThePublishedOnes() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write(
                "pricing/published-credits.csv",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,6\n"
                        + "groq,openai/gpt-oss-20b,8\n");

        String table = ws.run("models").assertOk().out();
        assertThat(table.lines().filter(l -> l.contains("llama-3.1-8b-instant")).toList())
                .singleElement()
                .asString()
                .endsWith("published: 6");
        assertThat(table.lines().filter(l -> l.contains("openai/gpt-oss-20b")).toList())
                .singleElement()
                .asString()
                .doesNotContain("published");

        assertThat(ws.run("models", "-f", "json").assertOk().out())
                .contains("\"credits\" : 4,")
                .contains("\"published_credits\" : 6")
                .contains("\"credits\" : 8,")
                .contains("\"published_credits\" : 8");
        String csv = ws.run("models", "-f", "csv").assertOk().out();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",published_credits");
        assertThat(csv)
                .contains("\ngroq,llama-3.1-8b-instant,")
                .containsPattern("llama-3.1-8b-instant,.*,6\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "models",
                "tiers",
                "compare",
                "lint",
                "recompute",
                "estimate groq:llama-3.1-8b-instant --input-tokens 1000 --output-tokens 1000"
            })
    void aCommandPricingFromTheBundledSheetsSaysSo(String command) {
        Cli result = Cli.run(dir, command.split(" "));

        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.err())
                .as(result.describe())
                .isEqualTo(
                        "note: no ./pricing here; using the sheets bundled in pricing.jar (give --sheets DIR)\n");
    }

    @Test
    void aScenarioFromTheBundledFoldersSaysSoForBoth() {
        Cli result = Cli.run(dir, "scenario", "balanced");

        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.err())
                .as(result.describe())
                .contains(
                        "note: no ./scenarios here; using the scenarios bundled in pricing.jar (give --scenarios DIR)\n")
                .contains(
                        "note: no ./pricing here; using the sheets bundled in pricing.jar (give --sheets DIR)\n");
    }

    @Test
    void aCommandRunWhereThePricingFolderIsSaysNothing() {
        Workspace ws = Workspace.withGroq(dir);
        ws.run("models").assertOk();
    }
}
