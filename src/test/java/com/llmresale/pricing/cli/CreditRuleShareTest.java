package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * settings.yaml {@code credit_rule: {input_share: S}}: the credit rule's average weighs the input
 * price S and the output price 1 - S; {@code recompute} against the credits published under the
 * 50/50 rule shows what switching would move.
 */
class CreditRuleShareTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Workspace sheets(String rule) {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/settings.yaml",
                """
                baseline:
                  model: gemini-2.5-flash
                  avg_usd_per_mtok: 0.30
                credits_per_multiplier: 20
                multiplier_scale: 1
                rounding: HALF_EVEN
                """
                        + rule);
        ws.write(
                "pricing/p.yaml",
                """
                provider: p
                name: P
                currency: USD
                updated: 2025-11-03
                models:
                  - id: llama-8b
                    input: 0.05
                    output: 0.08
                  - id: oss-20b
                    input: 0.05
                    output: 0.20
                  - id: oss-120b
                    input: 0.15
                    output: 0.60
                  - id: flat
                    input: 0.30
                    output: 0.30
                  - id: input-heavy
                    input: 1.00
                    output: 0.20
                """);
        // what the 50/50 rule publishes: (in + out) / 2 / 0.30, one decimal HALF_EVEN, x 20
        // llama-8b 0.065 -> 0.2x = 4; oss-20b 0.125 -> 0.4x = 8; oss-120b 0.375 -> 1.2x = 24;
        // flat 0.30 -> 1.0x = 20; input-heavy 0.60 -> 2.0x = 40
        ws.write(
                "pricing/published-credits.csv",
                """
                provider,model,credits
                p,flat,20
                p,input-heavy,40
                p,llama-8b,4
                p,oss-120b,24
                p,oss-20b,8
                """);
        return ws;
    }

    private Map<String, JsonNode> recompute(Workspace ws) throws Exception {
        JsonNode r = JSON.readTree(ws.run("recompute", "-f", "json").assertOk().out());
        Map<String, JsonNode> byModel = new HashMap<>();
        r.get("models").forEach(m -> byModel.put(m.get("model").asText(), m));
        return byModel;
    }

    @Test
    void theDefaultRuleMovesNothing() throws Exception {
        Workspace ws = sheets("");
        recompute(ws)
                .values()
                .forEach(
                        m ->
                                assertThat(m.get("status").asText())
                                        .as(m.toString())
                                        .isEqualTo("unchanged"));
        assertThat(ws.run("recompute").assertOk().out()).contains("(average of input and output)");
    }

    @Test
    void weighingTheInputPriceThreeQuartersMovesTheModelsWorkedByHand() throws Exception {
        Workspace ws = sheets("credit_rule:\n  input_share: 0.75\n");
        Map<String, String> before = ws.snapshot();
        Map<String, JsonNode> m = recompute(ws);

        // llama-8b: 0.75 x 0.05 + 0.25 x 0.08 = 0.0575 / 0.30 = 0.1917 -> 0.2x = 4: unchanged
        assertThat(m.get("llama-8b").get("credits").asInt()).isEqualTo(4);
        assertThat(m.get("llama-8b").get("status").asText()).isEqualTo("unchanged");
        assertThat(m.get("llama-8b").get("avg_usd_per_mtok").decimalValue())
                .isEqualByComparingTo("0.0575");
        // oss-20b: 0.0375 + 0.05 = 0.0875 / 0.30 = 0.2917 -> 0.3x = 6: 8 -> 6, -25.0%
        assertThat(m.get("oss-20b").get("credits").asInt()).isEqualTo(6);
        assertThat(m.get("oss-20b").get("change_pct").decimalValue()).isEqualByComparingTo("-25.0");
        // oss-120b: 0.1125 + 0.15 = 0.2625 / 0.30 = 0.875 -> 0.9x = 18: 24 -> 18, -25.0%
        assertThat(m.get("oss-120b").get("credits").asInt()).isEqualTo(18);
        assertThat(m.get("oss-120b").get("status").asText()).isEqualTo("decreased");
        // flat: input = output, any weights give 0.30 = 1.0x = 20
        assertThat(m.get("flat").get("status").asText()).isEqualTo("unchanged");
        // input-heavy: 0.75 + 0.05 = 0.80 / 0.30 = 2.667 -> 2.7x = 54: 40 -> 54, +35.0%
        assertThat(m.get("input-heavy").get("credits").asInt()).isEqualTo(54);
        assertThat(m.get("input-heavy").get("change_pct").decimalValue())
                .isEqualByComparingTo("35.0");

        String table = ws.run("recompute").assertOk().out();
        assertThat(table)
                .contains("(credit rule: 0.75 x input + 0.25 x output)")
                .contains("3 of 5 models moved (1 up, 2 down)");
        assertThat(ws.snapshot()).as("recompute without --write writes nothing").isEqualTo(before);
    }

    @Test
    void aShareOutsideZeroToOneIsBadData() {
        Workspace ws = sheets("credit_rule:\n  input_share: -0.1\n");
        assertThat(ws.runFailing(1, "recompute").errorLine())
                .contains("pricing/settings.yaml")
                .contains("credit_rule.input_share")
                .contains("-0.1");
        Workspace unknown = new Workspace(dir.resolve("u"));
        unknown.write(
                "pricing/settings.yaml",
                "baseline:\n  model: x\n  avg_usd_per_mtok: 0.3\ncredit_rule:\n  output_share: 0.5\n");
        unknown.write(
                "pricing/p.yaml",
                "provider: p\nname: P\ncurrency: USD\nupdated: 2025-11-03\nmodels:\n  - id: a\n    input: 1\n    output: 1\n");
        assertThat(unknown.runFailing(1, "recompute").errorLine()).contains("output_share");
    }
}
