package com.llmresale.pricing.cli;

import com.llmresale.pricing.model.Numbers;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the command line with its one error handler; used by {@link Main} and by tests. */
public final class PricingCli {
    /** picocli's system property: the classes whose built-in converters it does not register. */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private PricingCli() {}

    /**
     * Runs one command for {@link Main}: {@code terminal} says that {@code err} is the process's
     * stderr on a terminal (then long reads show progress there).
     */
    static int executeOnTerminal(
            Path cwd, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        CommandLine cmd =
                create(
                        new PricingCommand(cwd, SystemToday::date, System.getenv(), terminal),
                        out,
                        err,
                        args);
        ((PricingCommand) cmd.getCommand()).terminal(terminal);
        return run(cmd, err, args);
    }

    /** Runs one command with {@code clock} as what "today" is. */
    public static int execute(
            Path cwd, Clock clock, PrintWriter out, PrintWriter err, String... args) {
        return execute(cwd, clock, java.util.Map.of(), false, out, err, args);
    }

    /**
     * Runs one command as if in the environment {@code env} (LANG, LC_ALL, NO_COLOR) with stdout on
     * a terminal or not: what tests use to see the language and colour a user would get.
     */
    public static int execute(
            Path cwd,
            Clock clock,
            java.util.Map<String, String> env,
            boolean stdoutTerminal,
            PrintWriter out,
            PrintWriter err,
            String... args) {
        return run(
                create(new PricingCommand(cwd, clock, env, stdoutTerminal), out, err, args),
                err,
                args);
    }

    /**
     * Executes {@code cmd}; running out of memory (a huge input on a small heap) is one line and
     * exit 1 like every other failure, with the way to give the JVM more, never a stack trace.
     */
    static int run(CommandLine cmd, PrintWriter err, String... args) {
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(
                    "error: out of memory ("
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB heap); give "
                            + "the JVM more: PRICING_JAVA_OPTS=-Xmx4g bin/pricing ..., or java -Xmx4g -jar pricing.jar ...");
            err.flush();
            return ExitCodes.DATA;
        }
    }

    /**
     * The command line with {@code subcommands} registered (all of them for help, completion, man
     * pages).
     */
    static CommandLine create(
            PricingCommand root,
            PrintWriter out,
            PrintWriter err,
            java.util.List<Class<?>> subcommands) {
        return create(root, out, err, subcommands, java.util.List.of());
    }

    /**
     * The command line for {@code args}: the commands it names built in full, the others as {@link
     * CommandOutline}s when the top command's help or errors may list them (see {@link
     * PricingCommand#outlinesFor}).
     */
    static CommandLine create(
            PricingCommand root, PrintWriter out, PrintWriter err, String... args) {
        return create(
                root,
                out,
                err,
                PricingCommand.subcommandsFor(args),
                PricingCommand.outlinesFor(args));
    }

    /**
     * The command line with {@code subcommands} built in full and {@code outlines} registered by
     * name and description only.
     */
    static CommandLine create(
            PricingCommand root,
            PrintWriter out,
            PrintWriter err,
            java.util.List<Class<?>> subcommands,
            java.util.List<Class<?>> outlines) {
        excludeJavaConverters();
        // built from generated code (CommandModels), not by reflection from the annotations: no
        // annotation is read, so the JDK generates no annotation proxy classes (docs/speed.md)
        CommandLine cmd = new CommandLine(CommandModels.pricingCommand(root));
        HelpOptions.addTo(cmd.getCommandSpec());
        // in help order, whichever way each is registered
        for (Class<?> subcommand : PricingCommand.SUBCOMMANDS) {
            if (subcommands.contains(subcommand)) {
                CommandSpec generated = CommandModels.command(subcommand);
                // picocli's own help and generate-completion: by reflection
                CommandLine full =
                        generated != null
                                ? new CommandLine(generated)
                                : new CommandLine(subcommand);
                HelpOptions.addTo(full.getCommandSpec());
                cmd.addSubcommand(full);
            } else if (outlines.contains(subcommand)) {
                cmd.addSubcommand(CommandModels.outline(subcommand));
            }
        }
        return configure(cmd, root, out, err);
    }

    /**
     * picocli registers converters for java.sql and java.time types by reflection when a
     * CommandLine is made (a quarter of a short command's start-up); no option needs them (dates
     * have their own converter, paths the one below). Called before any CommandLine is made.
     */
    static void excludeJavaConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\..*");
        }
    }

    /**
     * Completes a command line whose commands are registered: lint's codes in its help, our
     * converters, the streams and the one error handler.
     */
    static CommandLine configure(
            CommandLine cmd, PricingCommand root, PrintWriter out, PrintWriter err) {
        CommandLine lint = cmd.getSubcommands().get("lint");
        if (lint != null && lint.getCommandSpec().userObject() instanceof LintCommand) {
            LintCommand.listCodes(lint);
        }
        ErrorHandler errors = new ErrorHandler(root);
        // named classes, not lambdas: a lambda implementing one of picocli's interfaces (class
        // files of Java 5) makes the class-data archive leave out that interface and every class
        // implementing it, picocli's own converters included (bin/pricing, docs/speed.md)
        cmd.registerConverter(BigDecimal.class, new DecimalConverter());
        cmd.registerConverter(Integer.class, new IntConverter());
        cmd.registerConverter(Integer.TYPE, new IntConverter());
        cmd.registerConverter(Long.class, new LongConverter());
        cmd.registerConverter(Long.TYPE, new LongConverter());
        cmd.registerConverter(Path.class, new PathConverter());
        cmd.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        return cmd;
    }

    /** Decimal option values: {@link #decimal}. */
    private static final class DecimalConverter implements CommandLine.ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String text) {
            return decimal(text);
        }
    }

    /** Whole-number option values up to {@link Integer#MAX_VALUE}: {@link #whole}. */
    private static final class IntConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) whole(text, Integer.MAX_VALUE);
        }
    }

    /** Whole-number option values up to {@link Long#MAX_VALUE}: {@link #whole}. */
    private static final class LongConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return whole(text, Long.MAX_VALUE);
        }
    }

    /** File and folder option values: {@link #path}. */
    private static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            return path(text);
        }
    }

    /** A file or folder option value, as picocli's own converter reads it ({@code Paths.get}). */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a path: " + e.getReason());
        }
    }

    /**
     * A decimal option value ({@code 800}, {@code 0.3}, {@code 34.5}); anything else is a one-line
     * usage error.
     */
    static BigDecimal decimal(String text) {
        try {
            return Numbers.decimal(text);
        } catch (Numbers.NumberException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * A whole-number option value up to {@code max} (negative ones are left to each option's own
     * check).
     */
    static long whole(String text, long max) {
        try {
            return Numbers.whole(text, -max, max);
        } catch (Numbers.NumberException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
