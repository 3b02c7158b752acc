package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Range;

/**
 * The models the product builds from generated code ({@code CommandModels}) are the ones picocli
 * builds by reflection from the annotations: the same help, byte for byte; the same attributes on
 * every command, option and positional parameter; the same values or the same error for every
 * golden file's arguments and a set of bad command lines. And the generated file is what {@link
 * CommandModelGenerator} writes from the annotations today ({@code -Dmodels.update=true} rewrites
 * it).
 */
class CommandModelsTest {
    private static final boolean UPDATE = Boolean.getBoolean("models.update");

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theGeneratedFileIsUpToDate() throws IOException {
        String generated = CommandModelGenerator.generate();
        Path file = CommandModelGenerator.SOURCE;
        if (UPDATE) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file + " is stale: " + CommandModelGenerator.REGENERATE)
                .isEqualTo(generated);
    }

    /** The command line as the product builds it, every command in full. */
    static CommandLine generated() {
        PricingCommand root = new PricingCommand(Cli.PROJECT, CLOCK);
        PrintWriter none = new PrintWriter(new StringWriter());
        return PricingCli.create(root, none, none, PricingCommand.SUBCOMMANDS);
    }

    /** The same command line with every model built by picocli from the annotations. */
    static CommandLine annotated() {
        PricingCli.excludeJavaConverters();
        PricingCommand root = new PricingCommand(Cli.PROJECT, CLOCK);
        PrintWriter none = new PrintWriter(new StringWriter());
        CommandLine cmd = new CommandLine(root);
        HelpOptions.addTo(cmd.getCommandSpec());
        for (Class<?> subcommand : PricingCommand.SUBCOMMANDS) {
            CommandLine full = new CommandLine(subcommand);
            HelpOptions.addTo(full.getCommandSpec());
            cmd.addSubcommand(full);
        }
        return PricingCli.configure(cmd, root, none, none);
    }

    @Test
    void everyCommandsHelpIsTheAnnotatedOnesByteForByte() {
        CommandLine generated = generated();
        CommandLine annotated = annotated();
        assertThat(generated.getUsageMessage(Help.Ansi.OFF))
                .isEqualTo(annotated.getUsageMessage(Help.Ansi.OFF));
        assertThat(generated.getUsageMessage(Help.Ansi.ON))
                .isEqualTo(annotated.getUsageMessage(Help.Ansi.ON));
        assertThat(generated.getSubcommands().keySet())
                .containsExactlyElementsOf(annotated.getSubcommands().keySet())
                .hasSize(PricingCommand.SUBCOMMANDS.size());
        for (String name : annotated.getSubcommands().keySet()) {
            CommandLine g = generated.getSubcommands().get(name);
            CommandLine a = annotated.getSubcommands().get(name);
            assertThat(g.getUsageMessage(Help.Ansi.OFF))
                    .as(name)
                    .isEqualTo(a.getUsageMessage(Help.Ansi.OFF));
            assertThat(g.getUsageMessage(Help.Ansi.ON))
                    .as(name)
                    .isEqualTo(a.getUsageMessage(Help.Ansi.ON));
        }
        // not vacuous: the texts hold each command's own words
        assertThat(generated.getSubcommands().get("estimate").getUsageMessage())
                .contains("--cached-input-tokens=N", "(default: 0)", "PROVIDER:MODEL");
    }

    @Test
    void everyCommandOptionAndParameterHasTheAnnotatedAttributes() {
        CommandLine generated = generated();
        CommandLine annotated = annotated();
        assertSameCommand("pricing", generated.getCommandSpec(), annotated.getCommandSpec());
        for (String name : annotated.getSubcommands().keySet()) {
            assertSameCommand(
                    name,
                    generated.getSubcommands().get(name).getCommandSpec(),
                    annotated.getSubcommands().get(name).getCommandSpec());
        }
    }

    private static void assertSameCommand(String name, CommandSpec g, CommandSpec a) {
        assertSameAttributes(name, attributes(g), attributes(a));
        assertSameAttributes(
                name + " usage", attributes(g.usageMessage()), attributes(a.usageMessage()));
        assertSameAttributes(name + " parser", attributes(g.parser()), attributes(a.parser()));
        assertThat(g.mixins().keySet())
                .as(name + " mixins")
                .containsExactlyElementsOf(a.mixins().keySet());
        for (String mixin : a.mixins().keySet()) {
            assertSameArgs(
                    name + " mixin " + mixin,
                    g.mixins().get(mixin).args(),
                    a.mixins().get(mixin).args());
            assertSameAttributes(
                    name + " mixin " + mixin,
                    attributes(g.mixins().get(mixin)),
                    attributes(a.mixins().get(mixin)));
        }
        assertSameArgs(name, g.args(), a.args());
        assertThat(g.options()).hasSameSizeAs(a.options());
        assertThat(g.positionalParameters()).hasSameSizeAs(a.positionalParameters());
    }

    private static void assertSameArgs(String name, List<ArgSpec> g, List<ArgSpec> a) {
        assertThat(g).as(name + " args").hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertSameAttributes(name + " " + a.get(i), attributes(g.get(i)), attributes(a.get(i)));
        }
    }

    /** Equal maps; when not, the failure names the differing entries first. */
    private static void assertSameAttributes(
            String what, Map<String, String> generated, Map<String, String> annotated) {
        Map<String, String> differing = new TreeMap<>();
        annotated.forEach(
                (k, v) -> {
                    if (!v.equals(generated.get(k))) {
                        differing.put(k, v + " (generated: " + generated.get(k) + ")");
                    }
                });
        assertThat(differing).as(what).isEmpty();
        assertThat(generated).as(what).isEqualTo(annotated);
    }

    /**
     * Methods whose values are back references or bindings (objects of their own identity),
     * compared by the calls above instead, or that cannot agree by construction: picocli keeps the
     * annotated elements of {@code @Spec} fields and mixins ({@code specElements}, {@code
     * mixinAnnotatedElements}) only for its reflective model, and a type's generic arguments as
     * names ({@code getActualGenericTypeArguments}) only when it read them from a field, which it
     * uses only for {@code @Unmatched} (none here).
     */
    private static final Set<String> NOT_COMPARED =
            Set.of(
                    "getClass",
                    "hashCode",
                    "addMethodSubcommands", // not a getter: adds @Command methods
                    "toBuilder",
                    "getter",
                    "setter",
                    "scope",
                    "command",
                    "commandLine",
                    "parent",
                    "root",
                    "group",
                    "messages",
                    "usageMessage",
                    "parser",
                    "mixins",
                    "subcommands",
                    "specElements",
                    "mixinAnnotatedElements",
                    "parentCommandElements",
                    "getActualGenericTypeArguments",
                    "getAuxiliaryTypeInfos"); // the type infos of getAuxiliaryTypes (compared),

    // itself among them

    /** Every value picocli exposes through a public method without arguments, by method name. */
    static Map<String, String> attributes(Object spec) {
        return attributes(spec, spec.getClass());
    }

    /** The values of {@code spec} that the public type {@code api} exposes. */
    static Map<String, String> attributes(Object spec, Class<?> api) {
        Map<String, String> values = new TreeMap<>();
        for (Method method : api.getMethods()) {
            if (method.getParameterCount() != 0
                    || method.getReturnType() == void.class
                    || Modifier.isStatic(method.getModifiers())
                    || NOT_COMPARED.contains(method.getName())) {
                continue;
            }
            Object value;
            try {
                value = method.invoke(spec);
            } catch (IllegalAccessException e) {
                continue; // a public method of a class picocli does not make public
            } catch (InvocationTargetException e) {
                value = "throws " + e.getCause();
            }
            values.put(method.getName(), describe(value));
        }
        assertThat(values).as("attributes of " + spec.getClass()).isNotEmpty();
        return values;
    }

    /** A value as text: its own words, or its class for objects without a toString of their own. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Class<?> c) {
            return c.getName();
        }
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(describe(Array.get(value, i)));
            }
            return items.toString();
        }
        if (value instanceof Path path) {
            return path.toString(); // an Iterable of its own names
        }
        if (value instanceof Iterable<?> items) {
            List<String> described = new ArrayList<>();
            items.forEach(item -> described.add(describe(item)));
            return described.toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(describe(k) + "=" + describe(v)));
            return entries.toString();
        }
        if (value instanceof Range range) {
            return range
                    + (range.isUnspecified() ? " (unspecified)" : "")
                    + " variable="
                    + range.isVariable();
        }
        if (value instanceof ITypeInfo type) {
            return "typeInfo " + attributes(type, ITypeInfo.class);
        }
        try {
            if (value.getClass().getMethod("toString").getDeclaringClass() == Object.class) {
                return value.getClass().getName();
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        // an object's identity (user objects in a command's toString) is not a difference
        return value.toString().replaceAll("@[0-9a-f]+\\b", "@");
    }

    /** Each golden file's arguments and bad command lines give the same values or error. */
    @TestFactory
    Stream<DynamicTest> everyCommandLineParsesAlikeWithBothModels() throws IOException {
        List<List<String>> vectors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GoldenFilesTest.DIR)) {
            for (Path args : files.filter(p -> p.toString().endsWith(".args")).sorted().toList()) {
                vectors.add(
                        Files.readAllLines(args, StandardCharsets.UTF_8).stream()
                                .map(String::strip)
                                .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                                .toList());
            }
        }
        assertThat(vectors).hasSizeGreaterThan(100);
        for (String bad : BAD) {
            vectors.add(List.of(bad.split(" ", -1)));
        }
        return vectors.stream()
                .map(
                        args ->
                                DynamicTest.dynamicTest(
                                        "pricing " + String.join(" ", args),
                                        () ->
                                                assertThat(parse(generated(), args))
                                                        .isEqualTo(parse(annotated(), args))));
    }

    /** Command lines picocli refuses, one per kind of mistake, and some it takes that are odd. */
    private static final List<String> BAD =
            List.of(
                    "models --nope",
                    "models --top 3",
                    "modles",
                    "models -f",
                    "models --format xml",
                    "models --provider",
                    "models --at 2025-13-01",
                    "-o  models",
                    "--lang xx models",
                    "--lang TR_tr models --provider GROQ,together --provider x",
                    "estimate anthropic:x --input-tokens abc",
                    "estimate anthropic:x --input-tokens 99999999999999999999999",
                    "estimate anthropic:x --input-tokens 1.5 --output-tokens 2",
                    "estimate --requests",
                    "compare --top",
                    "compare --top x a b c",
                    "scenario",
                    "scenario a b",
                    "scenario balanced --users 1.5",
                    "scenario balanced --export litellm a b",
                    "scenario balanced --export",
                    "scenario balanced --export-budget nope",
                    "scenario balanced --export-budget ALLOWANCE --grid-prices 1,x",
                    "scenario balanced --grid-users 1,2,3 --grid-users 4 --sensitivity",
                    "import --from x",
                    "import --into x --from",
                    "decide a b",
                    "decide --overhead 0.x",
                    "roi --horizons 1,x",
                    "roi --horizons 1,,2",
                    "usage --top -1 a.csv b.csv -",
                    "usage --premium a,b --premium c --tz",
                    "lint --max-age-days 1e3",
                    "lint --pin-tolerance abc --today 2026-02-30",
                    "margin --usage",
                    "margin --usage a b --credit-value-usd 0.1 --scenario x",
                    "recompute --usage a b --write --db x --against y",
                    "sync",
                    "sync --from a --apply --add-new --source litellm",
                    "help nope",
                    "help models",
                    "-h models",
                    "models -h",
                    "--version",
                    "-V models",
                    "generate-completion",
                    "--verbose --sheets",
                    "");

    /**
     * What picocli made of {@code args}: every command's option and parameter values, or the error.
     */
    static String parse(CommandLine cmd, List<String> args) {
        ParseResult result;
        try {
            result = cmd.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            return "error in "
                    + e.getCommandLine().getCommandName()
                    + " "
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage()
                    + " arg="
                    + (e.getArgSpec() == null ? null : e.getArgSpec().toString());
        }
        StringBuilder values = new StringBuilder();
        for (CommandLine parsed : result.asCommandLineList()) {
            ParseResult own = parsed.getParseResult();
            values.append(parsed.getCommandName())
                    .append(" help=")
                    .append(own.isUsageHelpRequested())
                    .append(" version=")
                    .append(own.isVersionHelpRequested())
                    .append(" matched=")
                    .append(own.matchedArgs().stream().map(ArgSpec::toString).toList())
                    .append(" unmatched=")
                    .append(own.unmatched())
                    .append('\n');
            values.append(fieldValues(parsed.getCommand()));
        }
        return values.toString();
    }

    /** The values of {@code command}'s option and parameter fields, its mixins' included. */
    static String fieldValues(Object command) {
        StringBuilder values = new StringBuilder();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            Field[] fields = c.getDeclaredFields();
            Arrays.sort(fields, Comparator.comparing(Field::getName));
            for (Field field : fields) {
                boolean arg =
                        field.isAnnotationPresent(Option.class)
                                || field.isAnnotationPresent(Parameters.class);
                boolean mixin = field.isAnnotationPresent(Mixin.class);
                if (!arg && !mixin) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(command);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                values.append("  ").append(c.getSimpleName()).append('.').append(field.getName());
                if (mixin) {
                    values.append(":\n").append(fieldValues(value).indent(2));
                } else {
                    values.append(" = ").append(describe(value)).append('\n');
                }
            }
        }
        return values.toString();
    }

    @Test
    void theComparisonsCanFail() {
        // a model that differs in one description, one default value or one parsed value is told
        CommandLine generated = generated();
        CommandLine annotated = annotated();
        OptionSpec top =
                generated.getSubcommands().get("compare").getCommandSpec().findOption("--top");
        Map<String, String> before = attributes(top);
        OptionSpec changed = top.toBuilder().defaultValue("4").build();
        assertThat(attributes(changed)).isNotEqualTo(before);
        assertThat(parse(generated, List.of("compare", "--top", "5")))
                .isNotEqualTo(parse(annotated, List.of("compare", "--top", "6")));
        assertThat(parse(annotated, List.of("compare", "--top", "5")))
                .contains("CompareCommand.top = 5");
        PositionalParamSpec names =
                annotated
                        .getSubcommands()
                        .get("compare")
                        .getCommandSpec()
                        .positionalParameters()
                        .get(0);
        assertThat(attributes(names)).containsEntry("paramLabel", "FAMILY_OR_MODEL");
    }

    @Test
    void theGeneratorRefusesAnAttributeItDoesNotHandle() {
        assertThatThrownBy(() -> CommandModelGenerator.generateFor(Unhandled.class))
                .hasMessageContaining("negatable")
                .hasMessageContaining("not handled");
    }

    @Test
    void theGeneratorRefusesACommandAttributeOrAnAnnotatedMethodItDoesNotHandle() {
        assertThatThrownBy(() -> CommandModelGenerator.generateFor(Abbreviated.class))
                .hasMessageContaining("abbreviateSynopsis")
                .hasMessageContaining("not handled");
        assertThatThrownBy(() -> CommandModelGenerator.generateFor(OptionMethod.class))
                .hasMessageContaining("@Option on a method");
        // what it handles, it writes
        assertThat(CommandModelGenerator.generateFor(Handled.class))
                .contains(
                        "spec.name(\"handled\");",
                        "OptionSpec.builder(\"-n\", \"--count\")",
                        ".defaultValue(\"7\")",
                        ".arity(\"1\")");
    }

    /** A command attribute no command of ours uses. */
    @CommandLine.Command(name = "abbreviated", abbreviateSynopsis = true)
    static final class Abbreviated {}

    /** An option on a method. */
    @CommandLine.Command(name = "method")
    static final class OptionMethod {
        @Option(names = "--value")
        void value(String value) {}
    }

    /** Attributes the generator handles. */
    @CommandLine.Command(name = "handled")
    static final class Handled {
        @Option(
                names = {"-n", "--count"},
                arity = "1",
                defaultValue = "7")
        int count;
    }

    /** An option with an attribute no command of ours uses. */
    @CommandLine.Command(name = "unhandled")
    static final class Unhandled {
        @Option(names = "--flag", negatable = true)
        boolean flag;
    }
}
