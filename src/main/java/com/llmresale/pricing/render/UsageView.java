package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.usage.UsageReport;
import java.util.ArrayList;
import java.util.List;

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
     * The page in the reader's language: words through the bundles, numbers through {@link Fmt}.
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
        UsageWords x = new UsageWords(words);
        Doc.Builder doc = Doc.builder();
        UsageReport.Period p = r.period();
        String period =
                p.from() == null
                        ? x.t("period.none")
                        : x.t(
                                p.days() == 1 ? "period.one" : "period.many",
                                p.from().toString(),
                                p.to().toString(),
                                p.days(),
                                p.timeZone());
        if (html) {
            doc.title(x.t("title", period));
        }
        doc.paragraph(x.t("intro", period, r.source()));
        doc.heading("Summary").grid(UsageGrids.summaryGrid(r.summary(), x));
        doc.heading("Top users");
        if (html) {
            doc.chart(UsageCharts.users(r.users(), top, x));
        }
        doc.grid(UsageGrids.usersGrid(r.users(), top, x));
        doc.heading("Models: our cost beside LiteLLM's spend");
        if (html) {
            doc.chart(UsageCharts.modelShares(r.models(), x));
        }
        doc.grid(UsageGrids.modelsGrid(r.models(), x));
        doc.heading(
                r.dailyAlarmUsd() == null
                        ? "Days"
                        : x.t("days.alarm", x.money(r.dailyAlarmUsd()), r.alarmSource()));
        if (html) {
            doc.chart(UsageCharts.days(r, x));
        }
        doc.grid(UsageGrids.daysGrid(r, x));
        if (!r.teams().isEmpty()) {
            doc.heading("Teams").grid(UsageGrids.teamsGrid(r.teams(), x));
        }
        if (r.plan() != null) {
            plan(doc, r, x, html);
        }
        if (!r.unpriced().isEmpty()) {
            doc.heading("Unpriced (not in our cost)")
                    .grid(UsageGrids.unpricedGrid(r.unpriced(), x));
        }
        List<String> notes = new ArrayList<>();
        notes.add(rows(r.reading(), x));
        r.notes().forEach(n -> notes.add(x.t("note", n)));
        doc.paragraph(notes);
        return doc.build();
    }

    /** The limit breaches, the plan against the period and the plan's checks. */
    private static void plan(Doc.Builder doc, UsageReport r, UsageWords x, boolean html) {
        doc.heading("Limit breaches (" + r.plan().scenario() + ")");
        if (r.breaches().isEmpty()) {
            doc.paragraph(x.t("no_breaches"));
        } else {
            if (html) {
                doc.chart(UsageCharts.breaches(r.breaches(), x));
            }
            doc.grid(UsageGrids.breachGrid(r.breaches(), x));
        }
        long days = r.period().days();
        doc.heading(
                        x.t(
                                days == 1 ? "plan.heading.one" : "plan.heading.many",
                                r.plan().scenario(),
                                days))
                .grid(UsageGrids.planGrid(r.plan().lines(), x));
        Words words = x.w;
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

    /** How the rows went: counted, and the duplicates, malformed rows and rows outside skipped. */
    private static String rows(UsageReport.Reading reading, UsageWords x) {
        return x.t(
                "rows",
                reading.rows(),
                reading.duplicates() > 0 ? x.t("rows.duplicates", reading.duplicates()) : "",
                reading.skipped() > 0 ? x.t("rows.skipped", reading.skipped()) : "",
                reading.outside() > 0 ? x.t("rows.outside", reading.outside()) : "");
    }

    /** One grid with a {@code section} column ({@link UsageCsv}). */
    @Override
    public Grid csv(UsageReport r) {
        return UsageCsv.csv(r);
    }

    /** The contract's keys ({@link UsageJson}). */
    @Override
    public Object json(UsageReport r) {
        return UsageJson.json(r);
    }
}
