package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Only the invoked subcommand is built; help, suggestions and odd argument orders still see all.
 */
class SubcommandRegistrationTest {
    @Test
    void aCommandLineNamingOneCommandRegistersOnlyIt() {
        assertThat(PricingCommand.subcommandsFor("--sheets", "x", "models", "--provider", "groq"))
                .containsExactly(ModelsCommand.class);
    }

    @Test
    void aWordThatIsAlsoAnOptionValueRegistersBoth() {
        // a folder called "models" given to --sheets: both names are registered, picocli decides
        assertThat(PricingCommand.subcommandsFor("--sheets", "models", "recompute"))
                .containsExactly(ModelsCommand.class, RecomputeCommand.class);
        assertThat(
                        Cli.run(
                                        "--sheets",
                                        Cli.PROJECT.resolve("pricing").toString(),
                                        "models",
                                        "--provider",
                                        "groq")
                                .assertOk()
                                .out())
                .contains("groq      llama-3.1-8b-instant");
    }

    @Test
    void noCommandOrHelpRegistersEveryCommandAsAnOutline() {
        for (String[] args :
                List.of(new String[0], new String[] {"--help"}, new String[] {"modles"})) {
            assertThat(PricingCommand.subcommandsFor(args)).as(String.join(" ", args)).isEmpty();
            assertThat(PricingCommand.outlinesFor(args))
                    .as(String.join(" ", args))
                    .isEqualTo(PricingCommand.SUBCOMMANDS);
        }
        assertThat(Cli.run("modles").assertError(2).errorLine()).contains("did you mean: models");
    }

    @Test
    void helpAndCompletionBuildEveryCommand() {
        assertThat(PricingCommand.subcommandsFor("help", "models"))
                .isEqualTo(PricingCommand.SUBCOMMANDS);
        assertThat(PricingCommand.outlinesFor("help", "models")).isEmpty();
        assertThat(PricingCommand.subcommandsFor("generate-completion"))
                .isEqualTo(PricingCommand.SUBCOMMANDS);
    }

    @Test
    void theVersionAloneRegistersNoCommand() {
        assertThat(PricingCommand.subcommandsFor("--version")).isEmpty();
        assertThat(PricingCommand.outlinesFor("--version")).isEmpty();
        assertThat(PricingCommand.outlinesFor("-V")).isEmpty();
        assertThat(Cli.run("--version").assertOk().out()).startsWith("pricing ");
    }

    @Test
    void aNamedCommandGetsNoOutlinesUnlessTheTopHelpIsAsked() {
        assertThat(PricingCommand.outlinesFor("models", "--provider", "groq")).isEmpty();
        // -h before the command is the top command's help: every command listed
        List<Class<?>> outlines = PricingCommand.outlinesFor("-h", "models");
        assertThat(outlines).doesNotContain(ModelsCommand.class).hasSize(14);
        assertThat(Cli.run("-h", "models").assertOk().out())
                .contains("  models  ", "  recompute  ", "  margin  ");
    }

    @Test
    void everyCommandHasItsOwnName() {
        assertThat(
                        PricingCommand.SUBCOMMANDS.stream()
                                .map(c -> c.getAnnotation(CommandLine.Command.class).name()))
                .doesNotHaveDuplicates()
                .contains("models", "recompute", "usage", "help");
    }

    @Test
    void theNamesWrittenBesideTheClassesAreTheirCommandNames() {
        PricingCommand.BY_NAME.forEach(
                (name, command) ->
                        assertThat(command.getAnnotation(CommandLine.Command.class).name())
                                .as(command.getName())
                                .isEqualTo(name));
        assertThat(PricingCommand.BY_NAME).hasSize(15);
    }
}
