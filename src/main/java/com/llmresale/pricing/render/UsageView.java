package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.UsageFormat.money;
import static com.llmresale.pricing.render.UsageFormat.n;

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
        doc.heading("Summary").grid(UsageGrids.summaryGrid(r.summary()));
        doc.heading("Top users");
        if (html) {
            doc.chart(UsageCharts.users(r.users(), top));
        }
        doc.grid(UsageGrids.usersGrid(r.users(), top));
        doc.heading("Models: our cost beside LiteLLM's spend");
        if (html) {
            doc.chart(UsageCharts.modelShares(r.models()));
        }
        doc.grid(UsageGrids.modelsGrid(r.models()));
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
        doc.grid(UsageGrids.daysGrid(r));
        if (!r.teams().isEmpty()) {
            doc.heading("Teams").grid(UsageGrids.teamsGrid(r.teams()));
        }
        if (r.plan() != null) {
            doc.heading("Limit breaches (" + r.plan().scenario() + ")");
            if (r.breaches().isEmpty()) {
                doc.paragraph("No user went over a limit.");
            } else {
                if (html) {
                    doc.chart(UsageCharts.breaches(r.breaches()));
                }
                doc.grid(UsageGrids.breachGrid(r.breaches()));
            }
            doc.heading(
                            "Plan against actual ("
                                    + r.plan().scenario()
                                    + ", per-user figures scaled to "
                                    + p.days()
                                    + (p.days() == 1 ? " day)" : " days)"))
                    .grid(UsageGrids.planGrid(r.plan().lines()));
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
            doc.heading("Unpriced (not in our cost)").grid(UsageGrids.unpricedGrid(r.unpriced()));
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
