package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One {@code --provider} syntax: repeatable, comma-separated, any case, on every command that takes
 * it.
 */
class ProviderListTest {
    private static List<String> rows(String csv) {
        return csv.lines().skip(1).toList();
    }

    @Test
    void modelsTakesACommaListOrTheOptionTwiceAndListsBothProvidersRows() {
        String groq = Cli.run("models", "--provider", "groq", "-f", "csv").assertOk().out();
        String together = Cli.run("models", "--provider", "together", "-f", "csv").assertOk().out();
        String expected = groq + String.join("\n", rows(together)) + "\n";
        assertThat(Cli.run("models", "--provider", "groq,together", "-f", "csv").assertOk().out())
                .isEqualTo(expected);
        assertThat(
                        Cli.run(
                                        "models",
                                        "--provider",
                                        "groq",
                                        "--provider",
                                        "together",
                                        "-f",
                                        "csv")
                                .assertOk()
                                .out())
                .isEqualTo(expected);
        assertThat(Cli.run("models", "--provider", "Together,GROQ", "-f", "csv").assertOk().out())
                .isEqualTo(expected);
        assertThat(Cli.run("models", "--provider=groq,groq", "-f", "csv").assertOk().out())
                .isEqualTo(groq);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiers", "lint", "margin", "recompute"})
    void everyReportOfSeveralProvidersHoldsEachOnesRows(String command) {
        List<String> extra =
                command.equals("margin") ? List.of("--scenario", "balanced") : List.of();
        List<String> both = rows(run(command, extra, "groq,openai"));
        List<String> each =
                Stream.concat(
                                rows(run(command, extra, "groq")).stream(),
                                rows(run(command, extra, "openai")).stream())
                        .toList();
        assertThat(both).isNotEmpty().containsExactlyInAnyOrderElementsOf(each);
    }

    private static String run(String command, List<String> extra, String providers) {
        List<String> args =
                new java.util.ArrayList<>(List.of(command, "--provider", providers, "-f", "csv"));
        args.addAll(extra);
        return Cli.run(args.toArray(String[]::new)).assertOk().out();
    }

    @Test
    void anUnknownIdInTheListIsNamedWithSuggestions() {
        assertThat(Cli.run("models", "--provider", "groq,togther").assertError(2).errorLine())
                .startsWith(
                        "error: --provider: no sheet for provider 'togther' (did you mean: together");
    }
}
