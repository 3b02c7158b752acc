package com.llmresale.pricing.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code pricing}: the top command. It only holds the global options and the subcommands. */
@Command(name = "pricing",
        mixinStandardHelpOptions = true,
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
                "  pricing recompute                  what moves after a provider changes its prices",
                "  pricing recompute --write          publish the new credits",
                "  pricing models --provider groq -f csv -o groq.csv",
                "  pricing tiers                      models by price tier, with bars",
                "  pricing compare gpt-oss-120b       one family at every provider",
                "  pricing lint --strict              fail (exit 1) when anything needs a look",
                "  pricing scenario balanced          the 50-user budget and margin analysis",
                "  pricing estimate anthropic:claude-haiku-4-5 --input-tokens 2000 --output-tokens 500",
                "  pricing roi --example seed-003     fine-tuning break-even",
                "  pricing usage spendlogs.csv --scenario balanced   what users really used and cost",
                "  pricing margin --scenario balanced   each model's cost per request against its credits",
                "  source <(pricing generate-completion)   TAB completion in bash and zsh",
                "",
                "Exit codes: 0 success, 1 invalid data or other failure, 2 usage error.%n"
        })
public final class PricingCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Registered by {@link PricingCli}: only the
     * one a command line invokes (building a subcommand's model is most of picocli's start-up
     * cost), all of them when none is named (help, suggestions).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
                ModelsCommand.class,
                RecomputeCommand.class,
                TiersCommand.class,
                CompareCommand.class,
                LintCommand.class,
                ScenarioCommand.class,
                EstimateCommand.class,
                RoiCommand.class,
                DecideCommand.class,
                UsageCommand.class,
                ImportCommand.class,
                SyncCommand.class,
                MarginCommand.class,
                CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class);

    /** The subcommands to register for {@code args}: those it names, else all. */
    static List<Class<?>> subcommandsFor(String... args) {
        java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(args));
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> words.contains(c.getAnnotation(Command.class).name()))
                .toList();
        // help and the completion script describe every command
        boolean whole = named.contains(CommandLine.HelpCommand.class)
                || named.contains(AutoComplete.GenerateCompletion.class);
        return named.isEmpty() || whole ? SUBCOMMANDS : named;
    }

    @Mixin
    private GlobalOptions global = new GlobalOptions();

    @Spec
    private CommandSpec spec;

    private final Path cwd;
    private final Clock clock;
    private boolean terminal;

    PricingCommand(Path cwd, Clock clock) {
        this.cwd = cwd;
        this.clock = clock;
    }

    /** True when stderr is the process's own, on a terminal (only {@link Main} says so; never in tests). */
    boolean terminal() {
        return terminal;
    }

    void terminal(boolean value) {
        terminal = value;
    }

    /** What "today" is: the system clock, or a fixed one in tests. */
    Clock clock() {
        return clock;
    }

    GlobalOptions global() {
        return global;
    }

    Path cwd() {
        return cwd;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: one of "
                + String.join(", ", spec.subcommands().values().stream()
                        .filter(c -> !c.getCommandSpec().helpCommand()).map(CommandLine::getCommandName).toList()));
    }
}
