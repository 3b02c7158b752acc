package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Usage errors exit 2 with one error line and a pointer to --help; help and version work
 * everywhere.
 */
class UsageTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "models --nope",
                "models --format yaml",
                "recompute --provider nobody",
                "nosuchcommand",
                "--sheets /no/such/folder models",
                ""
            })
    void usageErrorsExitTwo(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Cli result = Cli.run(args);

        assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
        assertThat(result.out()).as(result.describe()).isEmpty();
        assertThat(result.errorLine()).as(result.describe()).startsWith("error: ");
        assertThat(result.err()).as(result.describe()).doesNotContain("\tat ");
        assertThat(result.err().lines().toList()).as(result.describe()).hasSize(1);
        assertThat(result.err().strip()).as(result.describe()).endsWith("--help')");
    }

    @Test
    void unknownProviderNamesTheKnownOnes() {
        assertThat(Cli.run("models", "--provider", "nobody").errorLine())
                .isEqualTo(
                        "error: --provider: no sheet for provider 'nobody' (known: anthropic, gemini, groq, openai, together)");
    }

    @Test
    void aMistypedCommandNamesTheClosestCommands() {
        // picocli's suggester: the closest first
        assertThat(Cli.run("modles").assertError(2).errorLine())
                .startsWith("error: unknown command 'modles' (did you mean: models");
        assertThat(Cli.run("zzz").assertError(2).errorLine())
                .isEqualTo("error: unknown command 'zzz'");
    }

    @Test
    void aProviderIdIsCaseInsensitiveAndAMistypedOneGetsSuggestions() {
        assertThat(Cli.run("models", "--provider", "GROQ").assertOk().out())
                .isEqualTo(Cli.run("models", "--provider", "groq").assertOk().out());
        assertThat(Cli.run("tiers", "--provider", "grok").assertError(2).errorLine())
                .isEqualTo("error: --provider: no sheet for provider 'grok' (did you mean: groq?)");
    }

    @Test
    void aDecimalOptionThatIsNotANumberSaysSoInPlainWords() {
        assertThat(Cli.run("scenario", "balanced", "--price", "abc").assertError(2).errorLine())
                .isEqualTo("error: Invalid value for option '--price': 'abc' is not a number");
        assertThat(Cli.run("roi", "--training-usd", "1,5").assertError(2).errorLine())
                .isEqualTo(
                        "error: Invalid value for option '--training-usd': '1,5' is not a number");
    }

    @Test
    void aWholeNumberOptionSaysWhatIsWrongInPlainWords() {
        assertThat(Cli.run("scenario", "balanced", "--users", "1.5").assertError(2).errorLine())
                .isEqualTo(
                        "error: Invalid value for option '--users': '1.5' is not a whole number");
        assertThat(Cli.run("compare", "--top", "abc").assertError(2).errorLine())
                .isEqualTo("error: Invalid value for option '--top': 'abc' is not a whole number");
        assertThat(
                        Cli.run("scenario", "balanced", "--users", "5000000000")
                                .assertError(2)
                                .errorLine())
                .isEqualTo(
                        "error: Invalid value for option '--users': '5000000000' is too large (at most 2147483647)");
    }

    @Test
    void aMistypedOptionNamesTheClosestOptionsAndAStrayArgumentIsNamed() {
        assertThat(Cli.run("models", "--provder", "groq").assertError(2).errorLine())
                .isEqualTo("error: unknown option '--provder' (did you mean: --provider?)");
        assertThat(Cli.run("models", "extra").assertError(2).errorLine())
                .isEqualTo("error: unexpected argument 'extra'");
    }

    @Test
    void aFolderOptionNamingAFileSaysSo() {
        assertThat(
                        Cli.run("--scenarios", "README.md", "scenario", "list")
                                .assertError(2)
                                .errorLine())
                .isEqualTo("error: --scenarios: README.md is a file, not a folder");
        assertThat(Cli.run("--sheets", "no/such/dir", "models").assertError(2).errorLine())
                .isEqualTo("error: --sheets: folder not found: no/such/dir");
    }

    @Test
    void noCommandListsTheCommands() {
        assertThat(Cli.run().assertError(2).errorLine())
                .isEqualTo(
                        "error: missing command: one of models, recompute, tiers, compare, lint, scenario, estimate, roi, decide, usage, import, sync, margin");
    }

    @Test
    void badFormatSaysWhatIsAllowed() {
        assertThat(Cli.run("models", "-f", "yaml").errorLine())
                .contains("'yaml' is not a format (expected table, csv, json, markdown or html)");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheSubcommand() {
        String before = Cli.run("--format", "csv", "models", "--provider", "groq").assertOk().out();
        String after = Cli.run("models", "--provider", "groq", "--format", "csv").assertOk().out();

        assertThat(before).isEqualTo(after).startsWith("provider,model,input_usd_per_mtok,");
    }

    @Test
    void helpShowsExamples() {
        assertThat(Cli.run("--help").assertOk().out())
                .contains("Examples:")
                .contains("recompute")
                .contains("models");
        assertThat(Cli.run("recompute", "--help").assertOk().out())
                .contains("--against=FILE")
                .contains("--write")
                .contains("Examples:");
    }

    @Test
    void versionIsPrinted() {
        assertThat(Cli.run("--version").assertOk().out()).startsWith("pricing ");
        assertThat(Cli.run("models", "--version").assertOk().out()).startsWith("pricing ");
    }
}
