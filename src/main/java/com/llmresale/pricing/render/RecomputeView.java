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
        return document(report, false);
    }

    /** The document with a title and, when credits moved, old against new per model. */
    @Override
    public Doc html(RecomputeReport report) {
        return document(report, true);
    }

    private Doc document(RecomputeReport report, boolean html) {
        Doc.Builder doc = Doc.builder();
        if (html) {
            doc.title("Recomputed credits against " + against);
        }
        doc.paragraph(
                PriceRowColumns.baselineLine(report.baseline()),
                "Compared with: "
                        + (nothingPublished
                                ? "nothing published yet (" + against + " does not exist)"
                                : against));
        Doc.Chart moves = html ? CatalogCharts.moves(report) : null;
        if (moves != null) {
            doc.heading("Credits that move").chart(moves);
        }
        for (Status status : Status.values()) {
            List<PriceRow> rows = report.rows().stream().filter(r -> r.status() == status).toList();
            if (rows.isEmpty()) {
                continue;
            }
            doc.heading(status.name() + " (" + rows.size() + ")");
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
                        Text.price(r.inputUsdPerMtok()),
                        Text.price(r.outputUsdPerMtok()),
                        Text.price(r.avgUsdPerMtok()),
                        Text.times(r.multiplier()),
                        r.previousCredits() == null ? "-" : r.previousCredits().toString(),
                        "->",
                        r.credits() == null ? "-" : r.credits().toString(),
                        Text.signedPct(r.changePct()),
                        r.tier() == null ? "" : r.tier().name(),
                        PriceRowColumns.remark(r));
            }
            doc.grid(grid.build());
        }
        doc.paragraph(summary(report.summary()));
        if (impact != null) {
            RecomputeImpactSection.document(doc, impact);
        }
        return doc.build();
    }

    /** The one-line summary: how many moved, the largest rise and fall. */
    public static String summaryLine(RecomputeReport.Summary s) {
        StringBuilder line = new StringBuilder();
        line.append(s.moved())
                .append(" of ")
                .append(s.models())
                .append(" models moved (")
                .append(s.count(Status.INCREASED))
                .append(" up, ")
                .append(s.count(Status.DECREASED))
                .append(" down")
                .append(s.withdrawn() > 0 ? ", " + s.withdrawn() + " withdrawn" : "")
                .append("); ");
        List<String> rest = new ArrayList<>();
        for (Status status :
                List.of(Status.UNCHANGED, Status.NEW, Status.REMOVED, Status.INACTIVE)) {
            rest.add(s.count(status) + " " + status.id());
        }
        line.append(String.join(", ", rest)).append('.');
        if (s.largestRise() != null) {
            line.append(" Largest rise: ").append(move(s.largestRise())).append('.');
        }
        if (s.largestFall() != null) {
            line.append(" Largest fall: ").append(move(s.largestFall())).append('.');
        }
        return line.toString();
    }

    /** The summary line, with the lint count when it is known. */
    private String summary(RecomputeReport.Summary s) {
        return lintWarnings == null
                ? summaryLine(s)
                : summaryLine(s) + " " + lintLine(lintWarnings);
    }

    static String lintLine(int warnings) {
        return warnings == 0
                ? "Lint: no warnings."
                : "Lint: "
                        + warnings
                        + (warnings == 1 ? " warning" : " warnings")
                        + " (see `pricing lint`).";
    }

    private static String move(PriceRow r) {
        String pct = r.changePct() == null ? "" : " (" + Text.signedPct(r.changePct()) + ")";
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
        summary.put("text", summary(s));
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
