package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code -o FILE} without {@code --format}: the file's extension picks the format; a contradiction
 * is refused.
 */
class OutputExtensionTest {
    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource({
        "groq.csv, csv",
        "groq.json, json",
        "groq.md, markdown",
        "GROQ.MD, markdown",
        "groq.html, html",
        "groq.txt, table",
        "groq.out, table",
        "groq, table"
    })
    void theExtensionPicksTheFormat(String file, String format) {
        Workspace ws = Workspace.withGroq(dir);
        ws.run("models", "-o", file).assertOk();
        String stdout = ws.run("models", "-f", format).assertOk().out();
        assertThat(ws.read(file)).isEqualTo(stdout);
    }

    @Test
    void aCsvFileHoldsTheContractsColumns() {
        Workspace ws = Workspace.withGroq(dir);
        ws.run("tiers", "-o", "tiers.csv").assertOk();
        assertThat(ws.read("tiers.csv")).startsWith("tier,provider,model,");
    }

    @Test
    void anExplicitFormatThatAgreesOrATxtFileIsAccepted() {
        Workspace ws = Workspace.withGroq(dir);
        ws.run("models", "-f", "csv", "-o", "a.csv").assertOk();
        ws.run("models", "-f", "csv", "-o", "a.txt").assertOk();
        assertThat(ws.read("a.txt")).isEqualTo(ws.read("a.csv")).startsWith("provider,model,");
    }

    @Test
    void aFormatTheExtensionContradictsIsAUsageErrorAndWritesNothing() {
        Workspace ws = Workspace.withGroq(dir);
        Cli result = ws.runFailing(2, "models", "-f", "json", "-o", "x.csv");
        assertThat(result.errorLine())
                .isEqualTo(
                        "error: --format json contradicts --output x.csv (a csv file name); drop --format or "
                                + "name the file for json");
        assertThat(dir.resolve("x.csv")).doesNotExist();
        ws.runFailing(2, "-o", "page.html", "tiers", "--format", "markdown");
    }
}
