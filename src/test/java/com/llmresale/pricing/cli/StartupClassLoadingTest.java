package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a command loads at start-up. tablesaw scans the class path at first use (~0.4 s): the
 * everyday commands must never load it; {@code --version} and the top help must build no command's
 * model. Runs each command in a fresh JVM with class-load logging and looks at the classes.
 */
class StartupClassLoadingTest {
    private static Path CACHE;

    @org.junit.jupiter.api.BeforeAll
    static void cacheFolder(@org.junit.jupiter.api.io.TempDir Path dir) {
        CACHE = dir;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "models",
                "recompute",
                "models --format json",
                "recompute --format csv",
                "tiers",
                "compare",
                "lint",
                "scenario balanced",
                "scenario balanced --format json",
                "scenario list",
                "estimate anthropic:claude-haiku-4-5 --input-tokens 1000 --output-tokens 100",
                "roi --example seed-003"
            })
    void everydayCommandsDoNotLoadTablesaw(String command)
            throws IOException, InterruptedException {
        assertThat(classesLoadedBy(command))
                .as("classes loaded by 'pricing " + command + "'")
                .contains("com.llmresale.pricing.cli.Main")
                .doesNotContain("tech.tablesaw");
    }

    /**
     * Nor does an everyday command load the time-zone database ({@code java.time}'s zone rules:
     * today's date comes through {@code TimeZone}) or make a record's {@code equals}/{@code
     * hashCode} (a record used as a map key or compared: the JDK builds those methods with method
     * handles at first use, 25 ms for {@code compare}'s recommendations when they were keyed by a
     * record). Each is a tenth of a short command's start-up (docs/speed.md).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "models",
                "recompute",
                "tiers",
                "compare",
                "lint",
                "scenario balanced",
                "estimate anthropic:claude-haiku-4-5 --input-tokens 1000 --output-tokens 100",
                "margin --scenario balanced",
                "decide --example seed-003",
                "roi --example seed-003"
            })
    void everydayCommandsLoadNoZoneRulesAndBuildNoRecordMethods(String command)
            throws IOException, InterruptedException {
        assertThat(classesLoadedBy(command))
                .as("classes loaded by 'pricing " + command + "'")
                .contains("com.llmresale.pricing.cli.Main")
                .doesNotContain("java.time.zone.TzdbZoneRulesProvider")
                .doesNotContain("java.lang.runtime.ObjectMethods ");
    }

    /**
     * The second run over the same files reads their parsed trees from the cache: no YAML parser is
     * loaded at all (the first run parsed them).
     */
    @Test
    void aSecondRunParsesNoYaml(@org.junit.jupiter.api.io.TempDir Path cache)
            throws IOException, InterruptedException {
        assertThat(classesLoadedBy("compare --scenario balanced", cache))
                .contains("org.yaml.snakeyaml.parser.ParserImpl");
        assertThat(classesLoadedBy("compare --scenario balanced", cache))
                .contains("com.llmresale.pricing.io.YamlCache")
                .doesNotContain("org.yaml.snakeyaml.parser.ParserImpl");
    }

    /**
     * {@code pricing --version} builds no subcommand (no command's options, converters or
     * completion candidates) and touches no engine, loading or model code: before, it built every
     * command's model and loaded 78 of our classes, LintCommand's codes and the sync, decision and
     * scenario reports among them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void theVersionLoadsNoCommandModelAndNoEngine(String option)
            throws IOException, InterruptedException {
        assertThat(besidesTheCacheSwitch(classesLoadedBy(option)))
                .as("classes loaded by 'pricing " + option + "'")
                .contains("com.llmresale.pricing.cli.VersionProvider")
                .doesNotContain(
                        "com.llmresale.pricing.engine.",
                        "com.llmresale.pricing.io.",
                        "com.llmresale.pricing.model.ModelKey",
                        "com.llmresale.pricing.cli.LintCommand$",
                        "com.llmresale.pricing.cli.CommandOutline",
                        "com.llmresale.pricing.cli.ModelArgument",
                        "com.llmresale.pricing.cli.ProviderOption");
    }

    /**
     * The top command's help lists every command from its {@code @Command} alone: no command's
     * options are built (their converters are never loaded), no engine code runs.
     */
    @Test
    void theTopHelpBuildsNoCommandModel() throws IOException, InterruptedException {
        assertThat(besidesTheCacheSwitch(classesLoadedBy("--help")))
                .as("classes loaded by 'pricing --help'")
                .contains("com.llmresale.pricing.cli.CommandOutline")
                .doesNotContain(
                        "com.llmresale.pricing.engine.",
                        "com.llmresale.pricing.io.",
                        "com.llmresale.pricing.cli.LintCommand$",
                        "com.llmresale.pricing.cli.ModelArgument");
    }

    /**
     * No annotation is read at start-up: the command models are built from generated code ({@code
     * CommandModels}), not by picocli from the annotations, so the JDK generates none of the proxy
     * classes it makes to read an annotation (one per annotation type, made at run time and never
     * in the class-data archive).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "--version",
                "--help",
                "models",
                "models --provider groq --at 2025-06-01 -f json",
                "recompute",
                "compare",
                "lint",
                "scenario balanced",
                "estimate anthropic:claude-haiku-4-5 --input-tokens 1000 --output-tokens 100",
                "roi --example seed-003",
                "decide --example seed-003",
                "margin --scenario balanced"
            })
    void everydayCommandsGenerateNoAnnotationProxy(String command)
            throws IOException, InterruptedException {
        String loaded = classesLoadedBy(command);
        assertThat(loaded)
                .as("classes loaded by 'pricing " + command + "'")
                .contains("com.llmresale.pricing.cli.CommandModels")
                .doesNotContain("$Proxy", "jdk.proxy");
    }

    /**
     * The check above can fail: {@code help} builds picocli's own {@code HelpCommand} (and {@code
     * generate-completion}) from their annotations, and the log shows the proxies that makes.
     */
    @Test
    void aModelBuiltFromAnnotationsShowsItsProxies() throws IOException, InterruptedException {
        assertThat(classesLoadedBy("help models")).contains("$Proxy");
    }

    /**
     * The log without the YAML cache's class: {@code Main} switches the cache on (a folder noted,
     * nothing read or written until a YAML file is), so every command loads that one io class.
     */
    private static String besidesTheCacheSwitch(String log) {
        return log.lines()
                .filter(line -> !line.contains("com.llmresale.pricing.io.YamlCache "))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * The JVM's class-loading log of {@code pricing COMMAND} run in a fresh JVM; exit 0 checked.
     */
    private static String classesLoadedBy(String command) throws IOException, InterruptedException {
        return classesLoadedBy(command, CACHE);
    }

    /** The same, with parsed YAML kept in {@code cache}. */
    private static String classesLoadedBy(String command, Path cache)
            throws IOException, InterruptedException {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xlog:class+load=info",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName()));
        cmd.addAll(List.of(command.split(" ")));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        // parsed YAML kept here, not in the user's cache folder
        builder.environment().put("PRICING_CACHE", cache.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
