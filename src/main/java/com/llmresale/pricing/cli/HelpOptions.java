package com.llmresale.pricing.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} gives
 * them (same names, descriptions, description keys and place in the help), built without
 * reflection. picocli's own mixin is an annotated class without {@code addMethodSubcommands =
 * false}: each command it is added to scans that class's methods and {@code Object}'s for
 * {@code @Command}, which parses their JDK annotations and generates two proxy classes, a tenth of
 * {@code pricing --version}'s time in a profile.
 */
final class HelpOptions {
    /** The mixin's name; not picocli's, so that subcommands do not add picocli's mixin again. */
    static final String KEY = "helpOptions";

    private HelpOptions() {}

    /**
     * Adds the two options to {@code command} after its own, as picocli does, unless it has either
     * name already (picocli's {@code help} and {@code generate-completion} have their own).
     */
    static void addTo(CommandSpec command) {
        for (String name : new String[] {"-h", "--help", "-V", "--version"}) {
            if (command.optionsMap().containsKey(name)) {
                return;
            }
        }
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(
                OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .descriptionKey("mixinStandardHelpOptions.help")
                        .description("Show this help message and exit.")
                        .build());
        mixin.addOption(
                OptionSpec.builder("-V", "--version")
                        .versionHelp(true)
                        .descriptionKey("mixinStandardHelpOptions.version")
                        .description("Print version information and exit.")
                        .build());
        command.addMixin(KEY, mixin);
    }
}
