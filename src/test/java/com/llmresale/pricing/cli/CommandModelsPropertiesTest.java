package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Any command line, not only the golden files' and the listed bad ones, parses to the same values
 * or the same error with the generated models as with the models picocli builds from the
 * annotations ({@link CommandModelsTest}): words drawn from every command name and option name and
 * from values of every kind the options take.
 */
class CommandModelsPropertiesTest {
    @Property(tries = 300)
    void anyCommandLineParsesAlikeWithBothModels(@ForAll("commandLines") List<String> args) {
        assertThat(CommandModelsTest.parse(CommandModelsTest.generated(), args))
                .as(String.join(" ", args))
                .isEqualTo(CommandModelsTest.parse(CommandModelsTest.annotated(), args));
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        List<String> words = new ArrayList<>(vocabulary());
        Arbitrary<String> word = Arbitraries.of(words);
        Arbitrary<String> command =
                Arbitraries.of(new ArrayList<>(PricingCommand.BY_NAME.keySet()));
        // mostly a command first, as people type them; sometimes anywhere
        return Arbitraries.oneOf(
                word.list().ofMaxSize(8),
                command.flatMap(c -> word.list().ofMaxSize(7).map(rest -> prepend(c, rest))));
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Every command's and option's name, and values of each kind (some bad). */
    private static TreeSet<String> vocabulary() {
        TreeSet<String> words = new TreeSet<>(PricingCommand.BY_NAME.keySet());
        CommandLine cmd = CommandModelsTest.annotated();
        addOptions(words, cmd);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            addOptions(words, sub);
        }
        words.addAll(
                List.of(
                        "0",
                        "1",
                        "-1",
                        "3",
                        "0.5",
                        "1e3",
                        "x",
                        "a,b",
                        "1,,2",
                        "-",
                        "--",
                        "",
                        "2025-06-01",
                        "2025-13-01",
                        "json",
                        "CSV",
                        "tr",
                        "en",
                        "xx",
                        "litellm",
                        "file",
                        "allowance",
                        "balanced",
                        "seed-003",
                        "groq,together",
                        "anthropic:claude-haiku-4-5",
                        "out.csv",
                        "--top=2",
                        "-fjson"));
        return words;
    }

    private static void addOptions(TreeSet<String> words, CommandLine cmd) {
        for (OptionSpec option : cmd.getCommandSpec().options()) {
            words.addAll(List.of(option.names()));
        }
    }
}
