package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    void noCommandOrHelpRegistersEveryCommand() {
        assertThat(PricingCommand.subcommandsFor()).isEqualTo(PricingCommand.SUBCOMMANDS);
        assertThat(PricingCommand.subcommandsFor("--help")).isEqualTo(PricingCommand.SUBCOMMANDS);
        assertThat(PricingCommand.subcommandsFor("help", "models"))
                .isEqualTo(PricingCommand.SUBCOMMANDS);
        assertThat(PricingCommand.subcommandsFor("modles")).isEqualTo(PricingCommand.SUBCOMMANDS);
        assertThat(Cli.run("modles").assertError(2).errorLine()).contains("did you mean: models");
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
