package com.llmresale.pricing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llmresale.pricing.cli.Cli;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pricing usage} on the generated month: seed 004's report figures, literally, and every
 * per-user, per-model and per-day figure against a summation over the generated rows done here.
 */
class UsageSeed004Test {
    /**
     * The sheets as the seeds priced them (seed 004's figures rest on them), named so no
     * bundled-folder note is printed.
     */
    static final String SHEETS = Cli.SEED_ERA.toString();

    static final String SCENARIOS = Cli.PROJECT.resolve("scenarios").toString();

    /** {@code args} after the options naming the repository's sheets and scenarios. */
    static String[] withFolders(String... args) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("--sheets", SHEETS, "--scenarios", SCENARIOS),
                        java.util.Arrays.stream(args))
                .toArray(String[]::new);
    }

    static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                    .USE_BIG_DECIMAL_FOR_FLOATS);
    @TempDir static Path dir;
    static List<Seed004Logs.Row> rows;
    static JsonNode report;
    static String reportText;

    @BeforeAll
    static void generate() throws IOException {
        rows = Seed004Logs.rows();
        try (Writer w = Files.newBufferedWriter(dir.resolve("logs.csv"))) {
            Seed004Logs.writeCsv(rows, w);
        }
        Cli cli =
                Cli.run(
                                dir,
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "usage",
                                "logs.csv",
                                "--scenario",
                                "balanced",
                                "-f",
                                "json")
                        .assertOk();
        reportText = cli.out();
        report = JSON.readTree(reportText);
    }

    @Test
    void theSummaryIsSeed004s() {
        JsonNode s = report.get("summary");
        assertThat(s.get("users").asLong()).isEqualTo(50);
        assertThat(s.get("requests").asLong()).isEqualTo(150_000);
        assertThat(s.get("total_tokens").asLong()).isEqualTo(75_000_000);
        assertThat(s.get("litellm_spend_usd").decimalValue()).isEqualByComparingTo("348.00");
        assertThat(s.get("cost_usd").decimalValue()).isEqualByComparingTo("348.00");
        assertThat(s.get("avg_duration_s").decimalValue()).isEqualByComparingTo("1.234");
        assertThat(s.get("success_rate_pct").decimalValue()).isEqualByComparingTo("99.5");
        assertThat(s.get("cost_per_user_usd").decimalValue()).isEqualByComparingTo("6.96");
        assertThat(s.get("requests_per_user").decimalValue()).isEqualByComparingTo("3000");
        assertThat(reportText).contains("\"cost_usd\" : 348.000000,"); // at least 6 decimals
        JsonNode p = report.get("period");
        assertThat(p.get("from").asText()).isEqualTo("2025-11-01");
        assertThat(p.get("to").asText()).isEqualTo("2025-11-30");
        assertThat(p.get("days").asLong()).isEqualTo(30);
    }

    @Test
    void theTopUsersAreSeed004s() {
        JsonNode users = report.get("users");
        assertThat(users).hasSize(50);
        assertUser(users.get(0), "user_001", 5_000, "70.00");
        assertUser(users.get(1), "user_002", 4_500, "63.00");
        assertUser(users.get(2), "user_003", 4_200, "58.80");
    }

    private static void assertUser(JsonNode u, String name, long requests, String cost) {
        assertThat(u.get("user").asText()).isEqualTo(name);
        assertThat(u.get("requests").asLong()).isEqualTo(requests);
        assertThat(u.get("cost_usd").decimalValue()).isEqualByComparingTo(cost);
        assertThat(u.get("litellm_spend_usd").decimalValue()).isEqualByComparingTo(cost);
    }

    @Test
    void user001BreaksTheLimitsTheSeedNames() {
        assertThat(breaches("user_001"))
                .contains(
                        "requests_per_day 2025-11-01 150/100",
                        "tokens_per_month 2025-11 1600000/1500000",
                        "max_budget_usd 2025-11 70/23.19");
        for (JsonNode b : report.get("breaches")) {
            assertThat(b.get("user").asText())
                    .as("only the three heavy users break limits")
                    .isIn("user_001", "user_002", "user_003");
        }
    }

    private static List<String> breaches(String user) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode b : report.get("breaches")) {
            if (b.get("user").asText().equals(user)) {
                out.add(
                        b.get("limit").asText()
                                + " "
                                + b.get("window").asText()
                                + " "
                                + plain(b.get("used"))
                                + "/"
                                + plain(b.get("cap")));
            }
        }
        return out;
    }

    private static String plain(JsonNode n) {
        return n.decimalValue().stripTrailingZeros().toPlainString();
    }

    /**
     * $ per 1M tokens (input, cached input, output) as the sheets list them, written here again.
     */
    static final Map<String, BigDecimal[]> PRICES =
            Map.of(
                    "claude-haiku-4-5", prices("0.25", "0.025", "1.25"),
                    "claude-sonnet-4", prices("3", "0.30", "15"),
                    "claude-sonnet-4-5", prices("3", "0.30", "15"),
                    "claude-opus-4-7", prices("15", "1.50", "75"),
                    "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free", prices("0", "0", "0"));

    private static BigDecimal[] prices(String in, String cached, String out) {
        return new BigDecimal[] {new BigDecimal(in), new BigDecimal(cached), new BigDecimal(out)};
    }

    private static final Map<String, String> SHEET_MODEL = new HashMap<>();

    /** The sheet's id of a logged model: without the date suffix. */
    static String sheetModel(String logged) {
        return SHEET_MODEL.computeIfAbsent(logged, m -> m.replaceFirst("-20\\d{6}$", ""));
    }

    @Test
    void everyFigureAgreesWithASumOverTheRows() {
        Map<String, long[]> users = new TreeMap<>();
        Map<String, BigDecimal> userCost = new HashMap<>();
        Map<String, long[]> models = new TreeMap<>();
        Map<String, BigDecimal> modelCost = new HashMap<>();
        Map<String, long[]> days = new TreeMap<>();
        BigDecimal spend = BigDecimal.ZERO;
        long failures = 0;
        for (Seed004Logs.Row r : rows) {
            BigDecimal[] p = PRICES.get(sheetModel(r.model()));
            BigDecimal cost =
                    p[0].multiply(BigDecimal.valueOf(r.promptTokens() - r.cachedTokens()))
                            .add(p[1].multiply(BigDecimal.valueOf(r.cachedTokens())))
                            .add(p[2].multiply(BigDecimal.valueOf(r.completionTokens())))
                            .movePointLeft(6);
            long[] u = users.computeIfAbsent(r.user(), k -> new long[2]);
            u[0]++;
            u[1] += r.totalTokens();
            userCost.merge(r.user(), cost, BigDecimal::add);
            long[] m = models.computeIfAbsent(sheetModel(r.model()), k -> new long[3]);
            m[0]++;
            m[1] += r.promptTokens();
            m[2] += r.completionTokens();
            modelCost.merge(sheetModel(r.model()), cost, BigDecimal::add);
            long[] d = days.computeIfAbsent(r.start().toLocalDate().toString(), k -> new long[2]);
            d[0]++;
            d[1] += r.totalTokens();
            spend = spend.add(r.spend());
            failures += r.failed() ? 1 : 0;
        }
        assertThat(report.get("summary").get("failed_requests").asLong())
                .isEqualTo(failures)
                .isEqualTo(750);
        assertThat(report.get("summary").get("litellm_spend_usd").decimalValue())
                .isEqualByComparingTo(spend);
        for (JsonNode u : report.get("users")) {
            long[] expected = users.get(u.get("user").asText());
            assertThat(u.get("requests").asLong()).isEqualTo(expected[0]);
            assertThat(u.get("total_tokens").asLong()).isEqualTo(expected[1]);
            assertThat(u.get("cost_usd").decimalValue())
                    .isEqualByComparingTo(userCost.get(u.get("user").asText()));
        }
        assertThat(report.get("models")).hasSize(models.size());
        for (JsonNode m : report.get("models")) {
            long[] expected = models.get(m.get("model").asText());
            assertThat(m.get("requests").asLong()).as(m.toString()).isEqualTo(expected[0]);
            assertThat(m.get("prompt_tokens").asLong()).isEqualTo(expected[1]);
            assertThat(m.get("completion_tokens").asLong()).isEqualTo(expected[2]);
            assertThat(m.get("cost_usd").decimalValue())
                    .isEqualByComparingTo(modelCost.get(m.get("model").asText()));
        }
        assertThat(report.get("days")).hasSize(30);
        for (JsonNode d : report.get("days")) {
            long[] expected = days.get(d.get("date").asText());
            assertThat(d.get("requests").asLong()).isEqualTo(expected[0]);
            assertThat(d.get("total_tokens").asLong()).isEqualTo(expected[1]);
        }
    }

    @Test
    void jsonLinesGzipGiveTheSameReport() throws IOException {
        try (Writer w =
                new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(dir.resolve("logs.jsonl.gz"))),
                        StandardCharsets.UTF_8)) {
            Seed004Logs.writeJsonLines(rows, w);
        }
        Cli cli =
                Cli.run(
                                dir,
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "usage",
                                "logs.jsonl.gz",
                                "--scenario",
                                "balanced",
                                "-f",
                                "json")
                        .assertOk();
        assertThat(withoutSource(JSON.readTree(cli.out()))).isEqualTo(withoutSource(report));
    }

    @Test
    void overlappingExportsCountEachRequestOnce() throws IOException {
        try (Writer a = Files.newBufferedWriter(dir.resolve("a.csv"));
                Writer b = Files.newBufferedWriter(dir.resolve("b.csv"))) {
            Seed004Logs.writeCsv(rows.subList(0, 100_000), a);
            Seed004Logs.writeCsv(rows.subList(50_000, rows.size()), b);
        }
        JsonNode both =
                JSON.readTree(
                        Cli.run(
                                        dir,
                                        "--sheets",
                                        SHEETS,
                                        "--scenarios",
                                        SCENARIOS,
                                        "usage",
                                        "a.csv",
                                        "b.csv",
                                        "--scenario",
                                        "balanced",
                                        "-f",
                                        "json")
                                .assertOk()
                                .out());
        assertThat(both.get("reading").get("duplicates").asLong()).isEqualTo(50_000);
        ((ObjectNode) both.get("reading")).put("duplicates", 0);
        assertThat(withoutSource(both)).isEqualTo(withoutSource(report));
    }

    @Test
    void theTableShowsTheSeedsUsedCapForm() {
        Cli cli =
                Cli.run(
                                dir,
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "usage",
                                "logs.csv",
                                "--scenario",
                                "balanced",
                                "--top",
                                "3")
                        .assertOk();
        assertThat(cli.out())
                .contains("requests                               150,000")
                .contains("$348.00")
                .contains("1.234 s")
                .contains("150/100 2025-11-01")
                .contains("1,600,000/1,500,000 2025-11")
                .contains("$70.00/$23.19 2025-11")
                .containsPattern("\\n1 +user_001 +5,000 +1,600,000 +\\$70\\.00 +\\$70\\.00");
    }

    static JsonNode withoutSource(JsonNode n) {
        ObjectNode copy = n.deepCopy();
        copy.remove("source");
        return copy;
    }
}
