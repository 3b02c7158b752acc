package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.UsageFormat.money;
import static com.llmresale.pricing.render.UsageFormat.n;
import static com.llmresale.pricing.render.UsageFormat.num;
import static com.llmresale.pricing.render.UsageFormat.pctText;
import static com.llmresale.pricing.render.UsageFormat.signed;
import static com.llmresale.pricing.render.UsageFormat.usedCap;

import com.llmresale.pricing.engine.usage.UsageReport;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.PlanLine;
import com.llmresale.pricing.engine.usage.UsageReport.Summary;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The grids of the {@code pricing usage} table and Markdown document, one per section. */
final class UsageGrids {
    private UsageGrids() {}

    static Grid summaryGrid(Summary s) {
        Grid.Builder g = Grid.builder(Grid.Column.text("metric"), Grid.Column.number("value"));
        g.row("users", n(s.users()));
        g.row("requests", n(s.requests()));
        g.row("failed requests", n(s.failedRequests()));
        g.row("success rate", pctText(s.successRatePct()));
        g.row("tokens", n(s.totalTokens()));
        g.row("  prompt / completion", n(s.promptTokens()) + " / " + n(s.completionTokens()));
        g.row("cost (our sheets)", money(s.costUsd()));
        g.row("LiteLLM spend", money(s.litellmSpendUsd()));
        g.row("credits charged", n(s.credits()));
        g.row(
                "average response",
                s.avgDurationS() == null ? "" : s.avgDurationS().toPlainString() + " s");
        g.row("cost per user", s.costPerUserUsd() == null ? "" : money(s.costPerUserUsd()));
        g.row("requests per user", s.requestsPerUser() == null ? "" : num(s.requestsPerUser()));
        g.row("prompt cache hit rate", pctText(s.cacheHitRatePct()));
        if (s.unpricedRequests() > 0) {
            g.row(
                    "unpriced requests",
                    n(s.unpricedRequests()) + " (LiteLLM " + money(s.unpricedSpendUsd()) + ")");
        }
        return g.build();
    }

    static Grid usersGrid(List<UserLine> users, int top) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.number("#"),
                        Grid.Column.text("user"),
                        Grid.Column.number("requests"),
                        Grid.Column.number("tokens"),
                        Grid.Column.number("cost"),
                        Grid.Column.number("LiteLLM spend"),
                        Grid.Column.number("credits"));
        int i = 0;
        for (UserLine u : users) {
            if (i == top) {
                break;
            }
            i++;
            g.row(
                    String.valueOf(i),
                    u.user() + (u.premium() ? " (premium)" : ""),
                    n(u.requests()),
                    n(u.totalTokens()),
                    money(u.costUsd()),
                    money(u.litellmSpendUsd()),
                    n(u.credits()));
        }
        if (users.size() > top) {
            g.row("", "... " + (users.size() - top) + " more (--top N)", "", "", "", "", "");
        }
        return g.build();
    }

    static Grid modelsGrid(List<ModelLine> models) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("provider"),
                        Grid.Column.text("model"),
                        Grid.Column.number("requests"),
                        Grid.Column.number("prompt"),
                        Grid.Column.number("cached"),
                        Grid.Column.number("completion"),
                        Grid.Column.number("cost"),
                        Grid.Column.number("LiteLLM"),
                        Grid.Column.number("LiteLLM - ours"),
                        Grid.Column.number("credits"));
        for (ModelLine m : models) {
            g.row(
                    m.provider(),
                    m.model(),
                    n(m.requests()),
                    n(m.promptTokens()),
                    n(m.cachedTokens()),
                    n(m.completionTokens()),
                    money(m.costUsd()),
                    money(m.litellmSpendUsd()),
                    signed(m.differenceUsd()),
                    n(m.credits()));
        }
        return g.build();
    }

    static Grid daysGrid(UsageReport r) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("date"),
                        Grid.Column.number("requests"),
                        Grid.Column.number("tokens"),
                        Grid.Column.number("cost"),
                        Grid.Column.number("LiteLLM"),
                        Grid.Column.text("alarm"));
        for (DayLine d : r.days()) {
            g.row(
                    d.date().toString(),
                    n(d.requests()),
                    n(d.totalTokens()),
                    money(d.costUsd()),
                    money(d.litellmSpendUsd()),
                    d.overAlarm() ? "OVER" : "");
        }
        return g.build();
    }

    static Grid teamsGrid(List<TeamLine> teams) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("team"),
                        Grid.Column.number("users"),
                        Grid.Column.number("requests"),
                        Grid.Column.number("tokens"),
                        Grid.Column.number("cost"),
                        Grid.Column.number("LiteLLM"),
                        Grid.Column.number("credits"));
        for (TeamLine t : teams) {
            g.row(
                    t.team(),
                    n(t.users()),
                    n(t.requests()),
                    n(t.totalTokens()),
                    money(t.costUsd()),
                    money(t.litellmSpendUsd()),
                    n(t.credits()));
        }
        return g.build();
    }

    /**
     * One row per user and limit: how many windows went over, the first and the worst, as used/cap.
     */
    static Grid breachGrid(List<Breach> breaches) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("user"),
                        Grid.Column.text("limit"),
                        Grid.Column.number("windows over"),
                        Grid.Column.text("first"),
                        Grid.Column.text("worst"));
        Map<String, List<Breach>> groups = new LinkedHashMap<>();
        for (Breach b : breaches) {
            groups.computeIfAbsent(b.user() + "\u0000" + b.limit(), k -> new ArrayList<>()).add(b);
        }
        for (List<Breach> group : groups.values()) {
            Breach first = group.get(0);
            Breach worst = group.stream().max((a, b) -> a.used().compareTo(b.used())).orElseThrow();
            g.row(
                    first.user() + (first.premium() ? " (premium)" : ""),
                    first.limit(),
                    n(group.size()),
                    usedCap(first) + " " + first.window(),
                    group.size() == 1 ? "" : usedCap(worst) + " " + worst.window());
        }
        return g.build();
    }

    static Grid planGrid(List<PlanLine> lines) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("figure"),
                        Grid.Column.number("plan"),
                        Grid.Column.number("actual"));
        for (PlanLine l : lines) {
            boolean usd = l.metric().endsWith("_usd");
            g.row(
                    l.metric(),
                    usd ? money(l.plan()) : num(l.plan()),
                    usd ? money(l.actual()) : num(l.actual()));
        }
        return g.build();
    }

    static Grid unpricedGrid(List<Unpriced> unpriced) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("model"),
                        Grid.Column.text("model_group"),
                        Grid.Column.text("custom_llm_provider"),
                        Grid.Column.number("requests"),
                        Grid.Column.number("LiteLLM"),
                        Grid.Column.text("why"));
        for (Unpriced u : unpriced) {
            g.row(
                    u.model(),
                    u.modelGroup(),
                    u.customLlmProvider(),
                    n(u.requests()),
                    money(u.litellmSpendUsd()),
                    u.reason());
        }
        return g.build();
    }
}
