package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input gives one line on stderr naming file, line and field, exit 1, no stack
 * trace, and leaves every file as it was, even with {@code --write} and {@code --output}.
 */
class InvalidDataTest {
    @TempDir Path dir;

    private Cli failsWith(String... args) {
        Workspace ws = new Workspace(dir);
        String[] withWrite =
                java.util.stream.Stream.concat(
                                java.util.Arrays.stream(args),
                                java.util.stream.Stream.of("--write", "--output", "report.txt"))
                        .toArray(String[]::new);
        Cli result = ws.runFailing(1, withWrite);
        assertThat(result.err().lines().count()).as(result.describe()).isEqualTo(1);
        return result;
    }

    private Workspace groqWith(String sheet) {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", sheet);
        return ws;
    }

    @Test
    void yamlSyntaxError() {
        groqWith("provider: groq\ncurrency: USD\nmodels:\n  - id: a\n    input: [0.1\n");
        assertThat(failsWith("recompute").errorLine())
                .startsWith("error: pricing/groq.yaml:")
                .contains("not valid YAML");
    }

    @Test
    void yamlSyntaxErrorNamesTheProblemAndItsLine() {
        // a tab on line 5; SnakeYAML's context ("while scanning...") would point at line 4
        groqWith("provider: groq\nname: Groq\ncurrency: USD\nmodels:\n\t- id: a\n");
        assertThat(failsWith("recompute").errorLine())
                .startsWith(
                        "error: pricing/groq.yaml:5: not valid YAML: found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void aBadIndentSaysWhereAndWhatUsuallyCausesIt() {
        groqWith(Workspace.GROQ.replace("    output: 0.08\n", "   output: 0.08\n"));
        assertThat(failsWith("recompute").errorLine())
                .startsWith("error: pricing/groq.yaml:")
                .contains("not valid YAML: expected <block end>")
                .endsWith("(check the indentation of this line and the one above)");
    }

    @Test
    void aSecondYamlDocumentIsAnErrorNotSilentlyDropped() {
        groqWith(Workspace.GROQ + "---\nmodels: []\n");
        assertThat(failsWith("recompute").errorLine())
                .matches(
                        "error: pricing/groq\\.yaml:\\d+: a second YAML document \\(after '---'\\): one file holds one document");
    }

    @Test
    void aSheetThatIsNotUtf8NamesTheLine() throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        String sheet = Workspace.GROQ.replace("id: llama-3.1-8b-instant", "id: llama-caf\u00e9");
        java.nio.file.Files.write(
                dir.resolve("pricing/groq.yaml"),
                sheet.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        int line = (int) sheet.lines().takeWhile(l -> !l.contains("caf")).count() + 1;
        assertThat(ws).isNotNull();
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:"
                                + line
                                + ": not UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void unknownField() {
        groqWith(Workspace.GROQ.replace("    family: gpt-oss-20b", "    familly: gpt-oss-20b"));
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:12: models[openai/gpt-oss-20b].familly: unknown field "
                                + "(expected one of: active, aliases, cache_write, cached_input, credits, family, free, history, id, input, kind, "
                                + "moe, note, output, params, source, tags, tiers, upstream)");
    }

    @Test
    void unknownTopLevelField() {
        groqWith("currencyy: USD\n" + Workspace.GROQ);
        assertThat(failsWith("recompute").errorLine())
                .startsWith("error: pricing/groq.yaml:1: currencyy: unknown field");
    }

    @Test
    void missingPrice() {
        groqWith(Workspace.GROQ.replace("    output: 0.08\n", ""));
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:6: models[llama-3.1-8b-instant].output: missing (input is given; give both, or pin `credits`)");
    }

    @Test
    void negativePrice() {
        groqWith(
                Workspace.GROQ.replace(
                        "input: 0.05\n    output: 0.08", "input: -0.05\n    output: 0.08"));
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:7: models[llama-3.1-8b-instant].input: must not be negative, got -0.05");
    }

