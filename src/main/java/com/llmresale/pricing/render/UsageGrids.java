package com.llmresale.pricing.render;

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

    static Grid summaryGrid(Summary s, UsageWords x) {
        Grid.Builder g = Grid.builder(Grid.Column.text("metric"), Grid.Column.number("value"));
        g.row(x.t("summary.users"), x.n(s.users()));
        g.row(x.t("summary.requests"), x.n(s.requests()));
        g.row(x.t("summary.failed"), x.n(s.failedRequests()));
        g.row(x.t("summary.success_rate"), x.pct(s.successRatePct()));
        g.row(x.t("summary.tokens"), x.n(s.totalTokens()));
        g.row(
                x.t("summary.prompt_completion"),
                x.n(s.promptTokens()) + " / " + x.n(s.completionTokens()));
        g.row(x.t("summary.cost"), x.money(s.costUsd()));
        g.row(x.t("summary.litellm_spend"), x.money(s.litellmSpendUsd()));
        g.row(x.t("summary.credits"), x.n(s.credits()));
        g.row(
                x.t("summary.avg_response"),
                s.avgDurationS() == null ? "" : x.t("seconds", x.f.plain(s.avgDurationS())));
        g.row(
                x.t("summary.cost_per_user"),
                s.costPerUserUsd() == null ? "" : x.money(s.costPerUserUsd()));
        g.row(
                x.t("summary.requests_per_user"),
                s.requestsPerUser() == null ? "" : x.num(s.requestsPerUser()));
        g.row(x.t("summary.cache_hit_rate"), x.pct(s.cacheHitRatePct()));
        if (s.unpricedRequests() > 0) {
            g.row(
                    x.t("summary.unpriced"),
                    x.t(
                            "summary.unpriced.value",
                            x.n(s.unpricedRequests()),
                            x.money(s.unpricedSpendUsd())));
        }
        return g.build();
    }

    static Grid usersGrid(List<UserLine> users, int top, UsageWords x) {
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
                    x.user(u.user(), u.premium()),
                    x.n(u.requests()),
                    x.n(u.totalTokens()),
                    x.money(u.costUsd()),
                    x.money(u.litellmSpendUsd()),
                    x.n(u.credits()));
        }
        if (users.size() > top) {
            g.row("", x.t("more", users.size() - top), "", "", "", "", "");
        }
        return g.build();
    }

    static Grid modelsGrid(List<ModelLine> models, UsageWords x) {
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
                    x.n(m.requests()),
                    x.n(m.promptTokens()),
                    x.n(m.cachedTokens()),
                    x.n(m.completionTokens()),
                    x.money(m.costUsd()),
                    x.money(m.litellmSpendUsd()),
                    x.signed(m.differenceUsd()),
                    x.n(m.credits()));
        }
        return g.build();
    }

    static Grid daysGrid(UsageReport r, UsageWords x) {
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
                    x.n(d.requests()),
                    x.n(d.totalTokens()),
                    x.money(d.costUsd()),
                    x.money(d.litellmSpendUsd()),
                    d.overAlarm() ? x.t("over") : "");
        }
        return g.build();
    }

    static Grid teamsGrid(List<TeamLine> teams, UsageWords x) {
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
                    x.n(t.users()),
                    x.n(t.requests()),
                    x.n(t.totalTokens()),
                    x.money(t.costUsd()),
                    x.money(t.litellmSpendUsd()),
                    x.n(t.credits()));
        }
        return g.build();
    }

    /**
     * One row per user and limit: how many windows went over, the first and the worst, as used/cap.
     */
    static Grid breachGrid(List<Breach> breaches, UsageWords x) {
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
                    x.user(first.user(), first.premium()),
                    first.limit(),
                    x.n(group.size()),
                    x.usedCap(first) + " " + first.window(),
                    group.size() == 1 ? "" : x.usedCap(worst) + " " + worst.window());
        }
        return g.build();
    }

    static Grid planGrid(List<PlanLine> lines, UsageWords x) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("figure"),
                        Grid.Column.number("plan"),
                        Grid.Column.number("actual"));
        for (PlanLine l : lines) {
            boolean usd = l.metric().endsWith("_usd");
            g.row(
                    metric(l.metric(), x),
                    usd ? x.money(l.plan()) : x.num(l.plan()),
                    usd ? x.money(l.actual()) : x.num(l.actual()));
        }
        return g.build();
    }

    static Grid unpricedGrid(List<Unpriced> unpriced, UsageWords x) {
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
                    x.n(u.requests()),
                    x.money(u.litellmSpendUsd()),
                    x.w.phrase(u.reason()));
        }
        return g.build();
    }

    /**
     * A plan figure's name for people: {@code usage.plan.<metric>}, a mix alias's share as {@code
     * usage.plan.mix_share_pct} with the alias.
     */
    private static String metric(String metric, UsageWords x) {
        String mix = "mix_share_pct:";
        return metric.startsWith(mix)
                ? x.t("plan.mix_share_pct", metric.substring(mix.length()))
                : x.t("plan." + metric);
    }
}
