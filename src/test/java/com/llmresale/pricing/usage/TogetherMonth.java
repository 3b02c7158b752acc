package com.llmresale.pricing.usage;

import java.util.ArrayList;
import java.util.List;

/**
 * A small month (November 2025) of LiteLLM spend logs for Together models, to price seed 000's
 * update at real traffic. Per model: requests whose status is not failure, failures, and the prompt
 * and completion tokens of each (failures: 200 prompt tokens, no completion).
 *
 * <pre>
 *   model                                           ok  failed  prompt  completion  credits before -> after
 *   Qwen/Qwen2.5-7B-Instruct-Turbo                 300       0     300         100      6 ->  20
 *   deepseek-ai/DeepSeek-R1                        100      10    1000        2000     60 -> 334
 *   openai/gpt-oss-20b                             600       0     500         100     14 ->   8
 *   meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo    200       0     400         200      8 ->  12
 *   meta-llama/Llama-3.3-70B-Instruct-Turbo-Free   500       0     300         300     10 ->   0
 *   moonshotai/Kimi-K2-Instruct-0905                50       0     800         400     80 -> 134
 *   unknown/model (no sheet has it)                  7       0     100         100
 * </pre>
 */
public final class TogetherMonth {
    /** One model's rows. */
    record Plan(String model, int ok, int failed, int prompt, int completion) {}

    static final List<Plan> PLANS =
            List.of(
                    new Plan("Qwen/Qwen2.5-7B-Instruct-Turbo", 300, 0, 300, 100),
                    new Plan("deepseek-ai/DeepSeek-R1", 100, 10, 1000, 2000),
                    new Plan("openai/gpt-oss-20b", 600, 0, 500, 100),
                    new Plan("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", 200, 0, 400, 200),
                    new Plan("meta-llama/Llama-3.3-70B-Instruct-Turbo-Free", 500, 0, 300, 300),
                    new Plan("moonshotai/Kimi-K2-Instruct-0905", 50, 0, 800, 400),
                    new Plan("unknown/model", 7, 0, 100, 100));

    private TogetherMonth() {}

    /**
     * The month as a CSV of LiteLLM_SpendLogs columns; rows spread over the 30 days, one a minute.
     */
    public static String csv() {
        StringBuilder out =
                new StringBuilder(
                        "request_id,startTime,model,custom_llm_provider,prompt_tokens,completion_tokens,status,user,spend\n");
        int n = 0;
        for (Plan p : PLANS) {
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < p.ok() + p.failed(); i++) {
                boolean failed = i >= p.ok();
                rows.add(
                        new String[] {
                            failed ? "200" : String.valueOf(p.prompt()),
                            failed ? "0" : String.valueOf(p.completion()),
                            failed ? "failure" : "success"
                        });
            }
            for (String[] r : rows) {
                int day = 1 + n % 30;
                int minute = n / 30;
                out.append("req-")
                        .append(n)
                        .append(",2025-11-")
                        .append(String.format("%02d", day))
                        .append(' ')
                        .append(String.format("%02d:%02d:00", minute / 60 % 24, minute % 60))
                        .append(',')
                        .append(p.model())
                        .append(",together_ai,")
                        .append(r[0])
                        .append(',')
                        .append(r[1])
                        .append(',')
                        .append(r[2])
                        .append(",user_")
                        .append(n % 7)
                        .append(",0\n");
                n++;
            }
        }
        return out.toString();
    }
}
