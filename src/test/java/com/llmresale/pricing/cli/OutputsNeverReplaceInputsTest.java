package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} and {@code --export DIR} never name a sheet, a scenario, the published file, the
 * {@code --against} file or the folders holding them, however spelled; the tool's own export files
 * are never written through links.
 */
class OutputsNeverReplaceInputsTest {
    @TempDir Path dir;
    Workspace ws;

    @BeforeEach
    void copyTheRepositoryFolders() throws IOException {
        ws = new Workspace(dir);
        for (String folder : new String[] {"pricing", "scenarios"}) {
            Path from = Cli.PROJECT.resolve(folder);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = dir.resolve(folder).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
    }

    @Test
    void outputMayNotNameASheet() {
        Cli result = ws.runFailing(2, "models", "-o", "pricing/groq.yaml");
        assertThat(result.errorLine())
                .isEqualTo(
                        "error: --output: pricing/groq.yaml is in the sheets folder pricing"
                                + " (the tool never writes onto what it reads; choose another place)");
    }

    @Test
    void outputMayNotNameTheSheetsFolderNorANewFileInIt() {
        assertThat(ws.runFailing(2, "models", "-o", "pricing").errorLine())
                .startsWith("error: --output: pricing is the sheets folder pricing");
        assertThat(ws.runFailing(2, "tiers", "-o", "pricing/new.yaml").errorLine())
                .startsWith("error: --output: pricing/new.yaml is in the sheets folder pricing");
    }

    @Test
    void outputMayNotNameThePublishedFileEvenWithWrite() {
        assertThat(
                        ws.runFailing(
                                        2,
                                        "recompute",
                                        "--write",
                                        "-f",
                                        "csv",
                                        "-o",
                                        "pricing/published-credits.csv")
                                .errorLine())
                .startsWith(
                        "error: --output: pricing/published-credits.csv is in the sheets folder pricing");
    }

    @Test
    void outputMayNotNameAScenarioNorTheScenariosFolder() {
        assertThat(
                        ws.runFailing(2, "scenario", "balanced", "-o", "scenarios/balanced.yaml")
                                .errorLine())
                .startsWith(
                        "error: --output: scenarios/balanced.yaml is in the scenarios folder scenarios");
        assertThat(ws.runFailing(2, "lint", "-o", "scenarios").errorLine())
                .startsWith("error: --output: scenarios is the scenarios folder scenarios");
    }

    @Test
    void outputMayNotNameTheAgainstFile() {
        ws.write("last.csv", Workspace.PUBLISHED);
        assertThat(
                        ws.runFailing(
                                        2,
                                        "recompute",
                                        "--against",
                                        "last.csv",
                                        "-f",
                                        "csv",
                                        "-o",
                                        "./last.csv")
                                .errorLine())
                .startsWith("error: --output: ./last.csv is the --against file");
    }

    @Test
    void otherSpellingsOfAnInputAreCaught() throws IOException {
        Files.createDirectories(dir.resolve("work"));
        Files.createSymbolicLink(dir.resolve("sheet-link.yaml"), Path.of("pricing/groq.yaml"));
        Files.createSymbolicLink(dir.resolve("sheets-link"), Path.of("pricing"));
        Files.createSymbolicLink(dir.resolve("to-nowhere.yaml"), Path.of("pricing/not-yet.yaml"));

        assertThat(ws.runFailing(2, "models", "-o", "work/../pricing/groq.yaml").errorLine())
                .contains("is in the sheets folder pricing");
        assertThat(ws.runFailing(2, "models", "-o", "sheet-link.yaml").errorLine())
                .startsWith("error: --output: sheet-link.yaml is in the sheets folder pricing");
        assertThat(ws.runFailing(2, "models", "-o", "sheets-link/models.txt").errorLine())
                .contains("is in the sheets folder pricing");
        assertThat(ws.runFailing(2, "models", "-o", "to-nowhere.yaml").errorLine())
                .contains("is in the sheets folder pricing");
        assertThat(
                        Cli.run(
                                        dir.resolve("work"),
                                        "--sheets",
                                        "../pricing",
                                        "models",
                                        "-o",
                                        "../pricing/groq.yaml")
                                .assertError(2)
                                .errorLine())
                .contains("is in the sheets folder ../pricing");
    }

    @Test
    void aReportOutsideTheInputsIsStillWritten() {
        ws.run("models", "-f", "csv", "-o", "reports/models.csv").assertOk();
        assertThat(ws.read("reports/models.csv")).startsWith("provider,model,");
    }

    @Test
    void exportMayNotBeTheSheetsOrScenariosFolderOrInThem() {
        assertThat(
                        ws.runFailing(2, "scenario", "balanced", "--export", "litellm", "pricing")
                                .errorLine())
                .startsWith("error: --export litellm: pricing is the sheets folder pricing");
        assertThat(
                        ws.runFailing(
                                        2,
                                        "scenario",
                                        "balanced",
                                        "--export",
                                        "litellm",
                                        "scenarios/proxy")
                                .errorLine())
                .startsWith(
                        "error: --export litellm: scenarios/proxy is in the scenarios folder scenarios");
    }

    @Test
    void anExportFileThatIsALinkIsRefusedNotFollowed() throws IOException {
        Files.createDirectories(dir.resolve("proxy"));
        Files.createSymbolicLink(dir.resolve("proxy/config.yaml"), Path.of("../pricing/groq.yaml"));

        Cli result = ws.runFailing(1, "scenario", "balanced", "--export", "litellm", "proxy");

        assertThat(result.errorLine())
                .startsWith(
                        "error: cannot write the LiteLLM export to proxy: proxy/config.yaml: "
                                + "is a symbolic link");
    }
}
