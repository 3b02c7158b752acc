package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.llmresale.pricing.usage.TogetherMonth;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recompute --usage}: seed 000's Together update (the bundled published-credits.csv holds
 * the credits before it) priced at a month of logs ({@link TogetherMonth}).
 */
class RecomputeUsageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Path logs() {
        return new Workspace(dir).write("nov.csv", TogetherMonth.csv());
    }

    private static JsonNode line(JsonNode impact, String model) {
        for (JsonNode m : impact.get("models")) {
            if (m.get("model").asText().equals(model)) {
                return m;
            }
        }
        throw new AssertionError("no " + model);
    }

    @Test
    void theCreditRevenueChangeOfSeed000sUpdateOnAMonthOfLogs() throws Exception {
        Cli run =
                Cli.run(
                                "recompute",
                                "--provider",
                                "together",
                                "--usage",
                                logs().toString(),
                                "-f",
                                "json")
                        .assertOk();
        JsonNode impact = JSON.readTree(run.out()).get("usage_impact");

        // charged requests x (new - old): Qwen2.5-7B 300 x (20 - 6) = +4,200; DeepSeek-R1 100 x
        // (334 - 60)
        // = +27,400 (its 10 failures are not charged); gpt-oss-20b 600 x (8 - 14) = -3,600;
        // Llama-3.1-8B
        // 200 x (12 - 8) = +800; Llama-3.3-70B-Free 500 x (0 - 10) = -5,000; Kimi-K2 50 x (134 -
        // 80) = +2,700
        assertThat(line(impact, "deepseek-ai/DeepSeek-R1").get("credit_change").asLong())
                .isEqualTo(27_400);
        assertThat(line(impact, "deepseek-ai/DeepSeek-R1").get("charged_requests").asLong())
                .isEqualTo(100);
        assertThat(
                        line(impact, "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free")
                                .get("credit_change")
                                .asLong())
                .isEqualTo(-5_000);
        assertThat(line(impact, "openai/gpt-oss-20b").get("credit_change").asLong())
                .isEqualTo(-3_600);
        // before: 300 x 6 + 100 x 60 + 600 x 14 + 200 x 8 + 500 x 10 + 50 x 80 = 26,800
        // after:  300 x 20 + 100 x 334 + 600 x 8 + 200 x 12 + 500 x 0 + 50 x 134 = 53,300
        assertThat(impact.get("previous_credit_revenue").asLong()).isEqualTo(26_800);
        assertThat(impact.get("credit_revenue").asLong()).isEqualTo(53_300);
        assertThat(impact.get("credit_revenue_change").asLong()).isEqualTo(26_500);
        assertThat(impact.get("models")).hasSize(6);
        // published-credits.csv has no $ prices: no cost change, and the report says what it needs
        assertThat(impact.get("cost_change_usd").isNull()).isTrue();
        assertThat(impact.get("notes").toString()).contains("input_usd_per_mtok");

        String table =
                Cli.run("recompute", "--provider", "together", "--usage", logs().toString())
                        .assertOk()
                        .out();
        assertThat(table).contains("Credit revenue: 26,800 -> 53,300 credits (+26,500).");
        String tr =
                Cli.run(
                                "recompute",
                                "--provider",
                                "together",
                                "--usage",
                                logs().toString(),
                                "--lang",
                                "tr")
                        .assertOk()
                        .out();
        assertThat(tr)
                .contains("Kredi geliri: 26.800 -> 53.300 kredi (+26.500).")
                .contains("Not: eski $ fiyatları yok: maliyet değişimi için")
                .doesNotContain("Credit revenue");
    }

    @Test
    void oldDollarPricesFromAnExportGiveTheProviderCostChange() throws Exception {
        Workspace ws = new Workspace(dir);
        Path logs = logs();
        ws.write(
                "before.csv",
                """
                provider,model,input_usd_per_mtok,output_usd_per_mtok,credits
                together,Qwen/Qwen2.5-7B-Instruct-Turbo,0.10,0.10,6
                together,deepseek-ai/DeepSeek-R1,0.55,2.19,60
                """);
        JsonNode run =
                JSON.readTree(
                        Cli.run(
                                        "recompute",
                                        "--provider",
                                        "together",
                                        "--usage",
                                        logs.toString(),
                                        "--against",
                                        dir.resolve("before.csv").toString(),
                                        "-f",
                                        "json")
                                .assertOk()
                                .out());
        JsonNode impact = run.get("usage_impact");

        // Qwen2.5-7B: 90,000 prompt x (0.30 - 0.10) + 30,000 completion x (0.30 - 0.10) = 24,000 /
        // 1M = $0.024
        assertThat(
                        line(impact, "Qwen/Qwen2.5-7B-Instruct-Turbo")
                                .get("cost_change_usd")
                                .decimalValue())
                .isEqualByComparingTo("0.024");
        // DeepSeek-R1: 102,000 prompt x (3.00 - 0.55) + 200,000 completion x (7.00 - 2.19)
        // = 249,900 + 962,000 = 1,211,900 / 1M = $1.2119 (failed requests' prompt tokens are billed
        // too)
        assertThat(line(impact, "deepseek-ai/DeepSeek-R1").get("cost_change_usd").decimalValue())
                .isEqualByComparingTo("1.2119");
        assertThat(impact.get("cost_change_usd").decimalValue()).isEqualByComparingTo("1.2359");
        // only two models were in the file: 14 x 300 + 274 x 100 = 31,600 credits
        assertThat(impact.get("credit_revenue_change").asLong()).isEqualTo(31_600);
        assertThat(impact.get("old_prices_from").asText()).endsWith("before.csv");
    }

    @Test
    void csvAddsColumnsAfterTheContractsOnlyWithUsage() {
        String plain = Cli.run("recompute", "--provider", "together", "-f", "csv").assertOk().out();
        String with =
                Cli.run(
                                "recompute",
                                "--provider",
                                "together",
                                "--usage",
                                logs().toString(),
                                "-f",
                                "csv")
                        .assertOk()
                        .out();

        String header = plain.lines().findFirst().orElseThrow();
        assertThat(with.lines().findFirst().orElseThrow())
                .isEqualTo(header + ",requests,charged_requests,credit_change,cost_change_usd");
        assertThat(with).contains(",110,100,27400,");
    }

    @Test
    void aBadLogFileFailsWithOneLine() {
        Workspace ws = Workspace.withGroq(dir);
        assertThat(ws.runFailing(1, "recompute", "--usage", "nothing.csv").errorLine())
                .contains("nothing.csv");
        assertThat(ws.runFailing(2, "recompute", "--usage").errorLine()).contains("--usage");
    }
}
