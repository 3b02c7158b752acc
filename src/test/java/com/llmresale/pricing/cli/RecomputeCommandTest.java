package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecomputeCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutWriteNothingIsWritten() {
        Workspace ws = Workspace.withGroq(dir);
        var before = ws.snapshot();

        Cli result = ws.run("recompute").assertOk();

        assertThat(result.out()).contains("DECREASED (2)").contains("llama-3.1-8b-instant");
        assertThat(ws.snapshot()).isEqualTo(before);
    }

    @Test
    void writePublishesTheNewCreditsAndKeepsTheOldFileAsBak() {
        Workspace ws = Workspace.withGroq(dir);

        Cli result = ws.run("recompute", "--write");

        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.err()).contains("Published 2 credit values to pricing/published-credits.csv");
        assertThat(ws.read("pricing/published-credits.csv")).isEqualTo("""
                provider,model,credits
                groq,llama-3.1-8b-instant,4
                groq,openai/gpt-oss-20b,8
                """);
        assertThat(ws.read("pricing/published-credits.csv.bak")).isEqualTo(Workspace.PUBLISHED);
        assertThat(ws.run("recompute").assertOk().out()).contains("UNCHANGED (2)").contains("0 of 2 models moved");
    }

    @Test
    void writeWithAProviderKeepsTheOtherProvidersPublishedCredits() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/published-credits.csv", Workspace.PUBLISHED + "together,some-model,40\n");

        ws.run("recompute", "--provider", "groq", "--write");

        assertThat(ws.read("pricing/published-credits.csv")).contains("together,some-model,40")
                .contains("groq,llama-3.1-8b-instant,4");
    }

    @Test
    void aPublishedModelInNoSheetIsRemovedAndDroppedOnWrite() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/published-credits.csv", Workspace.PUBLISHED + "groq,mixtral-8x7b,10\n");

        Cli result = ws.run("recompute", "--write");

        assertThat(result.out()).contains("REMOVED (1)").contains("mixtral-8x7b");
        assertThat(ws.read("pricing/published-credits.csv")).doesNotContain("mixtral");
    }

    @Test
    void aCsvExportWorksAsAgainstFile() {
        Workspace ws = Workspace.withGroq(dir);
        ws.run("recompute", "--format", "csv", "--output", "last.csv").assertOk();
        // after publishing, the earlier export still holds the new credits: nothing moves against it
        Cli result = ws.run("recompute", "--against", "last.csv", "--format", "json").assertOk();

        assertThat(result.out()).contains("\"unchanged\" : 2").contains("\"against\" : \"last.csv\"");
    }

    @Test
    void aCsvSavedByASpreadsheetWithAByteOrderMarkWorksAsAgainstFile() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("against.csv", "\uFEFFprovider,model,credits\ngroq,llama-3.1-8b-instant,4\ngroq,openai/gpt-oss-20b,8\n");

        assertThat(ws.run("recompute", "--against", "against.csv").assertOk().out()).contains("UNCHANGED (2)");
    }

    @Test
    void outputFileIsWrittenAndStdoutStaysEmpty() throws Exception {
        Workspace ws = Workspace.withGroq(dir);

        Cli result = ws.run("recompute", "-o", "out/report.md", "-f", "markdown").assertOk();

        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("out/report.md"))).startsWith("Baseline:").contains("| provider |");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.md");
        }
    }

    @Test
    void aMissingPublishedFileMakesEveryModelNew() {
        Workspace ws = new Workspace(dir);
        ws.write("pricing/groq.yaml", Workspace.GROQ);

        assertThat(ws.run("recompute").assertOk().out()).contains("NEW (2)");
    }

    @Test
    void withoutALocalPricingFolderTheBundledSheetsAreUsedAndCannotBeWritten() {
        Cli result = Cli.run(dir, "recompute", "--format", "csv").assertOk();
        assertThat(result.out()).contains("together,deepseek-ai/DeepSeek-R1,");

        Cli write = Cli.run(dir, "recompute", "--write").assertError(2);
        assertThat(write.errorLine()).contains("bundled sheets are read-only");
    }

    @Test
    void sheetsOptionPointsAtAnotherFolder() {
        Workspace ws = Workspace.withGroq(dir.resolve("elsewhere"));
        assertThat(ws.root()).exists();

        Cli result = Cli.run(dir, "--sheets", "elsewhere/pricing", "models", "-f", "csv").assertOk();
        assertThat(result.out().lines().count()).isEqualTo(3);
    }
}
