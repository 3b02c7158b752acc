package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code pricing scenario}: the acceptance figures, overrides, errors, the LiteLLM export,
 * sensitivity.
 */
class ScenarioCommandTest {
    static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                    .USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * The sheets as the seeds priced them (seed 004's figures rest on them), named so no
     * bundled-folder note is printed.
     */
    static final String SHEETS = Cli.SEED_ERA.toString();

    @TempDir Path dir;

    static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--sheets", SHEETS));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        Cli result = Cli.run(all.toArray(String[]::new)).assertOk();
        return JSON.readTree(result.out());
    }

    static String at(JsonNode root, String path) {
        JsonNode node = root.at(path);
        assertThat(node.isMissingNode()).as(path).isFalse();
        return node.asText();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            textBlock =
                    """
            /revenue_local,                 40000
            /revenue_usd,                   1159.42
            /cost_budget_usd,               347.83
            /gross_margin_usd,              811.59
            /per_user/revenue_usd,          23.19
            /per_user/cost_budget_usd,      6.96
            /per_user/requests_per_month,   3000
            /per_user/tokens_per_month,     1500000
            /totals/requests_per_month,     150000
            /totals/tokens_per_month,       75000000
            /model_mix/0/alias,             autox
            /model_mix/0/budget_usd,        139.13
            /model_mix/1/budget_usd,        104.35
            /model_mix/2/budget_usd,        104.35
            /model_mix/2/model,             claude-sonnet-4-5
            /users,                         50
            /fx_rate,                       34.5
            /currency,                      TRY
            """)
    void acceptanceFigures(String path, String expected) throws IOException {
        assertThat(at(json("scenario", "balanced"), path)).isEqualTo(expected);
    }

