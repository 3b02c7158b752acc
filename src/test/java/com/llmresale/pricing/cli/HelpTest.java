package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's help fits an 80-column terminal and says what it must. */
class HelpTest {
    static Stream<String> commands() {
        return Stream.concat(
                Stream.of(""),
                PricingCommand.SUBCOMMANDS.stream()
                        .map(c -> c.getAnnotation(CommandLine.Command.class).name()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpFitsEightyColumns(String command) {
        Cli help = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        help.assertOk();
        assertThat(help.out()).as(help.describe()).contains("Usage: pricing");
        assertThat(help.out().lines().filter(l -> l.length() > 80)).as(help.describe()).isEmpty();
    }

    /**
     * picocli wraps a footer line longer than the terminal at column 0, which breaks an example in
     * two: every line of the examples is one indented line (long ones continue with a backslash or
     * put the explanation on the next line).
     */
    @ParameterizedTest
    @MethodSource("commands")
    void everyExampleLineIsIndentedNoneWrapped(String command) {
        Cli help = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        String out = help.assertOk().out();
        int start = out.indexOf("Examples:\n");
        if (start < 0) {
            return;
        }
        List<String> examples =
                out.substring(start + "Examples:\n".length())
                        .lines()
                        .takeWhile(l -> !l.isEmpty())
                        .toList();
        assertThat(examples).as(help.describe()).isNotEmpty().allMatch(l -> l.startsWith("  "));
    }

    /**
     * picocli formats a description with String.format: a lone % prints a warning and the raw text.
     */
    @Test
    void noHelpTextHasAnUnescapedPercentSign() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        CommandLine all =
                PricingCli.create(
                        new PricingCommand(Cli.PROJECT, Clock.systemUTC()),
                        none,
                        none,
                        PricingCommand.SUBCOMMANDS);
        List<String> bad = new ArrayList<>();
        for (CommandLine cmd : all.getSubcommands().values()) {
            CommandSpec spec = cmd.getCommandSpec();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            texts.addAll(List.of(spec.usageMessage().footer()));
            texts.stream()
                    .filter(t -> t.replace("%%", "").replace("%n", "").contains("%"))
                    .forEach(t -> bad.add(spec.qualifiedName() + ": " + t));
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void lintHelpListsEveryLintCode() {
        String help = Cli.run("lint", "--help").assertOk().out();
        // the codes as the engine reports them (LintCodeTest-independent: spelled out here)
        assertThat(help)
                .contains(
                        "Codes:",
                        "  pin_vs_family ",
                        "  pin_vs_price ",
                        "  pin_off_step ",
                        "  family_spread ",
                        "  stale_prices ",
                        "  no_updated_date ",
                        "  updated_in_future ",
                        "  zero_price_not_free ",
                        "  free_but_priced ",
                        "  credits_round_to_zero ",
                        "  baseline_not_one ",
                        "  recommendation_without_model ",
                        "  price_vs_upstream ");
        assertThat(Cli.run("help", "lint").assertOk().out()).isEqualTo(help);
    }

    @Test
    void helpForAMistypedCommandSuggestsTheClosest() {
        assertThat(Cli.run("help", "lnt").assertError(2).errorLine())
                .isEqualTo("error: unknown command 'lnt' (did you mean: lint?)");
        assertThat(Cli.run("help", "modles").assertError(2).errorLine())
                .startsWith("error: unknown command 'modles' (did you mean: models");
        assertThat(Cli.run("help", "xyzzy").assertError(2).errorLine())
                .isEqualTo("error: unknown command 'xyzzy'");
    }

    @Test
    void onlySuggestionsATypoAwayAreShown() {
        // picocli also offers generate-completion and margin for "scenarioo", estimate for "modles"
        assertThat(Cli.run("scenarioo").assertError(2).errorLine())
                .isEqualTo("error: unknown command 'scenarioo' (did you mean: scenario?)");
        assertThat(Cli.run("modles").assertError(2).errorLine())
                .isEqualTo("error: unknown command 'modles' (did you mean: models?)");
        assertThat(Cli.run("models", "--provder", "groq").assertError(2).errorLine())
                .isEqualTo("error: unknown option '--provder' (did you mean: --provider?)");
    }

    @Test
    void exportWithoutItsFolderSaysSoInPlainWords() {
        assertThat(
                        Cli.run("scenario", "balanced", "--export", "litellm")
                                .assertError(2)
                                .errorLine())
                .isEqualTo(
                        "error: --export litellm: give the folder to write the proxy files into: --export litellm DIR");
        assertThat(
                        Cli.run("scenario", "balanced", "--export", "litellm", "--sensitivity")
                                .assertError(2)
                                .errorLine())
                .isEqualTo(
                        "error: --export litellm: give the folder to write the proxy files into: "
                                + "--export litellm DIR");
        assertThat(Cli.run("scenario", "balanced", "--export").assertError(2).errorLine())
                .isEqualTo("error: --export: say what to export and where: --export litellm DIR");
    }
}
