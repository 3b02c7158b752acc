package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html} through the command line: hostile names stay text, every command has a
 * page.
 */
class HtmlOutputTest {
    private static final String HEADER =
            "request_id,spend,prompt_tokens,completion_tokens,startTime,model,"
                    + "custom_llm_provider,user,status";

    @Test
    void hostileUserAndModelNamesAreEscapedInTablesAndCharts(@TempDir Path dir) throws Exception {
        Path logs = dir.resolve("logs.csv");
        Files.writeString(
                logs,
                HEADER
                        + "\n"
                        + "r1,0.001,1000,100,2025-11-03 10:00:00.000,claude-haiku-4-5,anthropic,<script>alert(1)</script>,success\n"
                        + "r2,0.002,2000,100,2025-11-03 11:00:00.000,<img src=x onerror=alert(2)>,anthropic,\"\"\"&'\",success\n",
                StandardCharsets.UTF_8);
        Cli r =
                Cli.run(
                        dir,
                        "usage",
                        "logs.csv",
                        "--format",
                        "html",
                        "--sheets",
                        Cli.PROJECT.resolve("pricing").toString());
        assertThat(r.exitCode()).as(r.describe()).isZero();
        String page = r.out();
        assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("\"&'");
        // the user in the top-users table and chart (label and tooltip)
        assertThat(page)
                .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt;</text>")
                .contains("<td>&quot;&amp;&#39;</td>")
                // the unpriced model (not in the sheets) in its table
                .contains("<td>&lt;img src=x onerror=alert(2)&gt;</td>");
    }

    @Test
    void everyCommandHasAPageAndTheFormatIsNamedInErrors() {
        Cli models = Cli.run("models", "--format", "HTML").assertOk();
        assertThat(models.out())
                .startsWith("<!DOCTYPE html>")
                .contains("<table>")
                .doesNotContain("<svg");
        Cli bad = Cli.run("models", "--format", "htm");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("expected table, csv, json, markdown or html");
    }

    @Test
    void aPageWrittenWithOutputIsTheSameAsStdout(@TempDir Path dir) throws Exception {
        Cli shown = Cli.run("tiers", "--format", "html").assertOk();
        Path file = dir.resolve("tiers.html");
        Cli.run("tiers", "--format", "html", "--output", file.toString()).assertOk();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(shown.out());
    }
}
