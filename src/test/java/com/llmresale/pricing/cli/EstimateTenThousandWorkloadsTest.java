package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's "estimate --workloads prices a 10,000-line file in one process": every line priced, in
 * the file's order, each total equal to an independent sum in the test (Groq's sheet:
 * llama-3.1-8b-instant $0.05 in / $0.08 out, openai/gpt-oss-20b $0.05 / $0.20 per 1M tokens).
 */
class EstimateTenThousandWorkloadsTest {
    private static final int LINES = 10_000;

    @TempDir Path dir;

    @Test
    void tenThousandLinesArePricedInOneProcessInTheirOrder() throws Exception {
        StringBuilder file = new StringBuilder();
        BigDecimal expectedSum = BigDecimal.ZERO;
        for (int i = 1; i <= LINES; i++) {
            boolean small = i % 2 == 1;
            long in = 1000L * i;
            long out = 37L * i;
            file.append("{\"provider\": \"groq\", \"model\": \"")
                    .append(small ? "llama-3.1-8b-instant" : "openai/gpt-oss-20b")
                    .append("\", \"input_tokens\": ")
                    .append(in)
                    .append(", \"output_tokens\": ")
                    .append(out)
                    .append("}\n");
            // the bundled Groq sheet: llama-3.1-8b-instant $0.05 / $0.08, gpt-oss-20b $0.075 /
            // $0.30 (LiteLLM)
            BigDecimal inPrice = new BigDecimal(small ? "0.05" : "0.075");
            BigDecimal outPrice = new BigDecimal(small ? "0.08" : "0.30");
            expectedSum =
                    expectedSum.add(
                            inPrice.multiply(BigDecimal.valueOf(in))
                                    .add(outPrice.multiply(BigDecimal.valueOf(out)))
                                    .movePointLeft(6));
        }
        Workspace ws = new Workspace(dir);
        ws.write("w.jsonl", file.toString());

        JsonNode estimates =
                new ObjectMapper()
                        .readTree(
                                ws.run(
                                                "--sheets",
                                                Cli.PROJECT.resolve("pricing").toString(),
                                                "estimate",
                                                "--workloads",
                                                "w.jsonl",
                                                "-f",
                                                "json")
                                        .assertOk()
                                        .out())
                        .get("estimates");

        assertThat(estimates).hasSize(LINES);
        // line 1: 1,000 x 0.05 + 37 x 0.08 = 52.96 per 1M = $0.00005296
        assertThat(estimates.get(0).get("total_usd").decimalValue())
                .isEqualByComparingTo("0.00005296");
        // line 10,000: 10,000,000 x 0.075 + 370,000 x 0.30 = 861,000 per 1M = $0.861
        assertThat(estimates.get(LINES - 1).get("model").asText()).isEqualTo("openai/gpt-oss-20b");
        assertThat(estimates.get(LINES - 1).get("total_usd").decimalValue())
                .isEqualByComparingTo("0.861");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode e : estimates) {
            sum = sum.add(e.get("total_usd").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(expectedSum);
    }
}