    @Test
    void absurdlyLargePrice() {
        groqWith(
                Workspace.GROQ.replace(
                        "input: 0.05\n    output: 0.08", "input: 100000000000\n    output: 0.08"));
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:7: models[llama-3.1-8b-instant].input: 100000000000 is above the "
                                + "largest price accepted (1000000 per 1M tokens): a typo?");
    }

    @Test
    void nonNumericPrice() {
        groqWith(Workspace.GROQ.replace("output: 0.20", "output: $0.20"));
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:11: models[openai/gpt-oss-20b].output: not a number: '$0.20'");
    }

    @Test
    void modelWithNeitherPricesNorPinnedCredits() {
        groqWith(Workspace.GROQ + "  - id: mystery\n    family: unknown\n");
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:13: models[mystery].input/output: missing: an active model needs input and output prices or pinned credits");
    }

    @Test
    void duplicateModelId() {
        groqWith(Workspace.GROQ + "  - id: llama-3.1-8b-instant\n    input: 1\n    output: 1\n");
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:13: models[llama-3.1-8b-instant].id: duplicate model id 'llama-3.1-8b-instant' (first on line 6)");
    }

    @Test
    void twoSheetsWithOneProviderId() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq-copy.yaml", Workspace.GROQ);
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/groq.yaml:1: provider: 'groq' is already declared by pricing/groq-copy.yaml");
    }

    @Test
    void missingBaseline() {
        Workspace.withGroq(dir).write("pricing/settings.yaml", "credits_per_multiplier: 20\n");
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo("error: pricing/settings.yaml:1: baseline: missing");
    }

    @Test
    void zeroBaseline() {
        Workspace.withGroq(dir)
                .write(
                        "pricing/settings.yaml",
                        "baseline:\n  model: gemini-2.5-flash\n  avg_usd_per_mtok: 0\n");
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/settings.yaml:3: baseline.avg_usd_per_mtok: must be greater than 0, got 0");
    }

    @Test
    void tierBandsOutOfOrder() {
        Workspace.withGroq(dir)
                .write(
                        "pricing/settings.yaml",
                        """
                baseline:
                  model: gemini-2.5-flash
                  avg_usd_per_mtok: 0.30
                tiers:
                  - {tier: FREE, min_multiplier: 0}
                  - {tier: ULTRA_CHEAP, min_multiplier: 0.1}
                  - {tier: CHEAP, min_multiplier: 0.5}
                  - {tier: AFFORDABLE, min_multiplier: 1.0}
                  - {tier: STANDARD, min_multiplier: 2.6}
                  - {tier: PREMIUM, min_multiplier: 1.6}
                  - {tier: FLAGSHIP, min_multiplier: 3.6}
                """);
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/settings.yaml:4: tiers: out of order: PREMIUM min_multiplier 1.6 must be above STANDARD's 2.6");
    }

    @Test
    void tierBandsFinerThanTheMultiplierScale() {
        Workspace.withGroq(dir)
                .write(
                        "pricing/settings.yaml",
                        """
                baseline: {model: gemini-2.5-flash, avg_usd_per_mtok: 0.30}
                multiplier_scale: 0
                """);
        assertThat(failsWith("recompute").errorLine())
                .isEqualTo(
                        "error: pricing/settings.yaml:1: tiers: ULTRA_CHEAP "
                                + "min_multiplier 0.1 has more decimals than multiplier_scale 0 (multipliers are rounded to that; give tiers that fit it)");
    }

    @Test
    void tiersInTheWrongSequence() {
        Workspace.withGroq(dir)
                .write(
                        "pricing/settings.yaml",
                        """
                baseline: {model: gemini-2.5-flash, avg_usd_per_mtok: 0.30}
                tiers:
                  - {tier: FREE, min_multiplier: 0}
                  - {tier: CHEAP, min_multiplier: 0.1}
                """);
        assertThat(failsWith("recompute").errorLine())
                .startsWith("error: pricing/settings.yaml:2: tiers: expected the 7 tiers");
    }

    @ParameterizedTest(name = "malformed --against: {0}")
    @ValueSource(
            strings = {
                "provider,model\ngroq,llama-3.1-8b-instant\n|missing column",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,six\n|against.csv:2: credits: 'six' is not a number",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,-4\n|against.csv:2: credits: must not be negative",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,4.5\n|against.csv:2: credits: must be a whole number",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,4\ngroq,llama-3.1-8b-instant,6\n|against.csv:3: model: duplicate row",
                "provider,model,credits\ngroq,llama-3.1-8b-instant\n|against.csv:2: expected 3 columns, got 2",
                "provider,model,credits\ngroq,\"llama,4\n|against.csv:2: not a readable CSV file: EOF reached before encapsulated token finished",
                "|against.csv: the file is empty (it needs a header line with at least: provider, model, credits)",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,2147483648\n|against.csv:2: credits: must be at most 100000000, got 2147483648",
            })
    void malformedAgainstCsv(String caseText) {
        String[] parts = caseText.split("\\|");
        Workspace.withGroq(dir).write("against.csv", parts[0]);
        assertThat(failsWith("recompute", "--against", "against.csv").errorLine())
                .contains(parts[1]);
    }

    @Test
    void aPinAboveTheCreditLimitIsAnErrorNotAnOverflow() {
        groqWith(
                Workspace.GROQ.replace(
                        "    output: 0.08\n", "    output: 0.08\n    credits: 2147483647\n"));
        assertThat(failsWith("recompute").errorLine())
                .matches(
                        "error: pricing/groq\\.yaml:\\d+: models\\[llama-3.1-8b-instant\\]\\.credits: must be at most 100000000, got 2147483647");
    }

    @Test
    void aWholeNumberTooLargeForItsFieldSaysSo() {
        groqWith(
                Workspace.GROQ.replace(
                        "    output: 0.08\n",
                        "    output: 0.08\n    credits: 99999999999999999999\n"));
        assertThat(failsWith("recompute").errorLine())
                .contains("credits: '99999999999999999999' is too large (at most 2147483647)");
    }

    @Test
    void anAgainstCsvThatIsNotUtf8SaysSo() throws Exception {
        Workspace.withGroq(dir);
        java.nio.file.Files.write(
                dir.resolve("against.csv"),
                "provider,model,credits\ngroq,caf\u00e9,4\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(failsWith("recompute", "--against", "against.csv").errorLine())
                .isEqualTo("error: against.csv: not UTF-8 text (save the CSV as UTF-8)");
    }

    @Test
    void aSpreadsheetHeaderAndProviderIdInAnyCaseAreTheSame() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write("against.csv", "Provider,Model,CREDITS\nGROQ,llama-3.1-8b-instant,6\n");
        String report =
                ws.run("recompute", "--against", "against.csv", "-f", "csv").assertOk().out();
        assertThat(report)
                .contains(
                        "groq,llama-3.1-8b-instant,0.05,0.08,0.065,0.2,4,ULTRA_CHEAP,false,6,-33.3,decreased");
    }

    @Test
    void missingAgainstFile() {
        Workspace.withGroq(dir);
        assertThat(failsWith("recompute", "--against", "nope.csv").errorLine())
                .isEqualTo("error: nope.csv: file not found");
    }

    @Test
    void verboseShowsTheStackTrace() {
        groqWith(Workspace.GROQ.replace("output: 0.20", "output: -1"));
        Cli result = Cli.run(dir, "recompute", "--verbose");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("error: pricing/groq.yaml:11: models[openai/gpt-oss-20b].output")
                .contains("\tat ");
    }
}
