package com.llmresale.pricing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand as the top command's help and errors see it: its name, aliases, header and
 * description, read from its {@code @Command} alone. Building its whole model (every option, by
 * reflection) is most of a short command's start-up; {@code pricing --help}, {@code pricing} and a
 * mistyped command need only this.
 */
final class CommandOutline {
    private CommandOutline() {}

    /** The outline of {@code command}, a class annotated with {@code @Command}. */
    static CommandLine of(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        CommandSpec spec =
                CommandSpec.create()
                        .name(annotation.name())
                        .aliases(annotation.aliases())
                        .helpCommand(annotation.helpCommand());
        spec.usageMessage()
                .header(annotation.header())
                .description(annotation.description())
                .hidden(annotation.hidden());
        return new CommandLine(spec);
    }
}
