package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.UsageFormat.n0;
import static com.llmresale.pricing.render.UsageFormat.usd6;

import com.llmresale.pricing.engine.usage.UsageReport;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.PlanLine;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pricing usage} as CSV: one grid with a {@code section} column, USD exact with at least 6
 * decimals.
 */
final class UsageCsv {
    private UsageCsv() {}

    static final List<String> CSV_COLUMNS =
            List.of(
                    "section",
                    "user",
                    "team",
                    "provider",
                    "model",
                    "model_group",
                    "custom_llm_provider",
                    "date",
                    "limit",
                    "window",
                    "metric",
                    "requests",
                    "failed_requests",
                    "prompt_tokens",
                    "completion_tokens",
                    "total_tokens",
                    "cost_usd",
                    "litellm_spend_usd",
                    "difference_usd",
                    "credits",
                    "used",
                    "cap",
                    "value",
                    "over_alarm");

    static Grid csv(UsageReport r) {
        Grid.Builder g = Grid.builder(CSV_COLUMNS.stream().map(Grid.Column::text).toList());
        Map<String, Object> summary = UsageJson.summary(r.summary());
        summary.forEach(
                (k, v) -> g.row(csvRow("section", "summary", "metric", k, "value", cell(v))));
        for (UserLine u : r.users()) {
            g.row(
                    csvRow(
                            "section",
                            "user",
                            "user",
                            u.user(),
                            "requests",
                            n0(u.requests()),
                            "failed_requests",
                            n0(u.failedRequests()),
                            "prompt_tokens",
                            n0(u.promptTokens()),
                            "completion_tokens",
                            n0(u.completionTokens()),
                            "total_tokens",
                            n0(u.totalTokens()),
                            "cost_usd",
                            usd6(u.costUsd()),
                            "litellm_spend_usd",
                            usd6(u.litellmSpendUsd()),
                            "credits",
                            n0(u.credits())));
        }
        for (ModelLine m : r.models()) {
            g.row(
                    csvRow(
                            "section",
                            "model",
                            "provider",
                            m.provider(),
                            "model",
                            m.model(),
                            "model_group",
                            String.join(";", m.modelGroups()),
                            "requests",
                            n0(m.requests()),
                            "prompt_tokens",
                            n0(m.promptTokens()),
                            "completion_tokens",
                            n0(m.completionTokens()),
                            "total_tokens",
                            n0(m.promptTokens() + m.completionTokens()),
                            "cost_usd",
                            usd6(m.costUsd()),
                            "litellm_spend_usd",
                            usd6(m.litellmSpendUsd()),
                            "difference_usd",
                            usd6(m.differenceUsd()),
                            "credits",
                            n0(m.credits())));
        }
        for (DayLine d : r.days()) {
            g.row(
                    csvRow(
                            "section",
                            "day",
                            "date",
                            d.date().toString(),
                            "requests",
                            n0(d.requests()),
                            "total_tokens",
                            n0(d.totalTokens()),
                            "cost_usd",
                            usd6(d.costUsd()),
                            "litellm_spend_usd",
                            usd6(d.litellmSpendUsd()),
                            "over_alarm",
                            String.valueOf(d.overAlarm())));
        }
        for (TeamLine t : r.teams()) {
            g.row(
                    csvRow(
                            "section",
                            "team",
                            "team",
                            t.team(),
                            "requests",
                            n0(t.requests()),
                            "total_tokens",
                            n0(t.totalTokens()),
                            "cost_usd",
                            usd6(t.costUsd()),
                            "litellm_spend_usd",
                            usd6(t.litellmSpendUsd()),
                            "credits",
                            n0(t.credits())));
        }
        for (Breach b : r.breaches()) {
            boolean usd = b.limit().endsWith("_usd");
            g.row(
                    csvRow(
                            "section",
                            "breach",
                            "user",
                            b.user(),
                            "limit",
                            b.limit(),
                            "window",
                            b.window(),
                            "used",
                            usd ? usd6(b.used()) : b.used().toPlainString(),
                            "cap",
                            usd ? usd6(b.cap()) : b.cap().toPlainString()));
        }
        for (Unpriced u : r.unpriced()) {
            g.row(
                    csvRow(
                            "section",
                            "unpriced",
                            "model",
                            u.model(),
                            "model_group",
                            u.modelGroup(),
                            "custom_llm_provider",
                            u.customLlmProvider(),
                            "requests",
                            n0(u.requests()),
                            "litellm_spend_usd",
                            usd6(u.litellmSpendUsd()),
                            "value",
                            Words.ENGLISH.phrase(u.reason())));
        }
        if (r.plan() != null) {
            for (PlanLine l : r.plan().lines()) {
                g.row(
                        csvRow(
                                "section",
                                "plan",
                                "metric",
                                l.metric(),
                                "value",
                                cell(l.plan()),
                                "used",
                                cell(l.actual())));
            }
        }
        return g.build();
    }

    private static List<String> csvRow(String... pairs) {
        List<String> cells = new ArrayList<>(java.util.Collections.nCopies(CSV_COLUMNS.size(), ""));
        for (int i = 0; i < pairs.length; i += 2) {
            cells.set(CSV_COLUMNS.indexOf(pairs[i]), pairs[i + 1]);
        }
        return cells;
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(v);
    }
}