    @Test
    void contractKeysInOrder() throws IOException {
        JsonNode root = json("scenario", "balanced");
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
                .containsSubsequence(
                        "scenario",
                        "users",
                        "currency",
                        "price_per_user",
                        "revenue_local",
                        "fx_rate",
                        "revenue_usd",
                        "cost_margin",
                        "cost_budget_usd",
                        "gross_margin_usd",
                        "per_user",
                        "model_mix",
                        "totals",
                        "checks");
        assertThat(root.at("/model_mix/0").has("weight")).isTrue();
        JsonNode check = root.at("/checks/0");
        assertThat(check.has("severity") && check.has("code") && check.has("message")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            --users 100,      /revenue_local,             80000
            --users 100,      /totals/tokens_per_month,   150000000
            --price 1000,     /revenue_usd,               1449.28
            --fx 40,          /revenue_usd,               1000.00
            --fx 40,          /per_user/cost_budget_usd,  6.00
            --margin 0.5,     /cost_budget_usd,           579.71
            --margin 0.5,     /model_mix/0/budget_usd,    231.88
            --margin 1,       /gross_margin_usd,          0.00
            """)
    void overridesRecompute(String option, String path, String expected) throws IOException {
        String[] o = option.split(" ");
        JsonNode node = json("scenario", "balanced", o[0], o[1]).at(path);
        assertThat(node.decimalValue()).as(path).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            --users 0                     | --users: must be greater than 0, got 0
            --users -5                    | --users: must be greater than 0, got -5
            --price -800                  | --price: must be greater than 0, got -800
            --fx 0                        | --fx: must be greater than 0, got 0
            --margin 1.5                  | --margin: must be a share of revenue, at most 1
            --margin -0.1                 | --margin: must be greater than 0
            --users many                  | Invalid value for option '--users'
            --prompt-cache-hit-rate 1.2   | --prompt-cache-hit-rate: must be a share between 0 and 1
            --batch-share -1              | --batch-share: must be a share between 0 and 1
            --semantic-cache-hit-rate 2   | --semantic-cache-hit-rate: must be a share between 0 and 1
            --output-cap 0                | --output-cap: must be greater than 0
            --export csv out              | --export: unknown target 'csv' (expected: litellm)
            --grid-users 10               | --grid-users/--grid-prices: only with --sensitivity
            --fx 0.000000000001           | --fx: must be between 0.000001 and 1,000,000,000, got 0.000000000001
            --fx 2000000000               | --fx: must be between 0.000001 and 1,000,000,000, got 2000000000
            --price 100000000000000       | --price: must be greater than 0 and at most 1,000,000,000, got 100000000000000
            --users 2147483647            | --users: must be a whole number between 1 and 100,000,000, got 2147483647
            --sensitivity --users 2147483647 | --users: must be a whole number between 1 and 100,000,000, got 2147483647
            --sensitivity --grid-users 1,200000000 | --grid-users: every count must be between 1 and 100,000,000, got 200000000
            --sensitivity --grid-prices 1,1e10 | --grid-prices: every price must be greater than 0 and at most 1,000,000,000
            """)
    void invalidOverridesAreUsageErrors(String option, String message) {
        List<String> args = new ArrayList<>(List.of("--sheets", SHEETS, "scenario", "balanced"));
        args.addAll(List.of(option.split(" ")));
        Cli result = Cli.run(args.toArray(String[]::new)).assertError(2);
        assertThat(result.errorLine()).contains(message);
    }

    @Test
    void unknownScenarioListsTheKnownOnes() {
        Cli result = Cli.run("--sheets", SHEETS, "scenario", "balancd").assertError(2);
        assertThat(result.errorLine())
                .isEqualTo(
                        "error: unknown scenario 'balancd' (known: balanced, economy, growth, premium; see `pricing scenario list`)");
    }

    static final String[] ALL_LEVERS = {
        "--sheets",
        SHEETS,
        "scenario",
        "balanced",
        "--prompt-cache-hit-rate",
        "0.5",
        "--batch-share",
        "0.2",
        "--semantic-cache-hit-rate",
        "0.3",
        "--output-cap",
        "80"
    };

    @Test
    void leverWaterfallAddsUpToTheCent() throws IOException {
        String table = Cli.run(ALL_LEVERS).assertOk().out();
        // cost before - saving = cost after, row by row, on the shown (rounded) figures
        assertThat(table)
                .contains("$174.56  -$24.94")
                .contains("$140.90  -$33.66")
                .contains("$126.81  -$14.09");
        JsonNode levers =
                json(java.util.Arrays.copyOfRange(ALL_LEVERS, 2, ALL_LEVERS.length)).get("levers");
        java.math.BigDecimal previous = levers.get("before_usd").decimalValue();
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode step : levers.get("steps")) {
            java.math.BigDecimal cost = step.get("cost_usd").decimalValue();
            assertThat(previous.subtract(step.get("saving_usd").decimalValue()))
                    .isEqualByComparingTo(cost);
            sum = sum.add(step.get("saving_usd").decimalValue());
            previous = cost;
        }
        assertThat(sum)
                .isEqualByComparingTo(levers.get("saving_usd").decimalValue())
                .isEqualByComparingTo("158.19");
    }

    @Test
    void aZeroSavingHasNoMinusSign() {
        String table =
                Cli.run("--sheets", SHEETS, "scenario", "balanced", "--output-cap", "150")
                        .assertOk()
                        .out();
        assertThat(table).contains("$285.00   $0.00").doesNotContain("-$0.00");
    }

