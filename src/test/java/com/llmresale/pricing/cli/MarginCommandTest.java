package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.llmresale.pricing.usage.TogetherMonth;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pricing margin} from the command line: the scenario's credit value, spend logs, and every
 * error.
 */
class MarginCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    /** Groq's two models; a plan at $10 a month (fx 1) including 2,000 credits: $0.005 a credit. */
    private Workspace plan(String extra) {
        Workspace ws = Workspace.withGroq(dir);
        ws.write(
                "scenarios/plan.yaml",
                """
                name: plan
                users: 10
                currency: USD
                price_per_user: 10
                fx_rate: 1
                cost_margin: 0.3
                tokens_per_request: 1000
                token_split:
                  input: 0.8
                  output: 0.2
                limits:
                  requests_per_day: 100
                  tokens_per_day: 100000
                mix:
                  - alias: small
                    provider: groq
                    model: llama-3.1-8b-instant
                    weight: 100
                """
                        + extra);
        return ws;
    }

    private static JsonNode model(JsonNode report, String id) {
        for (JsonNode m : report.get("models")) {
            if (m.get("model").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no " + id + " in " + report);
    }

    @Test
    void theScenariosCreditsPerUserGiveTheCreditValue() throws Exception {
        Cli run =
                plan("credits_per_user: 2000\n")
                        .run("margin", "--scenario", "plan", "-f", "json")
                        .assertOk();
        JsonNode r = JSON.readTree(run.out());

        // $10 / 1 per USD / 2000 credits = $0.005 a credit
        assertThat(r.get("credit_value_usd").decimalValue()).isEqualByComparingTo("0.005");
        assertThat(r.at("/token_mix/tokens_per_request").asInt()).isEqualTo(1000);
        assertThat(r.at("/token_mix/input_share").decimalValue()).isEqualByComparingTo("0.8");
        // gpt-oss-20b (0.05 / 0.20, 8 credits): mix 0.8 x 0.05 + 0.2 x 0.20 = 0.08 $/1M; cost 1000
        // x 0.08 / 1M
        // = 0.00008; revenue 8 x 0.005 = 0.04; margin 0.03992 = 99.8%; break-even 0.00008 / 8 =
        // 0.00001;
        // fair 0.08 / 0.30 = 0.267 -> 0.3x = 6
        JsonNode oss = model(r, "openai/gpt-oss-20b");
        assertThat(oss.get("credits").asInt()).isEqualTo(8);
        assertThat(oss.get("cost_per_request_usd").decimalValue()).isEqualByComparingTo("0.00008");
        assertThat(oss.get("breakeven_usd_per_credit").decimalValue())
                .isEqualByComparingTo("0.00001");
        assertThat(oss.get("fair_credits").asInt()).isEqualTo(6);
        assertThat(oss.get("margin_per_request_usd").decimalValue())
                .isEqualByComparingTo("0.03992");
        assertThat(oss.get("margin_pct").decimalValue()).isEqualByComparingTo("99.8");
        assertThat(oss.get("below_cost").asBoolean()).isFalse();
    }

    @Test
    void theCreditValuesSourceIsWordedInTheReadersLanguageAndKeptInEnglishInJson()
            throws Exception {
        Workspace ws = plan("credits_per_user: 2000\n");
        JsonNode r = JSON.readTree(ws.run("margin", "--scenario", "plan", "-f", "json").out());
        assertThat(r.get("credit_value_source").asText())
                .isEqualTo("scenario plan: 10 USD / 2000 credits per user");
        assertThat(r.at("/token_mix/source").asText()).isEqualTo("scenario plan");
        // $10 / 1 per USD / 2000 credits = $0.005 a credit
        assertThat(ws.run("margin", "--scenario", "plan").assertOk().out())
                .contains(
                        "Credit value: $0.005 per credit (scenario plan: 10 USD / 2000 credits per"
                                + " user)");
        assertThat(ws.run("margin", "--scenario", "plan", "--lang", "tr").assertOk().out())
                .contains(
                        "Kredi değeri: kredi başına 0,005 $ (senaryo plan: 10 USD / kullanıcı"
                                + " başına 2.000 kredi)")
                .contains("Token karışımı: istek başına 1.000 token, %80 girdi (senaryo plan)");
    }

    @Test
    void theOptionWinsOverTheScenarioAndAValueUnderBreakEvenIsBelowCost() throws Exception {
        // llama-3.1-8b-instant (0.05 / 0.08, 4 credits): mix 0.8 x 0.05 + 0.2 x 0.08 = 0.056; cost
        // 0.000056;
        // break-even 0.000014 a credit. At $0.00001: 4 x 0.00001 = 0.00004 - 0.000056 = -0.000016
        // (-40.0%)
        Cli run =
                plan("credits_per_user: 2000\n")
                        .run(
                                "margin",
                                "--scenario",
                                "plan",
                                "--credit-value-usd",
                                "0.00001",
                                "-f",
                                "json")
                        .assertOk();
        JsonNode r = JSON.readTree(run.out());

        assertThat(r.get("credit_value_source").asText()).isEqualTo("--credit-value-usd");
        JsonNode llama = r.get("models").get(0);
        assertThat(llama.get("model").asText()).isEqualTo("llama-3.1-8b-instant");
        assertThat(llama.get("breakeven_usd_per_credit").decimalValue())
                .isEqualByComparingTo("0.000014");
        assertThat(llama.get("margin_per_request_usd").decimalValue())
                .isEqualByComparingTo("-0.000016");
        assertThat(llama.get("margin_pct").decimalValue()).isEqualByComparingTo("-40.0");
        assertThat(llama.get("below_cost").asBoolean()).isTrue();
        assertThat(r.at("/summary/below_cost").asInt()).isEqualTo(1);
    }

    @Test
    void withLogsEachModelIsCostedAtItsOwnAverageRequest() throws Exception {
        Path logs = new Workspace(dir).write("nov.csv", TogetherMonth.csv());
        Cli run =
                Cli.run(
                                "margin",
                                "--usage",
                                logs.toString(),
                                "--provider",
                                "together",
                                "-f",
                                "json")
                        .assertOk();
        JsonNode r = JSON.readTree(run.out());

        // DeepSeek-R1 (3.00 / 7.00, 334 credits): 110 requests, prompt 100 x 1000 + 10 x 200 =
        // 102,000,
        // completion 100 x 2000 = 200,000; cost (102,000 x 3 + 200,000 x 7) / (110 x 1M) =
        // 1,706,000 / 110M
        // = 0.0155090909... -> 0.015509090909; 302,000 / 110 = 2745.45 tokens a request, 102,000 /
        // 302,000 = 0.3377 input
        JsonNode r1 = model(r, "deepseek-ai/DeepSeek-R1");
        assertThat(r1.get("requests").asLong()).isEqualTo(110);
        assertThat(r1.get("cost_per_request_usd").decimalValue())
                .isEqualByComparingTo("0.015509090909");
        assertThat(r1.get("tokens_per_request").decimalValue()).isEqualByComparingTo("2745.45");
        assertThat(r1.get("input_share").decimalValue()).isEqualByComparingTo("0.3377");
        // Qwen2.5-7B (0.30 / 0.30, 20 credits): 300 prompt + 100 completion at 0.30 = 0.00012 a
        // request
        assertThat(
                        model(r, "Qwen/Qwen2.5-7B-Instruct-Turbo")
                                .get("cost_per_request_usd")
                                .decimalValue())
                .isEqualByComparingTo("0.00012");
        // only the six Together models in the logs; the unknown model is left out with a note
        assertThat(r.get("models")).hasSize(6);
        assertThat(r.get("notes").toString()).contains("7 requests of models no sheet prices");
    }

    @Test
    void errorsAreOneLineAndChangeNoFile() {
        Workspace ws = plan("");
        assertThat(ws.runFailing(2, "margin").errorLine()).contains("give --scenario NAME");
        assertThat(ws.runFailing(2, "margin", "--scenario", "nope").errorLine())
                .contains("--scenario: unknown scenario 'nope' (known: plan)");
        assertThat(
                        ws.runFailing(2, "margin", "--scenario", "plan", "--credit-value-usd", "0")
                                .errorLine())
                .contains("--credit-value-usd: must be greater than 0, got 0");
        assertThat(
                        ws.runFailing(
                                        2,
                                        "margin",
                                        "--scenario",
                                        "plan",
                                        "--credit-value-usd",
                                        "abc")
                                .errorLine())
                .contains("--credit-value-usd");
        assertThat(
                        ws.runFailing(2, "margin", "--scenario", "plan", "--provider", "nope")
                                .errorLine())
                .contains("--provider: no sheet for provider 'nope'");
        assertThat(ws.runFailing(2, "margin", "--usage").errorLine()).contains("--usage");
        assertThat(ws.runFailing(1, "margin", "--usage", "missing.csv").errorLine())
                .contains("missing.csv");
        ws.write(
                "bad.csv",
                "request_id,startTime,model,prompt_tokens,completion_tokens\nr1,2025-11-01 00:00:00,m,x,1\n");
        assertThat(ws.runFailing(1, "margin", "--usage", "bad.csv").errorLine())
                .contains("bad.csv")
                .contains("2");
    }

    @Test
    void aBadCreditsPerUserOrCreditRuleIsBadData() {
        Workspace ws = plan("credits_per_user: 0\n");
        assertThat(ws.runFailing(1, "margin", "--scenario", "plan").errorLine())
                .contains("plan.yaml")
                .contains("credits_per_user")
                .contains("greater than 0");
        Workspace rule = plan("credits_per_user: 1000\n");
        rule.write(
                "pricing/settings.yaml",
                """
                baseline:
                  model: gemini-2.5-flash
                  avg_usd_per_mtok: 0.30
                credit_rule:
                  input_share: 1.5
                """);
        assertThat(rule.runFailing(1, "margin", "--scenario", "plan").errorLine())
                .contains("settings.yaml")
                .contains("input_share")
                .contains("between 0 and 1");
    }
}
