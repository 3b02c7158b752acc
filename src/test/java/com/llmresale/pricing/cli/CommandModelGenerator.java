package com.llmresale.pricing.cli;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Writes {@code CommandModels.java}: Java source that builds, with picocli's programmatic API, the
 * same {@link CommandSpec} that picocli builds by reflection from the {@code @Command},
 * {@code @Option}, {@code @Parameters}, {@code @Mixin} and {@code @Spec} annotations of the top
 * command and each of our subcommands (the annotations stay the one source of truth). Reads the
 * annotations and picocli's reflective model of each class; any attribute it does not handle, set
 * to other than its default, is an error, so that a new option attribute cannot silently differ.
 *
 * <p>{@code CommandModelsTest} fails when the checked-in file is not what this writes; {@value
 * #REGENERATE} rewrites it.
 */
final class CommandModelGenerator {
    /** The generated file, from the project folder. */
    static final Path SOURCE =
            Path.of("src/main/java/com/llmresale/pricing/cli/CommandModels.java");

    static final String REGENERATE = "mvn -o -q test -Dtest=CommandModelsTest -Dmodels.update=true";

    /** The {@code @Command} attributes handled; every other one must keep its default. */
    private static final Set<String> COMMAND_ATTRIBUTES =
            Set.of(
                    "name",
                    "aliases",
                    "helpCommand",
                    "addMethodSubcommands",
                    "scope",
                    "versionProvider",
                    "header",
                    "description",
                    "footerHeading",
                    "footer",
                    "sortOptions",
                    "usageHelpAutoWidth",
                    "hidden");

    /** The {@code @Option} attributes handled; every other one must keep its default. */
    private static final Set<String> OPTION_ATTRIBUTES =
            Set.of(
                    "names",
                    "paramLabel",
                    "description",
                    "descriptionKey",
                    "arity",
                    "split",
                    "required",
                    "hidden",
                    "defaultValue",
                    "hideParamSyntax",
                    "scope",
                    "converter",
                    "order");

    /** The {@code @Parameters} attributes handled; every other one must keep its default. */
    private static final Set<String> PARAMETER_ATTRIBUTES =
            Set.of(
                    "index",
                    "paramLabel",
                    "description",
                    "descriptionKey",
                    "arity",
                    "split",
                    "hidden",
                    "defaultValue",
                    "hideParamSyntax",
                    "scope",
                    "converter");

    private static final String PACKAGE = PricingCommand.class.getPackageName();

    /** Where a usage message's lines start in the generated source. */
    private static final String USAGE_INDENT = " ".repeat(24);

    private final StringBuilder out = new StringBuilder();

    /** Mixin classes met so far, each generated once, in the order met. */
    private final Deque<Class<?>> mixinsToWrite = new ArrayDeque<>();

    private final Set<Class<?>> mixinsWritten = new LinkedHashSet<>();

    private CommandModelGenerator() {}

    /** Writes the file; the only argument is the project folder (default: the current one). */
    public static void main(String[] args) throws IOException {
        Path project = args.length > 0 ? Path.of(args[0]) : Path.of("");
        Files.writeString(project.resolve(SOURCE), generate(), StandardCharsets.UTF_8);
    }

    /** The source of {@code CommandModels.java}. */
    static String generate() {
        return new CommandModelGenerator().write();
    }

    /** The generated method that builds the model of {@code type} alone (the tests' probe). */
    static String generateFor(Class<?> type) {
        CommandModelGenerator generator = new CommandModelGenerator();
        generator.writeCommand(type, type.getSimpleName());
        return generator.out.toString();
    }

    /** Our subcommands, in help order: those built from generated code. */
    static List<Class<?>> generatedSubcommands() {
        return PricingCommand.SUBCOMMANDS.stream()
                .filter(c -> c.getPackageName().equals(PACKAGE))
                .toList();
    }

    private String write() {
        line("// Generated by CommandModelGenerator from the @Command classes; do not edit.");
        line("// Regenerate after changing a command, option or mixin: " + REGENERATE);
        line("// (CommandModelsTest fails while this file is stale).");
        line("package " + PACKAGE + ";");
        line("");
        line("import picocli.CommandLine;");
        line("import picocli.CommandLine.Model.CommandSpec;");
        line("import picocli.CommandLine.Model.OptionSpec;");
        line("import picocli.CommandLine.Model.PositionalParamSpec;");
        line("import picocli.CommandLine.ScopeType;");
        line("");
        line("/**");
        line(" * The picocli models of {@code pricing} and its subcommands, built with picocli's");
        line(
                " * programmatic API: no annotation is read, so the JDK generates no annotation proxy");
        line(
                " * class and picocli scans no class at start-up (docs/speed.md). The annotations on the");
        line(" * command classes are the source; CommandModelsTest proves both models alike.");
        line(" */");
        line("@javax.annotation.processing.Generated(\"CommandModelGenerator\")");
        line("final class CommandModels {");
        line("    private CommandModels() {}");
        line("");
        writeDispatch();
        writeOutlines();
        writeCommand(PricingCommand.class, "the top command, for {@code command}");
        for (Class<?> sub : generatedSubcommands()) {
            writeCommand(sub, "{@code pricing " + commandName(sub) + "}");
        }
        while (!mixinsToWrite.isEmpty()) {
            Class<?> mixin = mixinsToWrite.removeFirst();
            writeCommand(mixin, "the mixin {@code " + mixin.getSimpleName() + "}");
        }
        line("}");
        return out.toString();
    }

    private void writeDispatch() {
        line("    /**");
        line(
                "     * A new {@code type} and its model; null for a subcommand that is picocli's own");
        line("     * ({@code help}, {@code generate-completion}: built by reflection).");
        line("     */");
        line("    static CommandSpec command(Class<?> type) {");
        for (Class<?> sub : generatedSubcommands()) {
            requireNoArgConstructor(sub);
            line("        if (type == " + name(sub) + ".class) {");
            line("            return " + methodName(sub) + "(new " + name(sub) + "());");
            line("        }");
        }
        line("        return null;");
        line("    }");
        line("");
    }

    private void writeOutlines() {
        line("    /**");
        line(
                "     * The outline of the subcommand {@code type} (name, aliases, header, description):");
        line("     * what the top command's help and errors list; null for another class.");
        line("     */");
        line("    static CommandLine outline(Class<?> type) {");
        for (Class<?> sub : PricingCommand.SUBCOMMANDS) {
            Command command = sub.getAnnotation(Command.class);
            line("        if (type == " + name(sub) + ".class) {");
            line("            return CommandOutline.of(");
            line("                    " + literal(command.name()) + ",");
            line("                    " + array(command.aliases()) + ",");
            line("                    " + command.helpCommand() + ",");
            line("                    " + array(command.header()) + ",");
            line("                    " + array(command.description()) + ",");
            line("                    " + command.hidden() + ");");
            line("        }");
        }
        line("        return null;");
        line("    }");
        line("");
    }

    /** The method building the model of {@code type} (a command or a mixin) for an instance. */
    private void writeCommand(Class<?> type, String what) {
        Object instance = instance(type);
        CommandSpec annotated = CommandSpec.forAnnotatedObject(instance);
        line("    /** The model of " + what + ". */");
        line("    static CommandSpec " + methodName(type) + "(" + name(type) + " command) {");
        line("        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);");
        writeCommandAttributes(type);
        List<Class<?>> hierarchy = hierarchy(type);
        for (Class<?> declaring : hierarchy) {
            requireNoAnnotatedMethods(declaring);
            for (Field field : declaring.getDeclaredFields()) {
                if (!field.isSynthetic()) {
                    writeMember(declaring, field, annotated);
                }
            }
        }
        line("        return spec;");
        line("    }");
        line("");
    }

    private void writeCommandAttributes(Class<?> type) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Class<?> c : hierarchy(type)) {
            Command command = c.getAnnotation(Command.class);
            if (command != null) {
                merged.putAll(nonDefault(command, COMMAND_ATTRIBUTES, c.getName()));
            }
        }
        if (merged.containsKey("name")) {
            line("        spec.name(" + literal((String) merged.get("name")) + ");");
        }
        if (merged.containsKey("aliases")) {
            line("        spec.aliases(" + literals((String[]) merged.get("aliases")) + ");");
        }
        if (merged.containsKey("helpCommand")) {
            line("        spec.helpCommand(" + merged.get("helpCommand") + ");");
        }
        if (merged.containsKey("addMethodSubcommands")) {
            line(
                    "        spec.setAddMethodSubcommands("
                            + merged.get("addMethodSubcommands")
                            + ");");
        }
        if (merged.containsKey("scope")) {
            line("        spec.scopeType(ScopeType." + merged.get("scope") + ");");
        }
        if (merged.containsKey("versionProvider")) {
            Class<?> provider = (Class<?>) merged.get("versionProvider");
            requireNoAnnotatedMembers(provider);
            requireNoArgConstructor(provider);
            line("        spec.versionProvider(new " + name(provider) + "());");
        }
        List<String> usage = new ArrayList<>();
        if (merged.containsKey("header")) {
            usage.add(".header(" + literals((String[]) merged.get("header"), USAGE_INDENT) + ")");
        }
        if (merged.containsKey("description")) {
            usage.add(
                    ".description("
                            + literals((String[]) merged.get("description"), USAGE_INDENT)
                            + ")");
        }
        if (merged.containsKey("footerHeading")) {
            usage.add(".footerHeading(" + literal((String) merged.get("footerHeading")) + ")");
        }
        if (merged.containsKey("footer")) {
            usage.add(".footer(" + literals((String[]) merged.get("footer"), USAGE_INDENT) + ")");
        }
        if (merged.containsKey("sortOptions")) {
            usage.add(".sortOptions(" + merged.get("sortOptions") + ")");
        }
        if (merged.containsKey("usageHelpAutoWidth")) {
            usage.add(".autoWidth(" + merged.get("usageHelpAutoWidth") + ")");
        }
        if (merged.containsKey("hidden")) {
            usage.add(".hidden(" + merged.get("hidden") + ")");
        }
        if (!usage.isEmpty()) {
            line("        spec.usageMessage()");
            for (int i = 0; i < usage.size(); i++) {
                line("                " + usage.get(i) + (i == usage.size() - 1 ? ";" : ""));
            }
        }
    }

    private void writeMember(Class<?> declaring, Field field, CommandSpec annotated) {
        for (Class<? extends Annotation> unhandled :
                List.of(ArgGroup.class, Unmatched.class, ParentCommand.class)) {
            if (field.isAnnotationPresent(unhandled)) {
                throw unhandled(field + ": @" + unhandled.getSimpleName());
            }
        }
        String binding = "command, " + name(declaring) + ".class, " + literal(field.getName());
        if (field.isAnnotationPresent(Spec.class)) {
            if (field.getAnnotation(Spec.class).value() != Spec.Target.SELF) {
                throw unhandled(field + ": @Spec(" + field.getAnnotation(Spec.class).value() + ")");
            }
            line("        new FieldBinding(" + binding + ").set(spec);");
        }
        if (field.isAnnotationPresent(Mixin.class)) {
            Mixin mixin = field.getAnnotation(Mixin.class);
            nonDefault(mixin, Set.of("name"), field.toString());
            String mixinName = mixin.name().isEmpty() ? field.getName() : mixin.name();
            Class<?> type = field.getType();
            requireNoArgConstructor(type);
            String variable = field.getName();
            line("        FieldBinding " + variable + "Field = new FieldBinding(" + binding + ");");
            line("        " + name(type) + " " + variable + " = " + variable + "Field.get();");
            line("        if (" + variable + " == null) {");
            line("            " + variable + " = new " + name(type) + "();");
            line("            " + variable + "Field.set(" + variable + ");");
            line("        }");
            CommandSpec mixinSpec = annotated.mixins().get(mixinName);
            line(
                    "        spec.addMixin("
                            + literal(mixinName)
                            + ", "
                            + methodName(type)
                            + "("
                            + variable
                            + ").withToString("
                            + literal(mixinSpec.toString())
                            + "));");
            if (mixinsWritten.add(type)) {
                mixinsToWrite.add(type);
            }
        }
        if (field.isAnnotationPresent(Option.class)) {
            writeOption(field, binding, argFor(annotated, field));
        }
        if (field.isAnnotationPresent(Parameters.class)) {
            writeParameter(field, binding, argFor(annotated, field));
        }
    }

    private void writeOption(Field field, String binding, ArgSpec arg) {
        Option option = field.getAnnotation(Option.class);
        Map<String, Object> set = nonDefault(option, OPTION_ATTRIBUTES, field.toString());
        List<String> calls = new ArrayList<>();
        calls.add(
                "FieldBinding.bind(OptionSpec.builder("
                        + literals(option.names())
                        + "), "
                        + binding
                        + ")");
        argAttributes(calls, field, set, option.paramLabel(), option.description(), arg);
        calls.add(".descriptionKey(" + literal(option.descriptionKey()) + ")");
        calls.add(".prompt(" + literal(option.prompt()) + ")");
        if (set.containsKey("required")) {
            calls.add(".required(" + option.required() + ")");
        }
        if (set.containsKey("order")) {
            calls.add(".order(" + option.order() + ")");
        }
        if (set.containsKey("scope")) {
            calls.add(".scopeType(ScopeType." + option.scope() + ")");
        }
        converters(calls, option.converter());
        calls.add(".withToString(" + literal(arg.toString()) + ")");
        writeBuilder("spec.addOption(", calls);
    }

    private void writeParameter(Field field, String binding, ArgSpec arg) {
        Parameters parameters = field.getAnnotation(Parameters.class);
        Map<String, Object> set = nonDefault(parameters, PARAMETER_ATTRIBUTES, field.toString());
        List<String> calls = new ArrayList<>();
        calls.add("FieldBinding.bind(PositionalParamSpec.builder(), " + binding + ")");
        if (set.containsKey("index")) {
            calls.add(".index(" + literal(parameters.index()) + ")");
        }
        argAttributes(calls, field, set, parameters.paramLabel(), parameters.description(), arg);
        calls.add(".descriptionKey(" + literal(parameters.descriptionKey()) + ")");
        calls.add(".prompt(" + literal(parameters.prompt()) + ")");
        if (arg.required()) {
            calls.add(".required(true)"); // picocli's: arity at least 1
        }
        if (set.containsKey("scope")) {
            calls.add(".scopeType(ScopeType." + parameters.scope() + ")");
        }
        converters(calls, parameters.converter());
        calls.add(".withToString(" + literal(arg.toString()) + ")");
        writeBuilder("spec.addPositional(", calls);
    }

    /** What options and positional parameters share. */
    private static void argAttributes(
            List<String> calls,
            Field field,
            Map<String, Object> set,
            String paramLabel,
            String[] description,
            ArgSpec arg) {
        if (paramLabel.contains("${")) {
            throw unhandled(field + ": a variable in paramLabel");
        }
        // picocli's label for an option without one: <fieldName>
        calls.add(
                ".paramLabel("
                        + literal(paramLabel.isEmpty() ? arg.paramLabel() : paramLabel)
                        + ")");
        if (set.containsKey("hideParamSyntax")) {
            calls.add(".hideParamSyntax(true)");
        }
        if (set.containsKey("hidden")) {
            calls.add(".hidden(true)");
        }
        if (set.containsKey("arity")) {
            calls.add(".arity(" + literal((String) set.get("arity")) + ")");
        }
        if (set.containsKey("split")) {
            calls.add(".splitRegex(" + literal((String) set.get("split")) + ")");
        }
        if (set.containsKey("defaultValue")) {
            String value = (String) set.get("defaultValue");
            if (value.equals(CommandLine.Option.NULL_VALUE)) {
                throw unhandled(field + ": defaultValue NULL_VALUE");
            }
            calls.add(".defaultValue(" + literal(value) + ")");
        }
        if (description.length > 0) {
            calls.add(".description(" + literals(description, " ".repeat(32)) + ")");
        }
        calls.add(".type(" + name(field.getType()) + ".class)");
        List<String> auxiliary = new ArrayList<>();
        for (Class<?> c : arg.auxiliaryTypes()) {
            auxiliary.add(name(c) + ".class");
        }
        calls.add(".auxiliaryTypes(" + String.join(", ", auxiliary) + ")");
    }

    private static void converters(List<String> calls, Class<?>[] converters) {
        if (converters.length == 0) {
            return;
        }
        List<String> created = new ArrayList<>();
        for (Class<?> converter : converters) {
            requireNoArgConstructor(converter);
            created.add("new " + name(converter) + "()");
        }
        calls.add(".converters(" + String.join(", ", created) + ")");
    }

    private void writeBuilder(String start, List<String> calls) {
        line("        " + start);
        line("                " + calls.get(0));
        for (String call : calls.subList(1, calls.size())) {
            line("                        " + call);
        }
        line("                        .build());");
    }

    /** The arg picocli bound to {@code field}. */
    private static ArgSpec argFor(CommandSpec annotated, Field field) {
        for (ArgSpec arg : annotated.args()) {
            if (field.equals(arg.userObject())) {
                return arg;
            }
        }
        throw new IllegalStateException("picocli built no option or parameter for " + field);
    }

    /**
     * The attributes of {@code annotation} that differ from their defaults; one not in {@code
     * handled} is an error.
     */
    private static Map<String, Object> nonDefault(
            Annotation annotation, Set<String> handled, String where) {
        Map<String, Object> set = new LinkedHashMap<>();
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            Object value;
            try {
                value = attribute.invoke(annotation);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            Object defaultValue = attribute.getDefaultValue();
            if (!Arrays.deepEquals(new Object[] {value}, new Object[] {defaultValue})) {
                if (!handled.contains(attribute.getName())) {
                    throw unhandled(
                            where
                                    + ": @"
                                    + annotation.annotationType().getSimpleName()
                                    + " attribute "
                                    + attribute.getName()
                                    + " is not handled by CommandModelGenerator");
                }
                set.put(attribute.getName(), value);
            }
        }
        return set;
    }

    /**
     * The classes {@code type} extends, from the top down, then itself ({@code Object} left out).
     */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            classes.add(0, c);
        }
        return classes;
    }

    private static void requireNoAnnotatedMethods(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            for (Class<? extends Annotation> a :
                    List.of(
                            Option.class,
                            Parameters.class,
                            Mixin.class,
                            Spec.class,
                            ArgGroup.class,
                            Unmatched.class,
                            ParentCommand.class,
                            Command.class)) {
                if (method.isAnnotationPresent(a)) {
                    throw unhandled(method + ": @" + a.getSimpleName() + " on a method");
                }
            }
        }
    }

    private static void requireNoAnnotatedMembers(Class<?> type) {
        requireNoAnnotatedMethods(type);
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Spec.class)) {
                throw unhandled(field + ": @Spec in a version provider");
            }
        }
    }

    private static void requireNoArgConstructor(Class<?> type) {
        try {
            if (Modifier.isPrivate(type.getDeclaredConstructor().getModifiers())
                    || Modifier.isPrivate(type.getModifiers())) {
                throw unhandled(type + ": private, cannot be made by generated code");
            }
        } catch (NoSuchMethodException e) {
            throw unhandled(type + ": no constructor without arguments");
        }
    }

    private static Object instance(Class<?> type) {
        if (type == PricingCommand.class) {
            return new PricingCommand(Path.of(""), Clock.systemUTC());
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + ": " + e, e);
        }
    }

    private static IllegalStateException unhandled(String what) {
        return new IllegalStateException(
                what
                        + " (CommandModelGenerator does not handle it: teach it, then "
                        + REGENERATE
                        + ")");
    }

    private static String commandName(Class<?> type) {
        return type.getAnnotation(Command.class).name();
    }

    /** {@code modelsCommand} for ModelsCommand. */
    private static String methodName(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** A class as the generated file names it: without this package. */
    private static String name(Class<?> type) {
        String canonical = type.getCanonicalName();
        if (canonical == null) {
            throw unhandled(type + ": has no name in source");
        }
        return canonical.startsWith(PACKAGE + ".")
                ? canonical.substring(PACKAGE.length() + 1)
                : canonical;
    }

    private static String array(String[] values) {
        return values.length == 0
                ? "new String[0]"
                : "new String[] {" + literals(values, " ".repeat(28)) + "}";
    }

    private static String literals(String[] values) {
        return literals(values, null);
    }

    /** The literals of {@code values}, one a line after {@code indent} when there are several. */
    private static String literals(String[] values, String indent) {
        List<String> literals = new ArrayList<>();
        for (String value : values) {
            literals.add(literal(value));
        }
        if (indent == null || literals.size() < 2) {
            return String.join(", ", literals);
        }
        return "\n" + indent + String.join(",\n" + indent, literals);
    }

    /** A Java string literal of {@code text}, ASCII only. */
    static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
