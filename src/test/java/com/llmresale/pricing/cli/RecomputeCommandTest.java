package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecomputeCommandTest {
    @TempDir Path dir;

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
        assertThat(result.err())
                .contains("Published 2 credit values to pricing/published-credits.csv");
        assertThat(ws.read("pricing/published-credits.csv"))
                .isEqualTo(
                        """
                provider,model,credits
                groq,llama-3.1-8b-instant,4
                groq,openai/gpt-oss-20b,8
                """);
        assertThat(ws.read("pricing/published-credits.csv.bak")).isEqualTo(Workspace.PUBLISHED);
        assertThat(ws.run("recompute").assertOk().out())
                .contains("UNCHANGED (2)")
                .contains("0 of 2 models moved");
    }

    @Test
    void writeWithAProviderKeepsTheOtherProvidersPublishedCredits() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/published-credits.csv", Workspace.PUBLISHED + "together,some-model,40\n");

        ws.run("recompute", "--provider", "groq", "--write");

        assertThat(ws.read("pricing/published-credits.csv"))
                .contains("together,some-model,40")
                .contains("groq,llama-3.1-8b-instant,4");
    }

    @Test
    void writeWithSeveralProvidersReplacesTheirsAndKeepsTheRest() {
        Workspace ws = Workspace.withGroq(dir);
        // $0.30 in and out: the baseline's $0.30 average, 1.0x = 20 credits
        ws.write(
                "pricing/together.yaml",
                "provider: together\nname: Together\ncurrency: USD\nupdated: 2025-11-03\n"
                        + "models:\n  - id: qwen\n    input: 0.30\n    output: 0.30\n");
        ws.write("pricing/openai.yaml", OPENAI);
        ws.write(
                "pricing/published-credits.csv",
                Workspace.PUBLISHED + "together,old-model,40\nopenai,gpt-x,30\n");

        Cli result = ws.run("recompute", "--provider", "groq,together", "--write");

        assertThat(result.exitCode()).as(result.describe()).isZero();
        // seed 001: llama-3.1-8b-instant 4 credits, gpt-oss-20b 8; old-model is in no sheet any
        // more; openai is outside the scope: kept as published though its sheet now says 40
        assertThat(ws.read("pricing/published-credits.csv"))
                .isEqualTo(
                        """
                provider,model,credits
                groq,llama-3.1-8b-instant,4
                groq,openai/gpt-oss-20b,8
                openai,gpt-x,30
                together,qwen,20
                """);
        assertThat(result.out()).contains("REMOVED (1)").doesNotContain("gpt-x");
    }

    /** One OpenAI model at $0.60 in and out: 2.0x, 40 credits. */
    private static final String OPENAI =
            "provider: openai\nname: OpenAI\ncurrency: USD\nupdated: 2025-11-03\n"
                    + "models:\n  - id: gpt-x\n    input: 0.60\n    output: 0.60\n";

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
        // after publishing, the earlier export still holds the new credits: nothing moves against
        // it
        Cli result = ws.run("recompute", "--against", "last.csv", "--format", "json").assertOk();

        assertThat(result.out())
                .contains("\"unchanged\" : 2")
                .contains("\"against\" : \"last.csv\"");
    }

    @Test
    void aCsvSavedByASpreadsheetWithAByteOrderMarkWorksAsAgainstFile() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write(
                "against.csv",
                "\uFEFFprovider,model,credits\ngroq,llama-3.1-8b-instant,4\ngroq,openai/gpt-oss-20b,8\n");

        assertThat(ws.run("recompute", "--against", "against.csv").assertOk().out())
                .contains("UNCHANGED (2)");
    }

    @Test
    void outputFileIsWrittenAndStdoutStaysEmpty() throws Exception {
        Workspace ws = Workspace.withGroq(dir);

        Cli result = ws.run("recompute", "-o", "out/report.md", "-f", "markdown").assertOk();

        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("out/report.md")))
                .startsWith("Baseline:")
                .contains("| provider |");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("report.md");
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
        Cli result = Cli.run(dir, "recompute", "--format", "csv");
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.err())
                .isEqualTo(
                        "note: no ./pricing here; using the sheets bundled in pricing.jar (give --sheets DIR)\n");
        assertThat(result.out()).contains("together,deepseek-ai/DeepSeek-R1,");

        Cli write = Cli.run(dir, "recompute", "--write").assertError(2);
        assertThat(write.errorLine()).contains("bundled sheets are read-only");
    }

    @Test
    void sheetsOptionPointsAtAnotherFolder() {
        Workspace ws = Workspace.withGroq(dir.resolve("elsewhere"));
        assertThat(ws.root()).exists();

        Cli result =
                Cli.run(dir, "--sheets", "elsewhere/pricing", "models", "-f", "csv").assertOk();
        assertThat(result.out().lines().count()).isEqualTo(3);
    }

    // ---- a failed command changes no file -----------------------------------------------------

    @Test
    void writeWithAnOutputThatIsAFolderPublishesNothing() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        Files.createDirectories(dir.resolve("out"));

        Cli result = ws.runFailing(1, "recompute", "--write", "--output", "out");

        assertThat(result.errorLine()).isEqualTo("error: cannot write out: is a directory");
        assertThat(dir.resolve("pricing/published-credits.csv.bak")).doesNotExist();
    }

    @Test
    void writeWithAnOutputUnderAFilePublishesNothingAndNamesTheUsersPath() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("notes", "a file\n");

        Cli result = ws.runFailing(1, "recompute", "--write", "--output", "notes/report.txt");

        assertThat(result.errorLine())
                .isEqualTo("error: cannot write notes/report.txt: notes is a file, not a folder");
    }

    @Test
    void writeWithAnOutputInAnUnwritableFolderPublishesNothing() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assumePosix();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as a user who can write anywhere");
            Cli result = ws.runFailing(1, "recompute", "--write", "--output", "locked/report.txt");
            assertThat(result.errorLine())
                    .isEqualTo("error: cannot write locked/report.txt: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anEmptyOutputNameIsAUsageError() {
        Workspace ws = Workspace.withGroq(dir);

        Cli result = ws.runFailing(2, "recompute", "--write", "--output", "");

        assertThat(result.errorLine()).contains("--output").contains("must not be empty");
    }

    @Test
    void writeKeepsThePublishedFilesPermissions() throws Exception {
        assumePosix();
        Workspace ws = Workspace.withGroq(dir);
        Path published = dir.resolve("pricing/published-credits.csv");
        Files.setPosixFilePermissions(published, PosixFilePermissions.fromString("rw-r--r--"));

        Cli write = ws.run("recompute", "--write");
        assertThat(write.exitCode()).as(write.describe()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(published)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void writingTheSameCreditsAgainKeepsTheBackupOfThePreviousPublication() {
        Workspace ws = Workspace.withGroq(dir);
        ws.run("recompute", "--write");

        Cli again = ws.run("recompute", "--write");

        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(again.err())
                .isEqualTo(
                        "Nothing to publish: pricing/published-credits.csv already holds these 2 "
                                + "credit values (left as it is, and its .bak too).\n");
        // the .bak still holds what was published before the first --write
        assertThat(ws.read("pricing/published-credits.csv.bak")).isEqualTo(Workspace.PUBLISHED);
    }

    @Test
    void theBackupIsAsPrivateAsThePublishedFileItCopies() throws Exception {
        assumePosix();
        Workspace ws = Workspace.withGroq(dir);
        Path published = dir.resolve("pricing/published-credits.csv");
        Path backup = dir.resolve("pricing/published-credits.csv.bak");
        ws.write("pricing/published-credits.csv.bak", "an older, world-readable backup\n");
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(published, PosixFilePermissions.fromString("rw-r-----"));

        Cli write = ws.run("recompute", "--write");
        assertThat(write.exitCode()).as(write.describe()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-r-----");
        assertThat(ws.read("pricing/published-credits.csv.bak")).isEqualTo(Workspace.PUBLISHED);
    }

    @Test
    void aSheetThatIsALinkToNothingIsAnErrorNotAProviderRemoved() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        Path sheet = dir.resolve("pricing/groq.yaml");
        Files.delete(sheet);
        Files.createSymbolicLink(sheet, dir.resolve("nowhere.yaml"));
        String before = ws.read("pricing/published-credits.csv");

        Cli result = ws.runFailing(1, "recompute", "--write");

        assertThat(result.errorLine())
                .isEqualTo("error: pricing/groq.yaml: is a link to nothing (a missing file)");
        assertThat(ws.read("pricing/published-credits.csv")).isEqualTo(before);
    }

    @Test
    void aFolderNamedLikeASheetOrThePublishedFileIsAnError() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        Files.createDirectory(dir.resolve("pricing/extra.yaml"));
        assertThat(ws.runFailing(1, "models").errorLine())
                .isEqualTo("error: pricing/extra.yaml: is a folder, not a file");

        Files.delete(dir.resolve("pricing/extra.yaml"));
        Files.delete(dir.resolve("pricing/published-credits.csv"));
        Files.createDirectory(dir.resolve("pricing/published-credits.csv"));
        assertThat(ws.runFailing(1, "recompute").errorLine())
                .isEqualTo("error: pricing/published-credits.csv: is a folder, not a file");
    }

    @Test
    void jsonSaysWhetherThePublishedFileExists() {
        Workspace ws = new Workspace(dir);
        ws.write("pricing/groq.yaml", Workspace.GROQ);
        assertThat(ws.run("recompute", "-f", "json").assertOk().out())
                .contains("\"against_exists\" : false");
        ws.write("pricing/published-credits.csv", Workspace.PUBLISHED);
        assertThat(ws.run("recompute", "-f", "json").assertOk().out())
                .contains("\"against_exists\" : true");
    }

    // ---- no published file yet, or a corrupt one ---------------------------------------------

    @Test
    void withNothingPublishedTheReportSaysSoAndWriteMentionsNoBackup() {
        Workspace ws = new Workspace(dir);
        ws.write("pricing/groq.yaml", Workspace.GROQ);

        assertThat(ws.run("recompute").assertOk().out())
                .contains(
                        "Compared with: nothing published yet (pricing/published-credits.csv does not exist)");

        Cli write = ws.run("recompute", "--write");
        assertThat(write.exitCode()).as(write.describe()).isZero();
        assertThat(write.err())
                .isEqualTo(
                        "Published 2 credit values to pricing/published-credits.csv"
                                + " (nothing was published before).\n");
        assertThat(dir.resolve("pricing/published-credits.csv.bak")).doesNotExist();
        assertThat(ws.run("recompute").assertOk().out())
                .contains("Compared with: pricing/published-credits.csv\n");
    }

    @Test
    void oneCreditValueIsSingular() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/groq.yaml",
                Workspace.GROQ.substring(0, Workspace.GROQ.indexOf("  - id: openai")));
        ws.write(
                "pricing/published-credits.csv",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,6\n");

        Cli write = ws.run("recompute", "--write");

        assertThat(write.err())
                .isEqualTo(
                        "Published 1 credit value to pricing/published-credits.csv"
                                + " (previous file kept as published-credits.csv.bak).\n");
    }

    static final String CORRUPT = Workspace.PUBLISHED + "groq,x,abc\n";
    static final String GOOD =
            "provider,model,credits\ngroq,llama-3.1-8b-instant,6\ngroq,openai/gpt-oss-20b,12\n";

    @Test
    void aCorruptPublishedFileFailsWithAWayToRecover() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/published-credits.csv", CORRUPT);

        Cli result = ws.runFailing(1, "recompute", "--write");

        assertThat(result.errorLine())
                .isEqualTo(
                        "error: pricing/published-credits.csv:4: credits: 'abc' is not a number"
                                + " (to recover: republish with `pricing recompute --write --against FILE`)");
    }

    @Test
    void theRecoveryHintOffersTheBackupWhenThereIsOne() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/published-credits.csv", CORRUPT);
        ws.write("pricing/published-credits.csv.bak", Workspace.PUBLISHED);

        Cli result = ws.runFailing(1, "models");

        assertThat(result.errorLine())
                .isEqualTo(
                        "error: pricing/published-credits.csv:4: credits: 'abc' is not a number"
                                + " (to recover: restore published-credits.csv.bak, or republish with"
                                + " `pricing recompute --write --against FILE`)");
    }

    @Test
    void aCorruptPublishedFileDoesNotBlockAgainstNorItsRepair() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/published-credits.csv", CORRUPT);
        ws.write("good.csv", GOOD);

        assertThat(ws.run("recompute", "--against", "good.csv").assertOk().out())
                .contains("Compared with: good.csv")
                .contains("DECREASED (2)");

        Cli repair = ws.run("recompute", "--write", "--against", "good.csv");
        assertThat(repair.exitCode()).as(repair.describe()).isZero();
        assertThat(ws.read("pricing/published-credits.csv"))
                .isEqualTo(
                        """
                provider,model,credits
                groq,llama-3.1-8b-instant,4
                groq,openai/gpt-oss-20b,8
                """);
        assertThat(ws.read("pricing/published-credits.csv.bak")).isEqualTo(CORRUPT);
        ws.run("models").assertOk();
    }

    @Test
    void writeWithAProviderNeedsThePublishedFileEvenWithAgainst() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/published-credits.csv", CORRUPT);
        ws.write("good.csv", GOOD);

        Cli result =
                ws.runFailing(
                        1, "recompute", "--write", "--provider", "groq", "--against", "good.csv");

        assertThat(result.errorLine())
                .startsWith(
                        "error: pricing/published-credits.csv:4: credits: 'abc' is not a number")
                .contains("to recover:");
    }

    // ---- tool-owned files are never written through links --------------------------------------

    @Test
    void aBackupThatIsALinkToASheetIsRefusedAndTheSheetIsLeftAlone() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        Files.createSymbolicLink(
                dir.resolve("pricing/published-credits.csv.bak"), Path.of("groq.yaml"));

        Cli result = ws.runFailing(1, "recompute", "--write");

        assertThat(result.errorLine())
                .isEqualTo(
                        "error: cannot write pricing/published-credits.csv.bak: is a symbolic "
                                + "link (the tool does not write its own files through links; remove the link)");
        assertThat(ws.read("pricing/groq.yaml")).isEqualTo(Workspace.GROQ);
    }

    @Test
    void aPublishedFileThatIsALinkIsRefusedNotWrittenThrough() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("shared/credits.csv", Workspace.PUBLISHED);
        Files.delete(dir.resolve("pricing/published-credits.csv"));
        Files.createSymbolicLink(
                dir.resolve("pricing/published-credits.csv"), Path.of("../shared/credits.csv"));

        Cli result = ws.runFailing(1, "recompute", "--write");

        assertThat(result.errorLine())
                .startsWith(
                        "error: cannot write pricing/published-credits.csv: is a symbolic link");
        assertThat(dir.resolve("pricing/published-credits.csv.bak")).doesNotExist();
    }

    @Test
    void theLockFileIsNotASheetAndStaysEmpty() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        assertThat(ws.run("recompute", "--write").exitCode()).isZero();

        assertThat(dir.resolve("pricing/.published-credits.lock")).isEmptyFile();
        assertThat(ws.run("models", "-f", "csv").assertOk().out().lines().count()).isEqualTo(3);
    }

    private void assumePosix() {
        assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions");
    }
}
