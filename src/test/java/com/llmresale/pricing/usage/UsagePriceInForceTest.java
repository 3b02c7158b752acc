package com.llmresale.pricing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.llmresale.pricing.cli.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A usage row costs the sheet price in force on its day (the model's price history), and prompt
 * tokens written to a cache cost the sheet's {@code cache_write} price. Expected costs worked by
 * hand from the sheet below.
 */
class UsagePriceInForceTest {
    @TempDir Path dir;

    @Test
    void rowsBeforeAPriceChangeCostTheOldPriceAndCacheWritesTheirOwn() throws Exception {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/acme.yaml",
                """
                provider: acme
                name: Acme
                currency: USD
                updated: 2025-11-10
                models:
                  - id: m1
                    input: 2.00
                    output: 8.00
                    cache_write: 2.50
                    history:
                      - until: 2025-11-10
                        input: 1.00
                        output: 4.00
                """);
        ws.write(
                "logs.csv",
                UsageBadInputTest.HEADER
                        // before 10 Nov: 1,000 x $1 + 100 x $4 = $0.0014
                        + "r1,2025-11-09 23:59:59,m1,,acme,alice,,,1000,100,0,success,,\n"
                        // from 10 Nov: 1,000 x $2 + 100 x $8 = $0.0028
                        + "r2,2025-11-10 00:00:00,m1,,acme,alice,,,1000,100,0,success,,\n"
                        // 600 plain x $2 + 400 written to the cache x $2.50 + 100 x $8 = 0.0012 +
                        // 0.001 + 0.0008 = $0.003
                        + "r3,2025-11-11 08:00:00,m1,,acme,bob,,,1000,100,0,success,"
                        + "\"{\"\"usage_object\"\": {\"\"cache_creation_input_tokens\"\": 400}}\",\n");
        JsonNode r =
                UsageSeed004Test.JSON.readTree(
                        ws.run("usage", "logs.csv", "-f", "json").assertOk().out());

        assertThat(r.at("/summary/cost_usd").decimalValue())
                .isEqualByComparingTo("0.0072"); // 0.0014 + 0.0028 + 0.003
        JsonNode days = r.get("days");
        assertThat(days.get(0).get("date").asText()).isEqualTo("2025-11-09");
        assertThat(days.get(0).get("cost_usd").decimalValue()).isEqualByComparingTo("0.0014");
        assertThat(days.get(1).get("cost_usd").decimalValue()).isEqualByComparingTo("0.0028");
        assertThat(days.get(2).get("cost_usd").decimalValue()).isEqualByComparingTo("0.003");
        assertThat(r.get("notes").toString()).doesNotContain("priced at the input price");
    }
}
