package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.PriceRow;
import com.llmresale.pricing.engine.RecomputeReport;
import com.llmresale.pricing.engine.Status;
import com.llmresale.pricing.engine.UsageImpact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code pricing recompute}: every credit value that moves, grouped by status, with a one-line
 * summary.
 *
 * @param against how the published credits compared with are named (a file)
 * @param lintWarnings how many warnings {@code pricing lint} has for the same sheets, or null when
 *     not known (then the summary does not mention lint)
 * @param nothingPublished the credits compared with are those of a published file that does not
 *     exist yet (every model is new); the report says so rather than name the file as if it had
 *     been read
 */
public record RecomputeView(
        String against, Integer lintWarnings, boolean nothingPublished, UsageImpact impact)
        implements View<RecomputeReport> {

    public RecomputeView(String against, Integer lintWarnings) {
        this(against, lintWarnings, false);
    }

    public RecomputeView(String against, Integer lintWarnings, boolean nothingPublished) {
        this(against, lintWarnings, nothingPublished, null);
    }

    @Override
    public Doc document(RecomputeReport report) {
        return document(report, Words.ENGLISH);
    }

    @Override
    public Doc document(RecomputeReport report, Words words) {
        return document(report, words, false);
    }

    /** The document with a title and, when credits moved, old against new per model. */
    @Override
    public Doc html(RecomputeReport report) {
        return html(report, Words.ENGLISH);
    }

    @Override
    public Doc html(RecomputeReport report, Words words) {
        return document(report, words, true);
    }

    private Doc document(RecomputeReport report, Words words, boolean html) {
        Fmt fmt = words.fmt();
        Doc.Builder doc = Doc.builder();
        if (html) {
            doc.title(words.format("recompute.title", against));
        }
        doc.paragraph(
                PriceRowColumns.baselineLine(report.baseline(), words),
                words.format(
                        "recompute.compared_with",
                        nothingPublished
                                ? words.format("recompute.nothing_published", against)
                                : against));
        Doc.Chart moves = html ? CatalogCharts.moves(report, words) : null;
        if (moves != null) {
            doc.heading("Credits that move").chart(moves);
        }
        for (Status status : Status.values()) {
            List<PriceRow> rows = report.rows().stream().filter(r -> r.status() == status).toList();
            if (rows.isEmpty()) {
                continue;
            }
            doc.heading(status.name() + " (" + fmt.count(rows.size()) + ")");
            Grid.Builder grid =
                    Grid.builder(
                            Grid.Column.text("provider"),
                            Grid.Column.text("model"),
                            Grid.Column.number("$ in"),
                            Grid.Column.number("$ out"),
                            Grid.Column.number("$ avg"),
                            Grid.Column.number("mult"),
                            Grid.Column.number("old"),
                            Grid.Column.text(""),
                            Grid.Column.number("new"),
                            Grid.Column.change("change"),
                            Grid.Column.text("tier"),
                            Grid.Column.text("note"));
            for (PriceRow r : rows) {
                grid.row(
                        r.provider(),
                        r.model(),
                        fmt.price(r.inputUsdPerMtok()),
                        fmt.price(r.outputUsdPerMtok()),
                        fmt.price(r.avgUsdPerMtok()),
                        fmt.times(r.multiplier()),
                        credits(r.previousCredits(), fmt),
                        "->",
                        credits(r.credits(), fmt),
                        fmt.signedPercent(r.changePct()),
                        r.tier() == null ? "" : r.tier().name(),
                        PriceRowColumns.remark(r, words));
            }
            doc.grid(grid.build());
        }
        doc.paragraph(summary(report.summary(), words));
        if (impact != null) {
            RecomputeImpactSection.document(doc, impact, words);
        }
        return doc.build();
    }

    /**
     * Credits for people, grouped ({@code 1,200} / {@code 1.200}); {@code -} when there are none.
     */
    static String credits(Integer credits, Fmt fmt) {
        return credits == null ? "-" : fmt.count(credits);
    }

    /** The one-line summary: how many moved, the largest rise and fall. */
    public static String summaryLine(RecomputeReport.Summary s) {
        return summaryLine(s, Words.ENGLISH);
    }

    /** The one-line summary in the language of {@code words}. */
    public static String summaryLine(RecomputeReport.Summary s, Words words) {
        List<String> parts = new ArrayList<>();
        parts.add(
                words.format(
                        s.withdrawn() > 0 ? "recompute.moved_withdrawn" : "recompute.moved",
                        s.moved(),
                        s.models(),
                        s.count(Status.INCREASED),
                        s.count(Status.DECREASED),
                        s.withdrawn(),
                        s.count(Status.UNCHANGED),
                        s.count(Status.NEW),
                        s.count(Status.REMOVED),
                        s.count(Status.INACTIVE)));
        if (s.largestRise() != null) {
            parts.add(words.format("recompute.largest_rise", move(s.largestRise(), words)));
        }
        if (s.largestFall() != null) {
            parts.add(words.format("recompute.largest_fall", move(s.largestFall(), words)));
        }
        return String.join(" ", parts);
    }

    /** The summary line, with the lint count when it is known. */
    private String summary(RecomputeReport.Summary s, Words words) {
        return lintWarnings == null
                ? summaryLine(s, words)
                : summaryLine(s, words) + " " + lintLine(lintWarnings, words);
    }

    static String lintLine(int warnings) {
        return lintLine(warnings, Words.ENGLISH);
    }

    static String lintLine(int warnings, Words words) {
        return words.format(
                warnings == 0
                        ? "recompute.lint.none"
                        : warnings == 1 ? "recompute.lint.one" : "recompute.lint.many",
                warnings);
    }

    private static String move(PriceRow r, Words words) {
        Fmt fmt = words.fmt();
        String pct = r.changePct() == null ? "" : " (" + fmt.signedPercent(r.changePct()) + ")";
        return r.provider()
                + " "
                + r.model()
                + " "
                + r.previousCredits()
                + " -> "
                + r.credits()
                + pct;
    }

    @Override
    public Grid csv(RecomputeReport report) {
        Grid grid = PriceRowColumns.csv(report.rows());
        return impact == null ? grid : RecomputeImpactSection.csv(grid, report, impact);
    }

    @Override
    public Object json(RecomputeReport report) {
        RecomputeReport.Summary s = report.summary();
        Map<String, Object> summary =
                Json.obj("models", s.models(), "moved", s.moved(), "withdrawn", s.withdrawn());
        for (Status status : Status.values()) {
            summary.put(status.name().toLowerCase(Locale.ROOT), s.count(status));
        }
        summary.put("largest_rise", moveJson(s.largestRise()));
        summary.put("largest_fall", moveJson(s.largestFall()));
        if (lintWarnings != null) {
            summary.put("lint_warnings", lintWarnings);
        }
        summary.put("text", summary(s, Words.ENGLISH));
        Map<String, Object> json =
                Json.obj(
                        "baseline", PriceRowColumns.baselineJson(report.baseline()),
                        "against", against,
                        "against_exists", !nothingPublished,
                        "models", PriceRowColumns.json(report.rows()),
                        "summary", summary);
        if (impact != null) {
            json.put("usage_impact", RecomputeImpactSection.json(impact));
        }
        return json;
    }

    private static Object moveJson(PriceRow r) {
        if (r == null) {
            return null;
        }
        return Json.obj(
                "provider",
                r.provider(),
                "model",
                r.model(),
                "previous_credits",
                r.previousCredits(),
                "credits",
                r.credits(),
                "change_pct",
                r.changePct());
    }
}
