package com.llmresale.pricing.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --at DATE}: price with the sheet prices in force on that date (its history), default
 * today.
 */
// addMethodSubcommands = false: picocli otherwise scans every method of this class (reflection,
// at every start) for @Command methods to add as subcommands; there are none
@picocli.CommandLine.Command(addMethodSubcommands = false)
final class AtOption {
    @Option(
            names = "--at",
            paramLabel = "DATE",
            converter = LintCommand.DateConverter.class,
            description =
                    "Use the prices in force on this date (YYYY-MM-DD; a model's `history` says which; default: today).")
    LocalDate at;

    /** The date asked for, else {@code today}. */
    LocalDate orElse(LocalDate today) {
        return at == null ? today : at;
    }
}
