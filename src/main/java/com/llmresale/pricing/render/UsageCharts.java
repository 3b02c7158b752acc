package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.usage.UsageReport;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of {@code pricing usage --format html}: days with the alarm, top users, model shares,
 * breaches.
 */
final class UsageCharts {
    private UsageCharts() {}

    /** Whole numbers only (none between them: a count has no halves). */
    static String tickCount(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() > 0 ? "" : s.toPlainString();
    }

    /** Our cost per day, over-alarm days marked, the alarm as a line. */
    static Doc.Chart days(UsageReport r, UsageWords x) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (DayLine d : r.days()) {
            bars.add(
                    Charts.Bar.of(
                                    d.date().toString().substring(5),
                                    d.costUsd(),
                                    x.money(d.costUsd())
                                            + (d.overAlarm() ? x.t("chart.over_alarm") : ""))
                            .marked(d.overAlarm() ? "over" : ""));
        }
        Charts.Reference alarm =
                r.dailyAlarmUsd() == null
                        ? null
                        : new Charts.Reference(
                                r.dailyAlarmUsd(), x.t("chart.alarm", x.money(r.dailyAlarmUsd())));
        return Charts.columns(
                x.t(alarm == null ? "chart.days" : "chart.days_alarm"), bars, x::money, alarm);
    }

    /** The {@code top} users by our cost (the table's order). */
    static Doc.Chart users(List<UserLine> users, int top, UsageWords x) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (UserLine u : users.subList(0, Math.min(top, users.size()))) {
            bars.add(
                    Charts.Bar.of(
                                    x.user(u.user(), u.premium()),
                                    u.costUsd(),
                                    x.t("chart.user", x.money(u.costUsd()), x.n(u.requests())))
                            .marked(u.premium() ? "premium" : ""));
        }
        return Charts.bars(x.t("chart.users", bars.size()), bars, x::money, null);
    }

    /** Each model's share of our cost, as one bar; null when nothing cost anything. */
    static Doc.Chart modelShares(List<ModelLine> models, UsageWords x) {
        BigDecimal total =
                models.stream().map(ModelLine::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            return null;
        }
        List<Charts.Bar> segments = new ArrayList<>();
        for (ModelLine m : models) {
            BigDecimal pct =
                    m.costUsd()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(total, MathContext.DECIMAL64)
                            .setScale(1, RoundingMode.HALF_UP);
            segments.add(
                    Charts.Bar.of(
                            m.provider() + " " + m.model(),
                            m.costUsd(),
                            x.money(m.costUsd()) + " (" + x.pct(pct) + ")"));
        }
        return Charts.stacked(x.t("chart.shares"), segments);
    }

    /** Windows over each limit, per user and limit, the worst one beside. */
    static Doc.Chart breaches(List<Breach> breaches, UsageWords x) {
        Map<String, List<Breach>> groups = new LinkedHashMap<>();
        for (Breach b : breaches) {
            groups.computeIfAbsent(b.user() + "\u0000" + b.limit(), k -> new ArrayList<>()).add(b);
        }
        List<Charts.Bar> bars = new ArrayList<>();
        for (List<Breach> group : groups.values()) {
            Breach first = group.get(0);
            Breach worst = group.stream().max((a, b) -> a.used().compareTo(b.used())).orElseThrow();
            bars.add(
                    Charts.Bar.of(
                                    first.limit(),
                                    BigDecimal.valueOf(group.size()),
                                    x.t(
                                            group.size() == 1
                                                    ? "chart.windows.one"
                                                    : "chart.windows.many",
                                            group.size(),
                                            x.usedCap(worst)))
                            .in(x.user(first.user(), first.premium()))
                            .marked("breach"));
        }
        return Charts.bars(x.t("chart.breaches"), bars, UsageCharts::tickCount, null);
    }
}
