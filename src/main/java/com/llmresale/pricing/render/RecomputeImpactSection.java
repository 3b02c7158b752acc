package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.PriceRow;
import com.llmresale.pricing.engine.RecomputeReport;
import com.llmresale.pricing.engine.UsageImpact;
import com.llmresale.pricing.model.ModelKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code recompute --usage}: the money impact section, CSV columns and JSON object beside the
 * recompute report.
 */
final class RecomputeImpactSection {
    /** Added after the recompute columns, only with --usage. */
    static final List<String> CSV_COLUMNS =
            List.of("requests", "charged_requests", "credit_change", "cost_change_usd");

    private RecomputeImpactSection() {}

    static void document(Doc.Builder doc, UsageImpact impact, Words words) {
        Fmt fmt = words.fmt();
        int models = impact.models().size();
        doc.heading(
                words.format(
                        models == 1 ? "recompute.impact.heading.one" : "recompute.impact.heading",
                        fmt.count(models)));
        doc.paragraph(
                impact.from() == null
                        ? words.format(
                                "recompute.impact.logs",
                                impact.source(),
                                fmt.count(impact.requests()))
                        : words.format(
                                "recompute.impact.logs_period",
                                impact.source(),
                                impact.from(),
                                impact.to(),
                                fmt.count(impact.requests())));
        boolean cost = impact.oldPricesFrom() != null;
        List<Grid.Column> columns =
                new ArrayList<>(
                        List.of(
                                Grid.Column.text("provider"),
                                Grid.Column.text("model"),
                                Grid.Column.number("requests"),
                                Grid.Column.number("charged"),
                                Grid.Column.number("old"),
                                Grid.Column.text(""),
                                Grid.Column.number("new"),
                                Grid.Column.number("credit change")));
        if (cost) {
            columns.add(Grid.Column.number("cost change"));
        }
        Grid.Builder grid = Grid.builder(columns);
        for (UsageImpact.Line l : impact.models()) {
            List<String> cells =
                    new ArrayList<>(
                            List.of(
                                    l.provider(),
                                    l.model(),
                                    fmt.count(l.requests()),
                                    fmt.count(l.charged()),
                                    RecomputeView.credits(l.previousCredits(), fmt),
                                    "->",
                                    RecomputeView.credits(l.credits(), fmt),
                                    signed(l.creditChange(), fmt)));
            if (cost) {
                cells.add(l.costChangeUsd() == null ? "" : signedUsd(l.costChangeUsd(), fmt));
            }
            grid.row(cells);
        }
        doc.grid(grid.build());
        List<String> lines = new ArrayList<>();
        String before = fmt.count(impact.previousCreditRevenue());
        String after = fmt.count(impact.creditRevenue());
        String change = signed(impact.creditChange(), fmt);
        lines.add(
                impact.costChangeUsd() == null
                        ? words.format("recompute.impact.revenue", before, after, change)
                        : words.format(
                                "recompute.impact.revenue_cost",
                                before,
                                after,
                                change,
                                signedUsd(impact.costChangeUsd(), fmt),
                                impact.oldPricesFrom()));
        impact.notes()
                .forEach(n -> lines.add(words.format("recompute.impact.note", words.phrase(n))));
        doc.paragraph(lines);
    }

    private static String signed(Long v, Fmt fmt) {
        return v == null ? "" : (v > 0 ? "+" : "") + fmt.count(v);
    }

    private static String signedUsd(java.math.BigDecimal v, Fmt fmt) {
        return (v.signum() > 0 ? "+" : "") + fmt.usd(v);
    }

    static Grid csv(Grid base, RecomputeReport report, UsageImpact impact) {
        Map<ModelKey, UsageImpact.Line> byKey = new HashMap<>();
        impact.models().forEach(l -> byKey.put(new ModelKey(l.provider(), l.model()), l));
        List<Grid.Column> columns = new ArrayList<>(base.columns());
        CSV_COLUMNS.forEach(c -> columns.add(Grid.Column.number(c)));
        Grid.Builder grid = Grid.builder(columns);
        for (int i = 0; i < base.rows().size(); i++) {
            PriceRow row = report.rows().get(i);
            UsageImpact.Line l = byKey.get(row.key());
            List<String> cells = new ArrayList<>(base.rows().get(i));
            if (l == null) {
                cells.addAll(java.util.Arrays.asList("", "", "", ""));
            } else {
                cells.addAll(
                        java.util.Arrays.asList(
                                String.valueOf(l.requests()),
                                String.valueOf(l.charged()),
                                l.creditChange() == null ? "" : l.creditChange().toString(),
                                Text.plain(l.costChangeUsd())));
            }
            grid.row(cells);
        }
        return grid.build();
    }

    static Map<String, Object> json(UsageImpact impact) {
        List<Object> models = new ArrayList<>();
        for (UsageImpact.Line l : impact.models()) {
            models.add(
                    Json.obj(
                            "provider",
                            l.provider(),
                            "model",
                            l.model(),
                            "requests",
                            l.requests(),
                            "charged_requests",
                            l.charged(),
                            "previous_credits",
                            l.previousCredits(),
                            "credits",
                            l.credits(),
                            "credit_change",
                            l.creditChange(),
                            "cost_change_usd",
                            l.costChangeUsd()));
        }
        return Json.obj(
                "source",
                impact.source(),
                "period",
                Json.obj(
                        "from",
                        impact.from() == null ? null : impact.from().toString(),
                        "to",
                        impact.to() == null ? null : impact.to().toString()),
                "requests",
                impact.requests(),
                "models",
                models,
                "previous_credit_revenue",
                impact.previousCreditRevenue(),
                "credit_revenue",
                impact.creditRevenue(),
                "credit_revenue_change",
                impact.creditChange(),
                "cost_change_usd",
                impact.costChangeUsd(),
                "old_prices_from",
                impact.oldPricesFrom(),
                "notes",
                impact.notes().stream().map(Words.ENGLISH::phrase).toList());
    }
}
