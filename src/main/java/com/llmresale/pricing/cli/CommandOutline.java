package com.llmresale.pricing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand as the top command's help and errors see it: its name, aliases, header and
 * description (from its {@code @Command}, written out in {@link CommandModels#outline}). Building
 * its whole model is most of a short command's start-up; {@code pricing --help}, {@code pricing}
 * and a mistyped command need only this.
 */
final class CommandOutline {
    private CommandOutline() {}

    /** The outline of a command with these {@code @Command} attributes. */
    static CommandLine of(
            String name,
            String[] aliases,
            boolean helpCommand,
            String[] header,
            String[] description,
            boolean hidden) {
        CommandSpec spec =
                CommandSpec.create().name(name).aliases(aliases).helpCommand(helpCommand);
        spec.usageMessage().header(header).description(description).hidden(hidden);
        return new CommandLine(spec);
    }
}
