package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.ModelsReport;
import com.llmresale.pricing.engine.PriceRow;
import com.llmresale.pricing.engine.Status;

/** {@code pricing models}: every model with its prices, multiplier, credits and tier. */
public final class ModelsView implements View<ModelsReport> {

    @Override
    public Doc document(ModelsReport report) {
        Grid.Builder grid = Grid.builder(
                Grid.Column.text("provider"), Grid.Column.text("model"),
                Grid.Column.number("$ in"), Grid.Column.number("$ out"), Grid.Column.number("$ avg"),
                Grid.Column.number("mult"), Grid.Column.number("credits"), Grid.Column.text("tier"),
                Grid.Column.text("note"));
        for (PriceRow r : report.rows()) {
            String remark = PriceRowColumns.remark(r);
            if (r.status() == Status.INACTIVE) {
                remark = remark.isEmpty() ? "inactive" : "inactive; " + remark;
            }
            grid.row(r.provider(), r.model(),
                    Text.price(r.inputUsdPerMtok()), Text.price(r.outputUsdPerMtok()), Text.price(r.avgUsdPerMtok()),
                    Text.times(r.multiplier()), Text.plain(r.credits()), r.tier() == null ? "" : r.tier().name(),
                    remark);
        }
        long providers = report.rows().stream().map(PriceRow::provider).distinct().count();
        return Doc.builder()
                .paragraph(PriceRowColumns.baselineLine(report.baseline()))
                .grid(grid.build())
                .paragraph(Text.count(report.rows().size(), "model") + " from " + Text.count(providers, "provider")
                        + "; prices in $ per 1M tokens.")
                .build();
    }

    @Override
    public Grid csv(ModelsReport report) {
        return PriceRowColumns.csv(report.rows());
    }

    @Override
    public Object json(ModelsReport report) {
        return Json.obj(
                "baseline", PriceRowColumns.baselineJson(report.baseline()),
                "models", PriceRowColumns.json(report.rows()));
    }
}
