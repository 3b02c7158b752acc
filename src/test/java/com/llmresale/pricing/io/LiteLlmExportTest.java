package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.yaml.snakeyaml.Yaml;

/**
 * The LiteLLM config.yaml, read back with SnakeYAML (a YAML 1.1 parser, as the proxy's PyYAML is):
 * whatever the aliases, model ids and scenario name hold, it is one document with the intended
 * keys, and every string is still a string.
 */
class LiteLlmExportTest {
    private static final Scenario BALANCED =
            ScenarioLoader.load(
                    Path.of("scenarios/balanced.yaml").toAbsolutePath(), "scenarios/balanced.yaml");

    /**
     * Strings a YAML 1.1 parser reads as something else, or that start a document, a comment, a
     * key.
     */
    static final List<String> HOSTILE =
            List.of(
                    "12:30",
                    "1_000",
                    "2025-01-01",
                    ".5",
                    "<<",
                    "yes",
                    "No",
                    "ON",
                    "y",
                    "null",
                    "~",
                    "",
                    "---",
                    "...",
                    "--- x",
                    "a: b",
                    "a:b",
                    "# c",
                    "a #c",
                    "x\ny: z",
                    "x\r\n- y",
                    "&a",
                    "*a",
                    "!!int 1",
                    "[1]",
                    "{a: 1}",
                    "0x1F",
                    "0o17",
                    "+1",
                    "-.inf",
                    ".NaN",
                    "1e3",
                    " lead",
                    "trail ",
                    "'q'",
                    "\"dq\"",
                    "|",
                    ">",
                    "%YAML 1.1",
                    "@x",
                    "`x",
                    "?x",
                    "- x",
                    "\u0085nel",
                    "\u2028ls",
                    "tab\tx",
                    "\u0000nul",
                    "\u001b[31m",
                    "\uFEFFbom",
                    "é",
                    "x\\y");

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                        Arbitraries.of(HOSTILE),
                        Arbitraries.strings()
                                .withChars("-:#&*!|>'\"%@`,[]{}?~<=.+_ \n\r\t01yYnNeE")
                                .ofMaxLength(8),
                        Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(12))
                .filter(s -> !s.isBlank());
    }

    /**
     * Aliases follow the id rule (no control characters, no spaces at the ends): others never load.
     */
    private static boolean validAlias(String alias) {
        try {
            com.llmresale.pricing.model.Ids.check("alias", alias);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Scenario scenario(String name, List<String> aliases, List<String> models) {
        Scenario s = BALANCED;
        List<MixEntry> mix = new ArrayList<>();
        for (int i = 0; i < aliases.size(); i++) {
            mix.add(
                    new MixEntry(
                            aliases.get(i),
                            "anthropic",
                            models.get(i % models.size()),
                            BigDecimal.valueOf(10 + i),
                            800L,
                            400_000L,
                            null,
                            0));
        }
        return s.toBuilder().name(name).mix(mix).build();
    }

    /** The config as a YAML 1.1 parser reads it; exactly one document. */
    private static Map<String, Object> parse(String yaml) {
        List<Object> documents = new ArrayList<>();
        new Yaml().loadAll(yaml).forEach(documents::add);
        assertThat(documents).as(yaml).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) documents.get(0);
        return config;
    }

    private static Map<String, Object> deployment(String name, String model, int weight) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("model", "anthropic/" + model);
        params.put("api_key", "os.environ/ANTHROPIC_API_KEY");
        params.put("rpm", 800);
        params.put("tpm", 400_000);
        params.put("weight", weight);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("model_name", name);
        d.put("litellm_params", params);
        return d;
    }

    /** The config.yaml the export means, built independently of it. */
    private static Map<String, Object> intended(
            String name, List<String> aliases, List<String> models) {
        List<Object> modelList = new ArrayList<>();
        for (int i = 0; i < aliases.size(); i++) {
            modelList.add(deployment(aliases.get(i), models.get(i % models.size()), 10 + i));
        }
        List<String> callable = new ArrayList<>(aliases);
        if (aliases.size() > 1) {
            for (int i = 0; i < aliases.size(); i++) {
                modelList.add(deployment(name + "-mix", models.get(i % models.size()), 10 + i));
            }
            callable.add(name + "-mix");
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("user_role", "internal_user");
        defaults.put("max_budget", 23.19);
        defaults.put("budget_duration", "30d");
        defaults.put("models", callable);
        Map<String, Object> general = new LinkedHashMap<>();
        general.put("master_key", "os.environ/LITELLM_MASTER_KEY");
        general.put("database_url", "os.environ/DATABASE_URL");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("model_list", modelList);
        config.put("router_settings", Map.of("routing_strategy", "simple-shuffle"));
        config.put("litellm_settings", Map.of("default_internal_user_params", defaults));
        config.put("general_settings", general);
        return config;
    }

    private static void assertExportMeans(String name, List<String> aliases, List<String> models) {
        String yaml =
                LiteLlmExport.files(
                                scenario(name, aliases, models),
                                new BigDecimal("23.19"),
                                name + "-mix",
                                new Catalog(Settings.defaults(), List.of()))
                        .get(LiteLlmExport.CONFIG);

        assertThat(parse(yaml)).as(yaml).isEqualTo(intended(name, aliases, models));
        // the data in the two comment lines stays in them
        List<String> comments = yaml.lines().filter(l -> l.startsWith("#")).toList();
        assertThat(comments).as(yaml).hasSize(2);
        assertThat(yaml)
                .as(yaml)
                .startsWith(comments.get(0) + "\n" + comments.get(1) + "\nmodel_list:\n");
    }

    @Example
    void stringsThatAYaml11ParserWouldRetypeStayStrings() {
        for (String s : HOSTILE) {
            List<String> aliases =
                    java.util.stream.Stream.of(s, "alias-" + s)
                            .filter(LiteLlmExportTest::validAlias)
                            .toList();
            if (!s.isBlank() && !aliases.isEmpty()) {
                assertExportMeans("n" + s, aliases, List.of(s));
            }
        }
    }

    @Example
    void aScenarioNameCannotLeaveItsComment() {
        assertExportMeans(
                "x\nmaster_key: stolen\r\n---\n\u0085y\u2028z", List.of("a", "b"), List.of("m"));
    }

    @Property(tries = 300)
    void anyAliasModelAndNameMeanWhatTheyAre(
            @ForAll("hostile") String name,
            @ForAll @Size(min = 1, max = 3) @UniqueElements List<@From("hostile") String> aliases,
            @ForAll @Size(min = 1, max = 2) List<@From("hostile") String> models) {
        List<String> distinct =
                aliases.stream()
                        .filter(a -> !a.equals(name + "-mix"))
                        .filter(LiteLlmExportTest::validAlias)
                        .toList();
        if (!distinct.isEmpty()) {
            assertExportMeans(name, distinct, models);
        }
    }
}
