package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.usage.UsageReport;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.PlanLine;
import com.llmresale.pricing.engine.usage.UsageReport.Summary;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pricing usage}: the report as sections (a heading and a grid each), which the table,
 * Markdown (and a later HTML) renderer draw alike; CSV is one grid with a {@code section} column;
 * JSON has the contract's keys. USD in JSON and CSV is exact with at least 6 decimals.
 */
public final class UsageView implements View<UsageReport> {
    private final int top;

    /**
     * @param top how many users the table and Markdown list (JSON and CSV list every user)
     */
    public UsageView(int top) {
        this.top = top;
    }

    // ---- table / Markdown ---------------------------------------------------------------------

    @Override
    public Doc document(UsageReport r) {
        return document(r, false, Words.ENGLISH);
    }

    /** The document with a title and charts ({@link UsageCharts}) beside the tables. */
    @Override
    public Doc html(UsageReport r) {
        return document(r, true, Words.ENGLISH);
    }

    /**
     * The plan's checks in the reader's language (the rest of the page is English but for its
     * labels).
     */
    @Override
    public Doc document(UsageReport r, Words words) {
        return document(r, false, words);
    }

    @Override
    public Doc html(UsageReport r, Words words) {
        return document(r, true, words);
    }

    private Doc document(UsageReport r, boolean html, Words words) {
        Doc.Builder doc = Doc.builder();
        UsageReport.Period p = r.period();
        String period =
                p.from() == null
                        ? "(no rows)"
                        : p.from()
                                + " to "
                                + p.to()
                                + " ("
                                + p.days()
                                + (p.days() == 1 ? " day" : " days")
                                + ", "
                                + p.timeZone()
                                + ")";
        if (html) {
            doc.title("Usage " + period);
        }
        doc.paragraph("Usage " + period + " from " + r.source() + ".");
        doc.heading("Summary").grid(summaryGrid(r.summary()));
        doc.heading("Top users");
        if (html) {
            doc.chart(UsageCharts.users(r.users(), top));
        }
        doc.grid(usersGrid(r.users()));
        doc.heading("Models: our cost beside LiteLLM's spend");
        if (html) {
            doc.chart(UsageCharts.modelShares(r.models()));
        }
        doc.grid(modelsGrid(r.models()));
        doc.heading(
                "Days"
                        + (r.dailyAlarmUsd() == null
                                ? ""
                                : " (alarm above "
                                        + money(r.dailyAlarmUsd())
                                        + " a day: "
                                        + r.alarmSource()
                                        + ")"));
        if (html) {
            doc.chart(UsageCharts.days(r));
        }
        doc.grid(daysGrid(r));
        if (!r.teams().isEmpty()) {
            doc.heading("Teams").grid(teamsGrid(r.teams()));
        }
        if (r.plan() != null) {
            doc.heading("Limit breaches (" + r.plan().scenario() + ")");
            if (r.breaches().isEmpty()) {
                doc.paragraph("No user went over a limit.");
            } else {
                if (html) {
                    doc.chart(UsageCharts.breaches(r.breaches()));
                }
                doc.grid(breachGrid(r.breaches()));
            }
            doc.heading(
                            "Plan against actual ("
                                    + r.plan().scenario()
                                    + ", per-user figures scaled to "
                                    + p.days()
                                    + (p.days() == 1 ? " day)" : " days)"))
                    .grid(planGrid(r.plan().lines()));
            doc.paragraph(
                    r.plan().checks().stream()
                            .map(
                                    c ->
                                            words.severity(c.severity())
                                                    + " "
                                                    + c.code().name()
                                                    + ": "
                                                    + words.check(c))
                            .toList());
        }
        if (!r.unpriced().isEmpty()) {
            doc.heading("Unpriced (not in our cost)").grid(unpricedGrid(r.unpriced()));
        }
        List<String> notes = new ArrayList<>();
        UsageReport.Reading reading = r.reading();
        notes.add(
                "Rows: "
                        + n(reading.rows())
                        + " counted"
                        + (reading.duplicates() > 0
                                ? ", " + n(reading.duplicates()) + " duplicate request_id skipped"
                                : "")
                        + (reading.skipped() > 0
                                ? ", " + n(reading.skipped()) + " malformed skipped"
                                : "")
                        + (reading.outside() > 0
                                ? ", " + n(reading.outside()) + " outside the period"
                                : "")
                        + ".");
        r.notes().forEach(s -> notes.add("Note: " + s + "."));
        doc.paragraph(notes);
        return doc.build();
    }

