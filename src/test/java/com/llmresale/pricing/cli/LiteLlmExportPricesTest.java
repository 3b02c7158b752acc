package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The LiteLLM export carries the sheets' prices per token (issue 11): each deployment's {@code
 * model_info} holds the $ per 1M of the sheet / 1,000,000, written in plain decimals. Read back as
 * the proxy reads it (YAML 1.1, here SnakeYAML as PyYAML) and as text.
 */
class LiteLlmExportPricesTest {
    static final String SCENARIOS = Cli.PROJECT.resolve("scenarios").toString();

    @TempDir Path dir;

    /** The deployments of config.yaml, by position. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> deployments(Path config) throws IOException {
        Map<String, Object> root =
                new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(config));
        return (List<Map<String, Object>>) root.get("model_list");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> info(Map<String, Object> deployment) {
        return (Map<String, Object>) deployment.get("model_info");
    }

    /** A cost read back as the proxy reads it (a YAML float), as an exact decimal. */
    private static java.math.BigDecimal cost(Map<String, Object> info, String key) {
        assertThat(info).containsKey(key);
        assertThat(info.get(key)).as(key + " is a number").isInstanceOf(Number.class);
        return new java.math.BigDecimal(info.get(key).toString()).stripTrailingZeros();
    }

    /** Every cost of a deployment, as plain decimals. */
    private static Map<String, String> costs(Map<String, Object> info) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        info.keySet().forEach(k -> out.put(k, cost(info, k).toPlainString()));
        return out;
    }

    private Cli export(String sheets, String... more) {
        String[] args =
                Stream.concat(
                                Stream.of(
                                        "--sheets",
                                        sheets,
                                        "--scenarios",
                                        SCENARIOS,
                                        "scenario",
                                        "balanced",
                                        "--export",
                                        "litellm",
                                        "proxy"),
                                Stream.of(more))
                        .toArray(String[]::new);
        Cli result = Cli.run(dir, args);
        assertThat(result.exitCode()).as(result.describe()).isZero();
        return result;
    }

    @Test
    void eachDeploymentCarriesTheBundledSheetPricesPerToken() throws IOException {
        export(Cli.PROJECT.resolve("pricing").toString());
        String text = Files.readString(dir.resolve("proxy/config.yaml"));
        // claude-haiku-4-5 in pricing/anthropic.yaml: input 1, output 5, cached_input 0.1,
        // cache_write 1.25 per 1M
        assertThat(text)
                .contains(
                        """
                    model_info:
                      input_cost_per_token: 0.000001
                      output_cost_per_token: 0.000005
                      cache_read_input_token_cost: 0.0000001
                      cache_creation_input_token_cost: 0.00000125
                """);
        assertThat(text).doesNotContainPattern("[0-9][eE][-+]?[0-9]");

        List<Map<String, Object>> models = deployments(dir.resolve("proxy/config.yaml"));
        Map<String, Object> haiku = info(models.get(0));
        assertThat(cost(haiku, "input_cost_per_token")).isEqualByComparingTo("0.000001");
        assertThat(cost(haiku, "output_cost_per_token")).isEqualByComparingTo("0.000005");
        assertThat(cost(haiku, "cache_read_input_token_cost")).isEqualByComparingTo("0.0000001");
        assertThat(cost(haiku, "cache_creation_input_token_cost"))
                .isEqualByComparingTo("0.00000125");
        // claude-sonnet-4-5: 3 / 15 / 0.30 / 3.75 per 1M; the mix alias's deployments carry the
        // same prices
        Map<String, Object> sonnet = info(models.get(2));
        assertThat(costs(sonnet))
                .containsEntry("input_cost_per_token", "0.000003")
                .containsEntry("output_cost_per_token", "0.000015")
                .containsEntry("cache_read_input_token_cost", "0.0000003")
                .containsEntry("cache_creation_input_token_cost", "0.00000375");
        assertThat(info(models.get(5))).isEqualTo(sonnet);
        assertThat(models.get(5).get("model_name")).isEqualTo("balanced-mix");
    }

    @Test
    void withoutACacheWritePriceTheProxyChargesTheInputPriceAsOurReportsDo() throws IOException {
        // the sheets as the seeds priced them: claude-haiku-4-5 0.25 / 1.25 / 0.025 per 1M, no
        // cache_write
        export(Cli.SEED_ERA.toString());
        Map<String, Object> haiku = info(deployments(dir.resolve("proxy/config.yaml")).get(0));
        assertThat(costs(haiku))
                .containsExactly(
                        Map.entry("input_cost_per_token", "0.00000025"),
                        Map.entry("output_cost_per_token", "0.00000125"),
                        Map.entry("cache_read_input_token_cost", "0.000000025"),
                        Map.entry("cache_creation_input_token_cost", "0.00000025"));
    }

    @Test
    void cacheWritesTheLongContextTierAndThePriceInForceOnTheDay() throws IOException {
        // on the sheets as the seeds priced them, where claude-sonnet-4-5 has no cache_write yet
        Path sheets = dir.resolve("sheets");
        Files.createDirectories(sheets);
        try (Stream<Path> files = Files.list(Cli.SEED_ERA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, sheets.resolve(f.getFileName()));
            }
        }
        String anthropic = Files.readString(sheets.resolve("anthropic.yaml"));
        String sonnet45 =
                """
                  - id: claude-sonnet-4-5
                    aliases: [claude-sonnet-4-5-20250929]   # ids LiteLLM logs for this model
                    input: 3
                    output: 15
                    cached_input: 0.30
                """;
        assertThat(anthropic).contains(sonnet45);
        Files.writeString(
                sheets.resolve("anthropic.yaml"),
                anthropic.replace(
                        sonnet45,
                        sonnet45
                                + """
                    cache_write: 3.75
                    tiers:
                      - {above_input_tokens: 200000, input: 6, output: 22.5, cached_input: 0.60, cache_write: 7.50}
                    history:
                      - {until: 2026-02-01, input: 1.1, output: 4.4}
                """));

        export(sheets.toString());
        Map<String, Object> today = info(deployments(dir.resolve("proxy/config.yaml")).get(2));
        assertThat(costs(today))
                .containsExactly(
                        Map.entry("input_cost_per_token", "0.000003"),
                        Map.entry("output_cost_per_token", "0.000015"),
                        Map.entry("cache_read_input_token_cost", "0.0000003"),
                        Map.entry("cache_creation_input_token_cost", "0.00000375"),
                        Map.entry("input_cost_per_token_above_200k_tokens", "0.000006"),
                        Map.entry("output_cost_per_token_above_200k_tokens", "0.0000225"),
                        Map.entry("cache_read_input_token_cost_above_200k_tokens", "0.0000006"),
                        Map.entry(
                                "cache_creation_input_token_cost_above_200k_tokens", "0.0000075"));
        assertThat(Files.readString(dir.resolve("proxy/config.yaml")))
                .contains("      output_cost_per_token_above_200k_tokens: 0.0000225\n");

        // before 2026-02-01 the history's prices were in force (no cached price then: the input
        // price)
        try (var old = Files.walk(dir.resolve("proxy"))) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        export(sheets.toString(), "--at", "2026-01-15");
        Map<String, Object> before = info(deployments(dir.resolve("proxy/config.yaml")).get(2));
        assertThat(costs(before))
                .containsExactly(
                        Map.entry("input_cost_per_token", "0.0000011"),
                        Map.entry("output_cost_per_token", "0.0000044"),
                        Map.entry("cache_read_input_token_cost", "0.0000011"),
                        Map.entry("cache_creation_input_token_cost", "0.0000011"));
    }
}
