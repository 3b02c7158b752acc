package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.ModelsReport;
import com.llmresale.pricing.engine.PriceRow;
import com.llmresale.pricing.engine.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pricing models}: every model with its prices, multiplier, credits and tier. */
public final class ModelsView implements View<ModelsReport> {
    private static final String PUBLISHED_CREDITS = "published_credits";

    @Override
    public Doc document(ModelsReport report) {
        return document(report, Words.ENGLISH);
    }

    @Override
    public Doc document(ModelsReport report, Words words) {
        Fmt fmt = words.fmt();
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("provider"),
                        Grid.Column.text("model"),
                        Grid.Column.number("$ in"),
                        Grid.Column.number("$ out"),
                        Grid.Column.number("$ avg"),
                        Grid.Column.number("mult"),
                        Grid.Column.number("credits"),
                        Grid.Column.text("tier"),
                        Grid.Column.text("note"));
        for (PriceRow r : report.rows()) {
            List<String> remarks = new ArrayList<>();
            if (r.status() == Status.INACTIVE) {
                remarks.add(words.get("models.inactive"));
            }
            String remark = PriceRowColumns.remark(r, words);
            if (!remark.isEmpty()) {
                remarks.add(remark);
            }
            if (differsFromPublished(r)) {
                remarks.add(words.format("models.published", fmt.count(r.previousCredits())));
            }
            grid.row(
                    r.provider(),
                    r.model(),
                    fmt.price(r.inputUsdPerMtok()),
                    fmt.price(r.outputUsdPerMtok()),
                    fmt.price(r.avgUsdPerMtok()),
                    fmt.times(r.multiplier()),
                    r.credits() == null ? "" : fmt.count(r.credits()),
                    r.tier() == null ? "" : r.tier().name(),
                    String.join("; ", remarks));
        }
        long providers = report.rows().stream().map(PriceRow::provider).distinct().count();
        return Doc.builder()
                .paragraph(PriceRowColumns.baselineLine(report.baseline(), words))
                .grid(grid.build())
                .paragraph(
                        words.format(
                                "models.footer",
                                TiersView.noun(words, "model", report.rows().size()),
                                TiersView.noun(words, "provider", providers)))
                .build();
    }

    /** A model whose credits are not the ones published (until `recompute --write`). */
    private static boolean differsFromPublished(PriceRow r) {
        return r.previousCredits() != null && !r.previousCredits().equals(r.credits());
    }

    /**
     * The contract's columns, then {@code published_credits}: what users are charged today (empty:
     * not published).
     */
    @Override
    public Grid csv(ModelsReport report) {
        Grid grid = PriceRowColumns.csv(report.rows());
        List<Grid.Column> columns = new ArrayList<>(grid.columns());
        columns.add(Grid.Column.text(PUBLISHED_CREDITS));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < grid.rows().size(); i++) {
            List<String> row = new ArrayList<>(grid.rows().get(i));
            row.add(Text.plain(report.rows().get(i).previousCredits()));
            rows.add(row);
        }
        return new Grid(columns, rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object json(ModelsReport report) {
        List<Object> models = PriceRowColumns.json(report.rows());
        for (int i = 0; i < models.size(); i++) {
            ((Map<String, Object>) models.get(i))
                    .put(PUBLISHED_CREDITS, report.rows().get(i).previousCredits());
        }
        return Json.obj(
                "baseline", PriceRowColumns.baselineJson(report.baseline()), "models", models);
    }
}