    @Test
    void figuresAtTheEdgesOfTheirRangesGiveAReportOrADataError() {
        // every figure in range: the largest user count still reports, and its sensitivity grid
        // stays in range
        Cli.run("--sheets", SHEETS, "scenario", "balanced", "--users", "100000000").assertOk();
        assertThat(
                        Cli.run(
                                        "--sheets",
                                        SHEETS,
                                        "scenario",
                                        "balanced",
                                        "--users",
                                        "100000000",
                                        "--sensitivity",
                                        "-f",
                                        "csv")
                                .assertOk()
                                .out())
                .contains("\nbalanced,100000000,800,");
        // in range one by one, yet together beyond 64-bit counts: one line, exit 1, never an
        // ArithmeticException
        Cli result =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "scenario",
                                "balanced",
                                "--users",
                                "100000000",
                                "--price",
                                "1000000000",
                                "--fx",
                                "0.000001")
                        .assertError(1);
        assertThat(result.errorLine())
                .startsWith("error: scenarios/balanced.yaml: figures out of range: ")
                .contains("use fewer users, a lower price, a higher fx rate, lower limits")
                .doesNotContain("ArithmeticException");
    }

    @Test
    void limitsBeyond64BitCountsAreADataErrorToo() throws IOException {
        // each figure in range (a trillion-token cap, 100 million users), their product beyond 64
        // bits
        Workspace ws =
                workspaceWith(
                        balancedYaml()
                                .replace(
                                        "tokens_per_minute: 833",
                                        "tokens_per_minute: 1000000000000")
                                .replaceAll(
                                        "(?m)^(\\s*)tokens_per_(hour|day|month): \\d+",
                                        "$1tokens_per_$2: 1000000000000"));
        Cli result =
                ws.runFailing(
                        1, "--sheets", SHEETS, "scenario", "balanced", "--users", "100000000");
        assertThat(result.errorLine())
                .startsWith("error: scenarios/balanced.yaml: figures out of range: ")
                .contains("lower limits");
    }

    @Test
    void aLimitAboveATrillionIsAFieldError() throws IOException {
        Workspace ws =
                workspaceWith(
                        balancedYaml()
                                .replace(
                                        "tokens_per_minute: 833",
                                        "tokens_per_minute: 9000000000000000000"));
        Cli result = ws.runFailing(1, "--sheets", SHEETS, "scenario", "balanced", "-f", "json");
        assertThat(result.errorLine())
                .matches(
                        "error: scenarios/balanced\\.yaml:\\d+: limits\\.tokens_per_minute: must be at "
                                + "most 1000000000000 \\(a trillion: leave it out for no cap\\), got 9000000000000000000");
    }

    @Test
    void listShowsEveryScenario() throws IOException {
        JsonNode root = json("scenario", "list");
        List<String> names = new ArrayList<>();
        root.get("scenarios").forEach(s -> names.add(s.get("scenario").asText()));
        assertThat(names).containsExactly("balanced", "economy", "growth", "premium");
    }

    @Test
    void listShowsTheGoodFilesAndReportsEachBadOne() throws IOException {
        Workspace ws = workspaceWith(balancedYaml().replace("users: 50 ", "users: -50 "));
        ws.write(
                "scenarios/economy.yaml",
                Files.readString(Cli.PROJECT.resolve("scenarios/economy.yaml")));
        ws.write("scenarios/broken.yaml", "name: [\n");
        ws.write(
                "scenarios/growth.yaml",
                Files.readString(Cli.PROJECT.resolve("scenarios/growth.yaml")));
        Cli result = ws.run("--sheets", SHEETS, "scenario", "list");
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
        assertThat(result.out().lines().map(l -> l.split(" ")[0]).toList())
                .contains("economy", "growth")
                .doesNotContain("balanced", "broken");
        assertThat(result.out()).contains("2 scenarios in scenarios");
        List<String> errors = result.err().lines().toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0))
                .startsWith("error: scenarios/balanced.yaml:")
                .contains("users: must be greater than 0");
        // the parser finds the problem where it is: the file ends inside the [ of line 1
        assertThat(errors.get(1))
                .isEqualTo(
                        "error: scenarios/broken.yaml:2: not valid YAML: expected the node content, "
                                + "but found '<stream end>'");
    }

    @Test
    void twoFilesForOneScenarioNameAreAnError() throws IOException {
        Workspace ws = workspaceWith(balancedYaml());
        ws.write("scenarios/balanced.yml", balancedYaml());

        Cli result = ws.runFailing(1, "--sheets", SHEETS, "scenario", "balanced");

        assertThat(result.errorLine())
                .isEqualTo(
                        "error: scenarios/balanced.yml: a second file for scenario 'balanced' "
                                + "(the first is scenarios/balanced.yaml): keep one");
    }

    @Test
    void aListWithABadFileWritesNoOutputFile() throws IOException {
        Workspace ws = workspaceWith(balancedYaml());
        ws.write("scenarios/broken.yaml", "name: [\n");

        Cli result = ws.run("--sheets", SHEETS, "scenario", "list", "-o", "list.txt");

        assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
        assertThat(ws.root().resolve("list.txt")).doesNotExist();
        assertThat(result.err()).startsWith("error: scenarios/broken.yaml:");
    }

    @Test
    void aNegativeMarginReadsMinusDollars() {
        String table =
                Cli.run("--sheets", SHEETS, "scenario", "balanced", "--price", "100")
                        .assertOk()
                        .out();
        assertThat(table).contains("-$140.07 (-96.7%)").doesNotContain("$-");
    }

    @Test
    void listOfGoodFilesExitsZeroWithNothingOnStderr() {
        Cli result = Cli.run("--sheets", SHEETS, "scenario", "list").assertOk();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void everyBundledScenarioAnalyses() {
        for (String name : List.of("balanced", "economy", "growth", "premium")) {
            for (String format : List.of("table", "csv", "json", "markdown")) {
                Cli.run("--sheets", SHEETS, "scenario", name, "--format", format).assertOk();
            }
        }
    }

    // ---- bad scenario files -----------------------------------------------------------------

    private Workspace workspaceWith(String scenario) throws IOException {
        Workspace ws = new Workspace(dir);
        ws.write("scenarios/balanced.yaml", scenario);
        return ws;
    }

    private static String balancedYaml() throws IOException {
        return Files.readString(
                Cli.PROJECT.resolve("scenarios/balanced.yaml"), StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            users: 50            | users: -50                    | users: -50 | users: must be greater than 0, got -50
            users: 50            | userz: 50                     | userz: 50 | userz: unknown field (expected one of:
            fx_rate: 34.5        | fx_rate: 0                    | fx_rate | fx_rate: must be greater than 0, got 0
            users: 50            | users: 5000000000             | users: 5000000000 | users: must be a whole number between 1 and 100,000,000, got 5000000000
            users: 50            | users: 50.5                   | users: 50.5 | users: must be a whole number between 1 and 100,000,000, got 50.5
            fx_rate: 34.5        | fx_rate: 0.000000000001       | fx_rate | fx_rate: must be between 0.000001 and 1,000,000,000, got 0.000000000001
            price_per_user: 800  | price_per_user: 100000000000000 | price_per_user | price_per_user: must be greater than 0 and at most 1,000,000,000
            cost_margin: 0.30    | cost_margin: 1.3              | cost_margin | cost_margin: must be a share of revenue, at most 1
            requests_per_day: 100 | requests_per_day: -100       | requests_per_day | limits.requests_per_day: must be greater than 0, got -100
            tokens_per_month: 1500000 | tokens_per_month: lots   | tokens_per_month | limits.tokens_per_month: not a number: 'lots'
            weight: 40           | weigth: 40                    | weigth | mix[autox].weigth: unknown field
            model: claude-haiku-4-5 | model: claude-4-haiku      | model: claude-4-haiku | mix[autox].model: anthropic:claude-4-haiku is not in the price sheets
            input: 0.75          | input: 0.7                    | token_split | token_split: input and output must add up to 1, got 0.7 + 0.25
            budget_duration: 30d | budget_duration: monthly      | budget_duration | limits.budget_duration: expected a duration
            """)
    void badScenarioFilesGiveOneLineErrors(
            String from, String to, String lineMarker, String message) throws IOException {
        String yaml = balancedYaml().replace(from, to);
        assertThat(yaml).contains(to);
        Workspace ws = workspaceWith(yaml);
        Cli result =
                ws.runFailing(
                        1,
                        "--sheets",
                        SHEETS,
                        "scenario",
                        "balanced",
                        "--export",
                        "litellm",
                        "out",
                        "--output",
                        "report.txt");
        assertThat(result.err().lines().count()).as(result.describe()).isEqualTo(1);
        assertThat(result.errorLine())
                .startsWith("error: scenarios/balanced.yaml:" + lineOf(yaml, lineMarker) + ": ")
                .contains(message);
    }

    @Test
    void missingMix() throws IOException {
        String yaml = balancedYaml();
        yaml = yaml.substring(0, yaml.indexOf("mix:"));
        Cli result = workspaceWith(yaml).runFailing(1, "--sheets", SHEETS, "scenario", "balanced");
        assertThat(result.errorLine())
                .startsWith("error: scenarios/balanced.yaml:")
                .endsWith("mix: missing");
    }

    // ---- LiteLLM export ---------------------------------------------------------------------

    @Test
    void exportWritesTheProxyConfigAndUserPayloads() throws IOException {
        Workspace ws = new Workspace(dir);
        Cli result =
                ws.run(
                        "--sheets",
                        SHEETS,
                        "--scenarios",
                        Cli.PROJECT.resolve("scenarios").toString(),
                        "scenario",
                        "balanced",
                        "--export",
                        "litellm",
                        "proxy",
                        "--format",
                        "json");
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.err()).contains("Wrote config.yaml");
        assertThat(JSON.readTree(result.out()).get("revenue_local").asText()).isEqualTo("40000");

        JsonNode config = new YAMLMapper().readTree(dir.resolve("proxy/config.yaml").toFile());
        JsonNode first = config.at("/model_list/0");
        assertThat(first.get("model_name").asText()).isEqualTo("autox");
        JsonNode params = first.get("litellm_params");
        assertThat(params.get("model").asText()).isEqualTo("anthropic/claude-haiku-4-5");
        assertThat(params.get("api_key").asText()).isEqualTo("os.environ/ANTHROPIC_KEY_HAIKU");
        assertThat(params.get("rpm").asLong()).isEqualTo(800);
        assertThat(params.get("tpm").asLong()).isEqualTo(400000);
        assertThat(params.get("weight").asInt()).isEqualTo(40);
        assertThat(config.at("/model_list/1/litellm_params/rpm").asLong()).isEqualTo(480);
        assertThat(config.at("/model_list/2/model_name").asText()).isEqualTo("sonnet-4-5-x");
        List<String> mixWeights = new ArrayList<>();
        config.get("model_list")
                .forEach(
                        d -> {
                            if (d.get("model_name").asText().equals("balanced-mix")) {
                                mixWeights.add(d.at("/litellm_params/weight").asText());
                            }
                        });
        assertThat(mixWeights).containsExactly("40", "30", "30");
        assertThat(config.at("/router_settings/routing_strategy").asText())
                .isEqualTo("simple-shuffle");
        assertThat(
                        config.at("/litellm_settings/default_internal_user_params/max_budget")
                                .decimalValue())
                .isEqualByComparingTo("23.19");
        assertThat(config.at("/general_settings/master_key").asText())
                .isEqualTo("os.environ/LITELLM_MASTER_KEY");

        JsonNode newStandard = JSON.readTree(dir.resolve("proxy/user-new-standard.json").toFile());
        assertThat(newStandard.get("user_id").asText()).isEqualTo("user_001");
        assertThat(newStandard.get("max_budget").decimalValue()).isEqualByComparingTo("23.19");
        assertThat(newStandard.get("budget_duration").asText()).isEqualTo("30d");
        assertThat(newStandard.get("rpm_limit").asInt()).isEqualTo(2);
        assertThat(newStandard.get("tpm_limit").asInt()).isEqualTo(833);
        assertThat(newStandard.has("max_requests_per_day")).as("not a LiteLLM field").isFalse();
        assertThat(newStandard.at("/metadata/not_enforced_by_proxy/max_requests_per_day").asInt())
                .isEqualTo(100);
        assertThat(newStandard.at("/metadata/not_enforced_by_proxy/max_tokens_per_day").asInt())
                .isEqualTo(50000);

        JsonNode updatePremium =
                JSON.readTree(dir.resolve("proxy/user-update-premium.json").toFile());
        assertThat(updatePremium.get("user_id").asText()).isEqualTo("premium_user_001");
        assertThat(updatePremium.get("max_budget").decimalValue()).isEqualByComparingTo("46.38");
        assertThat(updatePremium.get("rpm_limit").asInt()).isEqualTo(4);
        assertThat(updatePremium.get("tpm_limit").asInt()).isEqualTo(1666);
        assertThat(updatePremium.has("user_email")).isFalse();
        assertThat(updatePremium.at("/metadata/not_enforced_by_proxy/max_requests_per_day").asInt())
                .isEqualTo(200);
        assertThat(updatePremium.at("/metadata/not_enforced_by_proxy/max_tokens_per_day").asInt())
                .isEqualTo(100000);

        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir.resolve("proxy"))) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "config.yaml",
                        "user-new-standard.json",
                        "user-update-standard.json",
                        "user-new-premium.json",
                        "user-update-premium.json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportedAliasesStayStringsAndTheScenarioNameStaysInItsComment() throws IOException {
        Workspace ws = new Workspace(dir);
        String mix =
                """
                mix:
                  - alias: "yes"
                    provider: anthropic
                    model: claude-haiku-4-5
                    weight: 50
                  - alias: "12:30"
                    provider: anthropic
                    model: claude-sonnet-4-5
                    weight: 30
                  - alias: "x: stolen --- y"
                    provider: anthropic
                    model: claude-sonnet-4
                    weight: 20
                """;
        ws.write(
                "scenarios/a\nmaster_key: stolen.yaml",
                balancedYaml()
                        .replace("name: balanced\n", "")
                        .replaceAll(
                                "(?s)\nmix:.*\n(# What the seed claims)",
                                java.util.regex.Matcher.quoteReplacement("\n" + mix) + "$1"));

        Cli result =
                ws.run(
                        "--sheets",
                        SHEETS,
                        "scenario",
                        "a\nmaster_key: stolen",
                        "--export",
                        "litellm",
                        "proxy");
        assertThat(result.exitCode()).as(result.describe()).isZero();

        String yaml = ws.read("proxy/config.yaml");
        // read back by a YAML 1.1 parser, as the proxy's PyYAML reads it
        java.util.Map<String, Object> config = new org.yaml.snakeyaml.Yaml().load(yaml);
        assertThat(config)
                .as(yaml)
                .containsOnlyKeys(
                        "model_list", "router_settings", "litellm_settings", "general_settings");
        assertThat((List<Object>) config.get("model_list"))
                .extracting(d -> (Object) ((java.util.Map<?, ?>) d).get("model_name"))
                .containsExactly(
                        "yes",
                        "12:30",
                        "x: stolen --- y",
                        "a\nmaster_key: stolen-mix",
                        "a\nmaster_key: stolen-mix",
                        "a\nmaster_key: stolen-mix");
        assertThat(yaml)
                .startsWith(
                        "# LiteLLM proxy config for pricing scenario 'a\\u000amaster_key: stolen' (generated by pricing).\n"
                                + "# Clients call an alias; 'a\\u000amaster_key: stolen-mix' routes by the mix weights.\nmodel_list:\n");
    }

    @Test
    void exportWithoutMaxBudgetUsesTheAllowance() throws IOException {
        Cli result =
                new Workspace(dir)
                        .run(
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                Cli.PROJECT.resolve("scenarios").toString(),
                                "scenario",
                                "growth",
                                "--export",
                                "litellm",
                                "proxy");
        assertThat(result.exitCode()).as(result.describe()).isZero();
        JsonNode user = JSON.readTree(dir.resolve("proxy/user-new-standard.json").toFile());
        assertThat(user.get("max_budget").decimalValue())
                .isEqualByComparingTo("6.95"); // 6.9565... rounded down
    }

    @Test
    void failedExportWritesNothing() throws IOException {
        Workspace ws = new Workspace(dir);
        ws.write("proxy", "a file, not a folder\n");
        Cli result =
                ws.runFailing(
                        1,
                        "--sheets",
                        SHEETS,
                        "--scenarios",
                        Cli.PROJECT.resolve("scenarios").toString(),
                        "scenario",
                        "balanced",
                        "--export",
                        "litellm",
                        "proxy",
                        "--output",
                        "report.txt");
        assertThat(result.errorLine())
                .startsWith("error: cannot write the LiteLLM export to proxy");
    }

    @Test
    void exportWithABadOutputWritesNoExportAndSaysNothingWasWritten() throws IOException {
        Workspace ws = new Workspace(dir);
        Files.createDirectories(dir.resolve("report.txt"));
        Cli result =
                ws.runFailing(
                        1,
                        "--sheets",
                        SHEETS,
                        "--scenarios",
                        Cli.PROJECT.resolve("scenarios").toString(),
                        "scenario",
                        "balanced",
                        "--export",
                        "litellm",
                        "proxy",
                        "--output",
                        "report.txt");
        assertThat(result.errorLine()).isEqualTo("error: cannot write report.txt: is a directory");
        assertThat(dir.resolve("proxy")).doesNotExist();
    }

    @Test
    void anExportThatFailsOnALaterFileLeavesTheEarlierExportAsItWas() throws IOException {
        Workspace ws = new Workspace(dir);
        String scenarios = Cli.PROJECT.resolve("scenarios").toString();
        Cli first =
                ws.run(
                        "--sheets",
                        SHEETS,
                        "--scenarios",
                        scenarios,
                        "scenario",
                        "balanced",
                        "--export",
                        "litellm",
                        "proxy");
        assertThat(first.exitCode()).as(first.describe()).isZero();
        Files.delete(dir.resolve("proxy/user-new-premium.json"));
        Files.createDirectories(dir.resolve("proxy/user-new-premium.json"));

        Cli result =
                ws.runFailing(
                        1,
                        "--sheets",
                        SHEETS,
                        "--scenarios",
                        scenarios,
                        "scenario",
                        "balanced",
                        "--users",
                        "80",
                        "--export",
                        "litellm",
                        "proxy");

        assertThat(result.errorLine())
                .isEqualTo(
                        "error: cannot write the LiteLLM export to proxy: proxy/user-new-premium.json: is a directory");
    }

    @Test
    void anEmptyExportFolderIsAUsageError() {
        Cli result =
                new Workspace(dir)
                        .runFailing(
                                2,
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                Cli.PROJECT.resolve("scenarios").toString(),
                                "scenario",
                                "balanced",
                                "--export",
                                "litellm",
                                "");
        assertThat(result.errorLine()).contains("must not be empty");
    }

    // ---- sensitivity ------------------------------------------------------------------------

    @Test
    void sensitivityCsvForFinance() throws IOException {
        Cli result =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "scenario",
                                "balanced",
                                "--sensitivity",
                                "--format",
                                "csv",
                                "--grid-users",
                                "50,100",
                                "--grid-prices",
                                "700,800,900")
                        .assertOk();
        List<CSVRecord> rows =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .build()
                        .parse(new StringReader(result.out()))
                        .getRecords();
        assertThat(rows).hasSize(6);
        assertThat(result.out()).startsWith("scenario,users,price_per_user,");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("scenario")).isEqualTo("balanced"));
        CSVRecord seed = rows.get(1);
        assertThat(seed.get("users")).isEqualTo("50");
        assertThat(seed.get("price_per_user")).isEqualTo("800");
        assertThat(seed.get("revenue_usd")).isEqualTo("1159.42");
        assertThat(seed.get("cost_budget_usd")).isEqualTo("347.83");
        assertThat(seed.get("worst_case_usd")).isEqualTo("285.00");
        assertThat(seed.get("gross_margin_usd")).isEqualTo("874.42");
        assertThat(seed.get("within_budget")).isEqualTo("true");
        assertThat(rows.get(0).get("within_budget"))
                .isEqualTo("true"); // 700 TL: budget 304.35 > 285
        assertThat(result.err()).as("no SLF4J noise").isEmpty();
    }

    @Test
    void sensitivityGridDedupesPricesByValue() {
        String out =
                Cli.run(
                                "--sheets",
                                SHEETS,
                                "scenario",
                                "balanced",
                                "--sensitivity",
                                "--grid-users",
                                "50",
                                "--grid-prices",
                                "800,800,800.0")
                        .assertOk()
                        .out();
        assertThat(out).contains("users  800 TRY\n").doesNotContain("800.0 TRY");
        assertThat(out.lines().filter(l -> l.matches(" +50 +800 .*"))).hasSize(1);
        // distinct prices stay separate columns
        assertThat(
                        Cli.run(
                                        "--sheets",
                                        SHEETS,
                                        "scenario",
                                        "balanced",
                                        "--sensitivity",
                                        "--grid-users",
                                        "50",
                                        "--grid-prices",
                                        "800,800.5")
                                .assertOk()
                                .out())
                .contains("800 TRY")
                .contains("800.5 TRY");
    }

    @Test
    void sensitivityWrittenToAFile() throws IOException {
        Workspace ws = new Workspace(dir);
        Cli result =
                ws.run(
                        "--scenarios",
                        Cli.PROJECT.resolve("scenarios").toString(),
                        "--sheets",
                        SHEETS,
                        "scenario",
                        "growth",
                        "--sensitivity",
                        "-f",
                        "csv",
                        "-o",
                        "grid.csv");
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(ws.read("grid.csv"))
                .startsWith("scenario,users,price_per_user,currency,revenue_usd")
                .hasLineCount(21);
    }
}
