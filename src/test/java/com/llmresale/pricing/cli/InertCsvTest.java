package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV the tool writes is inert in a spreadsheet: a text cell never starts with = + - @ tab or
 * CR (OWASP: such a cell gets a leading ' and is quoted), numbers stay plain decimals, and the
 * published file reads a neutralised id back as the same id.
 */
class InertCsvTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil\",\"x\")";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /**
     * avg $0.065 = 0.2x = 4 credits; $0.125 = 0.4x = 8; $0.375 = 1.2x (HALF_EVEN) = 24; $0.69 =
     * 2.3x = 46.
     */
    static final String SHEET =
            """
            provider: groq
            name: Groq
            currency: USD
            updated: 2025-11-03
            models:
              - id: "=HYPERLINK(\\"http://evil\\",\\"x\\")"
                input: 0.05
                output: 0.08
                family: "@SUM(1+1)"
              - id: "-2+3"
                input: 0.05
                output: 0.20
                family: "@SUM(1+1)"
              - id: "+cmd|' /C calc'!A0"
                input: 0.15
                output: 0.60
              - id: "'=already"
                input: 0.59
                output: 0.79
              - id: "'plain"
                input: 0.59
                output: 0.79
              - id: pinned
                credits: 200
                family: "@SUM(1+1)"
            """;

    /**
     * The hypertext id as a neutralised cell; "-2+3" as an older file wrote it, not neutralised.
     */
    static final String PUBLISHED =
            """
            provider,model,credits
            groq,"'=HYPERLINK(""http://evil"",""x"")",6
            groq,-2+3,12
            """;

    @TempDir Path dir;

    private Workspace hostile() throws IOException {
        Workspace ws = new Workspace(dir);
        ws.write("pricing/groq.yaml", SHEET);
        ws.write("pricing/published-credits.csv", PUBLISHED);
        String balanced = Files.readString(Cli.PROJECT.resolve("scenarios/balanced.yaml"));
        String mix =
                """
                mix:
                  - alias: "@alias"
                    provider: groq
                    model: "=HYPERLINK(\\"http://evil\\",\\"x\\")"
                    weight: 60
                  - alias: "-minus"
                    provider: groq
                    model: "-2+3"
                    weight: 40
                """;
        String scenario =
                balanced.replace("name: balanced\n", "")
                        .replace("description: \"Seed 004 plan", "description: \"+Seed 004 plan")
                        .replaceAll(
                                "(?s)\nmix:.*\n(# What the seed claims)",
                                java.util.regex.Matcher.quoteReplacement("\n" + mix) + "$1");
        ws.write("scenarios/=1+1.yaml", scenario);
        ws.write(
                "scenarios/roi/@roi.yaml",
                Files.readString(Cli.PROJECT.resolve("scenarios/roi/seed-003.yaml")));
        return ws;
    }

    /**
     * Every cell of {@code csv}: a plain decimal, or text that starts with none of = + - @ tab CR.
     */
    private static void assertInert(String csv, String what) {
        List<CSVRecord> records = parse(csv);
        assertThat(records).as(what).isNotEmpty();
        for (CSVRecord r : records) {
            for (String cell : r) {
                if (!PLAIN_NUMBER.matcher(cell).matches()) {
                    assertThat(cell)
                            .as(what + ": cell on line " + r.getRecordNumber() + "\n" + csv)
                            .doesNotStartWith("=")
                            .doesNotStartWith("+")
                            .doesNotStartWith("-")
                            .doesNotStartWith("@")
                            .doesNotStartWith("\t")
                            .doesNotStartWith("\r");
                }
            }
        }
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return new ArrayList<>(CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCsvExportIsInert() throws IOException {
        Workspace ws = hostile();
        List<String[]> commands =
                List.of(
                        new String[] {"models", "--all", "-f", "csv"},
                        new String[] {"recompute", "-f", "csv"},
                        new String[] {"tiers", "-f", "csv"},
                        new String[] {"compare", "-f", "csv"},
                        new String[] {"lint", "-f", "csv"},
                        new String[] {
                            "estimate",
                            "groq:-2+3",
                            "--input-tokens",
                            "100",
                            "--output-tokens",
                            "10",
                            "-f",
                            "csv"
                        },
                        new String[] {"scenario", "=1+1", "-f", "csv"},
                        new String[] {
                            "scenario",
                            "=1+1",
                            "--sensitivity",
                            "--grid-users",
                            "10",
                            "--grid-prices",
                            "800",
                            "-f",
                            "csv"
                        },
                        new String[] {"scenario", "list", "-f", "csv"},
                        new String[] {"roi", "--example", "@roi", "-f", "csv"});
        for (String[] args : commands) {
            Cli result = ws.run(args);
            assertThat(result.exitCode()).as(result.describe()).isZero();
            assertInert(result.out(), result.command());
        }
    }

    @Test
    void aHostileIdIsQuotedWithALeadingApostropheAndNegativeNumbersStayNumbers()
            throws IOException {
        Cli result = hostile().run("recompute", "-f", "csv").assertOk();

        assertThat(result.out())
                // the published "'=HYPERLINK..." read back as the sheet's id: 6 -> 4 is a move, not
                // new + removed
                .contains(
                        "groq,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",0.05,0.08,0.065,0.2,4,ULTRA_CHEAP,false,6,-33.3,decreased,")
                // an older file's plain "-2+3" is read as it stands; 12 -> 8 is -33.3% (a number:
                // not neutralised)
                .contains(
                        "groq,\"'-2+3\",0.05,0.20,0.125,0.4,8,ULTRA_CHEAP,false,12,-33.3,decreased,")
                .contains(",\"'@SUM(1+1)\",");
    }

    @Test
    void thePublishedFileIsInertAndReadsBackAsTheSameIds() throws IOException {
        Workspace ws = hostile();
        Cli write = ws.run("recompute", "--write");
        assertThat(write.exitCode()).as(write.describe()).isZero();

        // sorted by provider and model: ' < + < - < = < p; "'=already" gets a second ' so that it
        // reads back as itself
        assertThat(ws.read("pricing/published-credits.csv"))
                .isEqualTo(
                        """
                provider,model,credits
                groq,"''=already",46
                groq,'plain,46
                groq,"'+cmd|' /C calc'!A0",24
                groq,"'-2+3",8
                groq,"'=HYPERLINK(""http://evil"",""x"")",4
                groq,pinned,200
                """);
        Cli again = ws.run("recompute", "-f", "csv").assertOk();
        List<CSVRecord> rows = parse(again.out());
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r.get(1) + " " + r.get(11))
                .containsExactlyInAnyOrder(
                        "''=already unchanged",
                        "'plain unchanged",
                        "'+cmd|' /C calc'!A0 unchanged",
                        "'-2+3 unchanged",
                        "'" + HYPERLINK + " unchanged",
                        "pinned unchanged");
    }
}
