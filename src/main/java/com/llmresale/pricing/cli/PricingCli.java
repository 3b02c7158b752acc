package com.llmresale.pricing.cli;

import com.llmresale.pricing.model.Numbers;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/** Builds the command line with its one error handler; used by {@link Main} and by tests. */
public final class PricingCli {
    private PricingCli() {
    }

    /** Runs one command in-process and returns its exit code. */
    public static int execute(Path cwd, PrintWriter out, PrintWriter err, String... args) {
        return execute(cwd, Clock.systemDefaultZone(), out, err, args);
    }

    /**
     * Runs one command for {@link Main}: {@code terminal} says that {@code err} is the process's
     * stderr on a terminal (then long reads show progress there).
     */
    static int executeOnTerminal(Path cwd, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        CommandLine cmd = create(cwd, Clock.systemDefaultZone(), out, err, PricingCommand.subcommandsFor(args));
        ((PricingCommand) cmd.getCommand()).terminal(terminal);
        return run(cmd, err, args);
    }

    /** Runs one command with {@code clock} as what "today" is. */
    public static int execute(Path cwd, Clock clock, PrintWriter out, PrintWriter err, String... args) {
        return run(create(cwd, clock, out, err, PricingCommand.subcommandsFor(args)), err, args);
    }

    /**
     * Executes {@code cmd}; running out of memory (a huge input on a small heap) is one line and
     * exit 1 like every other failure, with the way to give the JVM more, never a stack trace.
     */
    static int run(CommandLine cmd, PrintWriter err, String... args) {
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap); give "
                    + "the JVM more: PRICING_JAVA_OPTS=-Xmx4g bin/pricing ..., or java -Xmx4g -jar pricing.jar ...");
            err.flush();
            return ExitCodes.DATA;
        }
    }

    /** The command line with {@code subcommands} registered (all of them for help, completion, man pages). */
    static CommandLine create(Path cwd, Clock clock, PrintWriter out, PrintWriter err,
            java.util.List<Class<?>> subcommands) {
        PricingCommand root = new PricingCommand(cwd, clock);
        CommandLine cmd = new CommandLine(root);
        subcommands.forEach(cmd::addSubcommand);
        CommandLine lint = cmd.getSubcommands().get("lint");
        if (lint != null) {
            LintCommand.listCodes(lint);
        }
        ErrorHandler errors = new ErrorHandler(root);
        cmd.registerConverter(BigDecimal.class, PricingCli::decimal);
        cmd.registerConverter(Integer.class, text -> (int) whole(text, Integer.MAX_VALUE));
        cmd.registerConverter(Integer.TYPE, text -> (int) whole(text, Integer.MAX_VALUE));
        cmd.registerConverter(Long.class, text -> whole(text, Long.MAX_VALUE));
        cmd.registerConverter(Long.TYPE, text -> whole(text, Long.MAX_VALUE));
        cmd.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        return cmd;
    }

    /** A decimal option value ({@code 800}, {@code 0.3}, {@code 34.5}); anything else is a one-line usage error. */
    static BigDecimal decimal(String text) {
        try {
            return Numbers.decimal(text);
        } catch (Numbers.NumberException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** A whole-number option value up to {@code max} (negative ones are left to each option's own check). */
    static long whole(String text, long max) {
        try {
            return Numbers.whole(text, -max, max);
        } catch (Numbers.NumberException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
