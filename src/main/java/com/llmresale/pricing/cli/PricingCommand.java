package com.llmresale.pricing.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code pricing}: the top command. It only holds the global options and the subcommands. */
@Command(
        name = "pricing",
        addMethodSubcommands =
                false, // no @Command methods: spares picocli scanning them at every start
        // -h and -V: HelpOptions, added to this command and each subcommand by PricingCli
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Sets and defends the credit prices of a reseller of LLM access.",
            "A model's credits come from its provider's $ price per 1M tokens against a baseline "
                    + "(gemini-2.5-flash = 1.0x = 20 credits).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing recompute                  what moves when a provider changes prices",
            "  pricing recompute --write          publish the new credits",
            "  pricing models --provider groq -f csv -o groq.csv",
            "  pricing tiers                      models by price tier, with bars",
            "  pricing compare gpt-oss-120b       one family at every provider",
            "  pricing lint --strict              fail (exit 1) when anything needs a look",
            "  pricing scenario balanced          the 50-user budget and margin analysis",
            "  pricing estimate anthropic:claude-haiku-4-5 \\",
            "      --input-tokens 2000 --output-tokens 500",
            "  pricing roi --example seed-003     fine-tuning break-even",
            "  pricing usage logs.csv --scenario balanced   what users used and cost",
            "  pricing margin --scenario balanced   cost per request against credits",
            "  source <(pricing generate-completion)   TAB completion in bash and zsh",
            "",
            "Exit codes: 0 success, 1 invalid data or other failure, 2 usage error.%n"
        })
public final class PricingCommand implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. Registered by {@link PricingCli}: only
     * the one a command line invokes (building a subcommand's model is most of picocli's start-up
     * cost), all of them when none is named (help, suggestions). The names are written here, not
     * read from each class's {@code @Command}: reading them would parse every command's annotations
     * at start-up ({@code SubcommandRegistrationTest} checks that they agree).
     */
    static final Map<String, Class<?>> BY_NAME =
            byName(
                    "models", ModelsCommand.class,
                    "recompute", RecomputeCommand.class,
                    "tiers", TiersCommand.class,
                    "compare", CompareCommand.class,
                    "lint", LintCommand.class,
                    "scenario", ScenarioCommand.class,
                    "estimate", EstimateCommand.class,
                    "roi", RoiCommand.class,
                    "decide", DecideCommand.class,
                    "usage", UsageCommand.class,
                    "import", ImportCommand.class,
                    "sync", SyncCommand.class,
                    "margin", MarginCommand.class,
                    "help", CommandLine.HelpCommand.class,
                    "generate-completion", AutoComplete.GenerateCompletion.class);

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.copyOf(BY_NAME.values());

    private static Map<String, Class<?>> byName(Object... nameThenClass) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            map.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The subcommands to build in full for {@code args}: those it names; all of them for {@code
     * help} and {@code generate-completion}, which describe every command; none when it names none
     * (then {@link #outlinesFor} gives what the top command's help and errors list).
     */
    static List<Class<?>> subcommandsFor(String... args) {
        List<Class<?>> named = named(args);
        boolean whole =
                named.contains(CommandLine.HelpCommand.class)
                        || named.contains(AutoComplete.GenerateCompletion.class);
        return whole ? SUBCOMMANDS : named;
    }

    /**
     * The subcommands to register as {@link CommandOutline}s (name and description only) for {@code
     * args}: every one not built in full when the top command may print its help or an error
     * listing the commands, that is when no command is named, or -h or --help is given ({@code
     * pricing -h models} is the top command's help); none for {@code pricing --version} or a
     * command line naming its command.
     */
    static List<Class<?>> outlinesFor(String... args) {
        List<String> given = List.of(args);
        List<Class<?>> named = named(args);
        boolean versionOnly =
                !given.isEmpty()
                        && given.stream().allMatch(a -> a.equals("-V") || a.equals("--version"));
        boolean rootHelp = named.isEmpty() || given.contains("-h") || given.contains("--help");
        if (versionOnly || !rootHelp) {
            return List.of();
        }
        List<Class<?>> built = subcommandsFor(args);
        return SUBCOMMANDS.stream().filter(c -> !built.contains(c)).toList();
    }

    /** The subcommands whose names appear among {@code args}, in help order. */
    private static List<Class<?>> named(String... args) {
        List<Class<?>> named = new ArrayList<>();
        BY_NAME.forEach(
                (name, command) -> {
                    for (String arg : args) {
                        if (arg.equals(name)) {
                            named.add(command);
                            return;
                        }
                    }
                });
        return named;
    }

    @Mixin private GlobalOptions global = new GlobalOptions();

    @Spec private CommandSpec spec;

    private final Path cwd;
    private final java.util.function.Supplier<java.time.LocalDate> today;
    private boolean terminal;
    private final java.util.Map<String, String> env;
    private final boolean stdoutTerminal;

    PricingCommand(Path cwd, Clock clock) {
        this(cwd, clock, java.util.Map.of(), false);
    }

    /**
     * @param env the environment variables the tool reads (LANG, LC_ALL, NO_COLOR); the process's
     *     for {@link Main}, a given map in tests
     * @param stdoutTerminal stdout is a terminal: then tables may be coloured
     */
    PricingCommand(
            Path cwd, Clock clock, java.util.Map<String, String> env, boolean stdoutTerminal) {
        this(cwd, () -> java.time.LocalDate.now(clock), env, stdoutTerminal);
    }

    /**
     * @param today what "today" is, asked only by the commands that need it ({@link
     *     SystemToday#date} for {@link Main})
     */
    PricingCommand(
            Path cwd,
            java.util.function.Supplier<java.time.LocalDate> today,
            java.util.Map<String, String> env,
            boolean stdoutTerminal) {
        this.cwd = cwd;
        this.today = today;
        this.env = java.util.Map.copyOf(env);
        this.stdoutTerminal = stdoutTerminal;
    }

    /**
     * The language of the words people read: --lang, else LC_ALL/LC_MESSAGES/LANG, else English.
     */
    java.util.Locale locale() {
        return global.lang() != null ? global.lang() : Languages.fromEnvironment(env);
    }

    /**
     * Whether the table format may colour rises, falls and warnings: stdout is a terminal, the
     * report is not written to a file and NO_COLOR is not set (to any value).
     */
    boolean colour() {
        // without -o, no --format means the table
        return stdoutTerminal
                && !env.containsKey("NO_COLOR")
                && global.output() == null
                && (global.format() == null
                        || global.format() == com.llmresale.pricing.render.Format.TABLE);
    }

    /**
     * True when stderr is the process's own, on a terminal (only {@link Main} says so; never in
     * tests).
     */
    boolean terminal() {
        return terminal;
    }

    void terminal(boolean value) {
        terminal = value;
    }

    /** Today: from the system's clock and time zone, or a fixed clock in tests. */
    java.time.LocalDate today() {
        return today.get();
    }

    GlobalOptions global() {
        return global;
    }

    Path cwd() {
        return cwd;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing command: one of "
                        + String.join(
                                ", ",
                                spec.subcommands().values().stream()
                                        .filter(c -> !c.getCommandSpec().helpCommand())
                                        .map(CommandLine::getCommandName)
                                        .toList()));
    }
}