    private static Grid summaryGrid(Summary s) {
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

    private Grid usersGrid(List<UserLine> users) {
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

    private static Grid modelsGrid(List<ModelLine> models) {
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

    private static Grid daysGrid(UsageReport r) {
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

    private static Grid teamsGrid(List<TeamLine> teams) {
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
    private static Grid breachGrid(List<Breach> breaches) {
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

    /** The seed's form: {@code 150/100}, {@code 1,600,000/1,500,000}, {@code $70.00/$23.19}. */
    static String usedCap(Breach b) {
        return b.limit().endsWith("_usd")
                ? money(b.used()) + "/" + money(b.cap())
                : n(b.used().longValueExact()) + "/" + n(b.cap().longValueExact());
    }

    private static Grid planGrid(List<PlanLine> lines) {
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

    private static Grid unpricedGrid(List<Unpriced> unpriced) {
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

    // ---- CSV ----------------------------------------------------------------------------------

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

    @Override
    public Grid csv(UsageReport r) {
        Grid.Builder g = Grid.builder(CSV_COLUMNS.stream().map(Grid.Column::text).toList());
        Map<String, Object> summary = summaryJson(r.summary());
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
                            u.reason()));
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

    // ---- JSON ---------------------------------------------------------------------------------

    @Override
    public Object json(UsageReport r) {
        UsageReport.Period p = r.period();
        List<Object> users = new ArrayList<>();
        for (UserLine u : r.users()) {
            users.add(
                    Json.obj(
                            "user",
                            u.user(),
                            "requests",
                            u.requests(),
                            "total_tokens",
                            u.totalTokens(),
                            "cost_usd",
                            usd(u.costUsd()),
                            "litellm_spend_usd",
                            usd(u.litellmSpendUsd()),
                            "credits",
                            u.credits(),
                            "failed_requests",
                            u.failedRequests(),
                            "prompt_tokens",
                            u.promptTokens(),
                            "completion_tokens",
                            u.completionTokens(),
                            "unpriced_requests",
                            u.unpricedRequests(),
                            "premium",
                            u.premium()));
        }
        List<Object> models = new ArrayList<>();
        for (ModelLine m : r.models()) {
            models.add(
                    Json.obj(
                            "provider",
                            m.provider(),
                            "model",
                            m.model(),
                            "requests",
                            m.requests(),
                            "prompt_tokens",
                            m.promptTokens(),
                            "completion_tokens",
                            m.completionTokens(),
                            "cost_usd",
                            usd(m.costUsd()),
                            "litellm_spend_usd",
                            usd(m.litellmSpendUsd()),
                            "credits",
                            m.credits(),
                            "cached_tokens",
                            m.cachedTokens(),
                            "cache_write_tokens",
                            m.cacheWriteTokens(),
                            "difference_usd",
                            usd(m.differenceUsd()),
                            "credits_per_request",
                            m.creditsPerRequest(),
                            "credits_source",
                            m.creditsSource(),
                            "model_groups",
                            m.modelGroups()));
        }
        List<Object> days = new ArrayList<>();
        for (DayLine d : r.days()) {
            days.add(
                    Json.obj(
                            "date",
                            d.date().toString(),
                            "requests",
                            d.requests(),
                            "total_tokens",
                            d.totalTokens(),
                            "cost_usd",
                            usd(d.costUsd()),
                            "over_alarm",
                            d.overAlarm(),
                            "litellm_spend_usd",
                            usd(d.litellmSpendUsd())));
        }
        List<Object> teams = new ArrayList<>();
        for (TeamLine t : r.teams()) {
            teams.add(
                    Json.obj(
                            "team",
                            t.team(),
                            "users",
                            t.users(),
                            "requests",
                            t.requests(),
                            "total_tokens",
                            t.totalTokens(),
                            "cost_usd",
                            usd(t.costUsd()),
                            "litellm_spend_usd",
                            usd(t.litellmSpendUsd()),
                            "credits",
                            t.credits()));
        }
        List<Object> breaches = new ArrayList<>();
        for (Breach b : r.breaches()) {
            boolean money = b.limit().endsWith("_usd");
            breaches.add(
                    Json.obj(
                            "user",
                            b.user(),
                            "limit",
                            b.limit(),
                            "window",
                            b.window(),
                            "used",
                            money ? usd(b.used()) : b.used(),
                            "cap",
                            money ? usd(b.cap()) : b.cap(),
                            "premium",
                            b.premium()));
        }
        List<Object> unpriced = new ArrayList<>();
        for (Unpriced u : r.unpriced()) {
            unpriced.add(
                    Json.obj(
                            "model",
                            u.model(),
                            "model_group",
                            u.modelGroup(),
                            "custom_llm_provider",
                            u.customLlmProvider(),
                            "requests",
                            u.requests(),
                            "litellm_spend_usd",
                            usd(u.litellmSpendUsd()),
                            "reason",
                            u.reason()));
        }
        Object plan = null;
        if (r.plan() != null) {
            List<Object> lines = new ArrayList<>();
            for (PlanLine l : r.plan().lines()) {
                lines.add(Json.obj("metric", l.metric(), "plan", l.plan(), "actual", l.actual()));
            }
            List<Object> checks = new ArrayList<>();
            for (Check c : r.plan().checks()) {
                checks.add(
                        Json.obj(
                                "severity",
                                c.severity().name(),
                                "code",
                                c.code().name(),
                                "message",
                                Words.ENGLISH.check(c)));
            }
            plan = Json.obj("scenario", r.plan().scenario(), "lines", lines, "checks", checks);
        }
        UsageReport.Reading reading = r.reading();
        return Json.obj(
                "period",
                        Json.obj(
                                "from",
                                p.from() == null ? null : p.from().toString(),
                                "to",
                                p.to() == null ? null : p.to().toString(),
                                "time_zone",
                                p.timeZone(),
                                "days",
                                p.days()),
                "summary", summaryJson(r.summary()),
                "users", users,
                "models", models,
                "days", days,
                "breaches", breaches,
                "unpriced", unpriced,
                "teams", teams,
                "daily_alarm_usd",
                        r.dailyAlarmUsd() == null
                                ? null
                                : r.dailyAlarmUsd().setScale(6, RoundingMode.HALF_UP),
                "plan", plan,
                "reading",
                        Json.obj(
                                "rows",
                                reading.rows(),
                                "duplicates",
                                reading.duplicates(),
                                "skipped_bad_rows",
                                reading.skipped(),
                                "outside_period",
                                reading.outside()),
                "notes", r.notes(),
                "source", r.source());
    }

    private static Map<String, Object> summaryJson(Summary s) {
        return Json.obj(
                "users",
                s.users(),
                "requests",
                s.requests(),
                "failed_requests",
                s.failedRequests(),
                "success_rate_pct",
                s.successRatePct(),
                "prompt_tokens",
                s.promptTokens(),
                "completion_tokens",
                s.completionTokens(),
                "total_tokens",
                s.totalTokens(),
                "cost_usd",
                usd(s.costUsd()),
                "litellm_spend_usd",
                usd(s.litellmSpendUsd()),
                "credits",
                s.credits(),
                "avg_duration_s",
                s.avgDurationS(),
                "cost_per_user_usd",
                usd(s.costPerUserUsd()),
                "requests_per_user",
                s.requestsPerUser(),
                "cache_hit_rate_pct",
                s.cacheHitRatePct(),
                "cached_tokens",
                s.cachedTokens(),
                "cache_write_tokens",
                s.cacheWriteTokens(),
                "response_cache_hits",
                s.responseCacheHits(),
                "unpriced_requests",
                s.unpricedRequests(),
                "unpriced_litellm_spend_usd",
                usd(s.unpricedSpendUsd()));
    }

    // ---- formatting ---------------------------------------------------------------------------

    /** An exact USD amount with at least 6 decimals (JSON and CSV). */
    static BigDecimal usd(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 6 ? s.setScale(6) : s;
    }

    private static String usd6(BigDecimal v) {
        return v == null ? "" : usd(v).toPlainString();
    }

    /** Dollars for people: {@code $348.00}, {@code $1,234.57} (cents, HALF_UP). */
    static String money(BigDecimal v) {
        return Fmt.ENGLISH.usdCents(v);
    }

    private static String signed(BigDecimal v) {
        return v.signum() > 0 ? "+" + money(v) : money(v);
    }

    static String n(long v) {
        return Fmt.ENGLISH.count(v);
    }

    private static String n0(long v) {
        return String.valueOf(v);
    }

    private static String num(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return Fmt.ENGLISH.number(s.scale() < 0 ? s.setScale(0) : s);
    }

    private static String pctText(BigDecimal v) {
        return Fmt.ENGLISH.percent(v);
    }
}
