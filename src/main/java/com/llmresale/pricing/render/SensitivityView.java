package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.SensitivityReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pricing scenario NAME --sensitivity}: worst-case margin over users x price per user. Built
 * with tablesaw through {@link SensitivityTable}; its CSV export ({@link #csv}, scenario column
 * first) is written like every CSV of the tool.
 */
public final class SensitivityView implements View<SensitivityReport> {

    @Override
    public Doc document(SensitivityReport r) {
        return document(r, false);
    }

    /** The document with a title and the cross-tab also drawn as a heat map. */
    @Override
    public Doc html(SensitivityReport r) {
        return document(r, true);
    }

    private static Doc document(SensitivityReport r, boolean html) {
        Doc.Builder doc = Doc.builder();
        if (html) {
            doc.title("Sensitivity of scenario " + r.scenario());
        }
        doc.paragraph(
                        "Sensitivity of scenario "
                                + r.scenario()
                                + ": every user at the full token cap (worst case).")
                .heading("Worst-case gross margin, % of revenue");
        if (html) {
            doc.chart(ScenarioCharts.heatMap(r));
        }
        return doc.grid(SensitivityTable.marginCrossTab(r))
                .heading("Grid")
                .grid(SensitivityTable.grid(r))
                .paragraph(
                        "Money in USD; margin = revenue - worst-case cost; within_budget: worst case <= cost budget.")
                .build();
    }

    /** The CSV export: the long table with the scenario in its first column. */
    @Override
    public Grid csv(SensitivityReport r) {
        return SensitivityTable.longGrid(r);
    }

    @Override
    public Object json(SensitivityReport r) {
        Grid grid = SensitivityTable.grid(r);
        List<Object> rows = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            Map<String, Object> obj = Json.obj();
            for (int i = 0; i < row.size(); i++) {
                String name = grid.columns().get(i).name();
                String cell = row.get(i);
                Object value =
                        switch (name) {
                            case "currency" -> cell;
                            case "within_budget" -> Boolean.valueOf(cell);
                            case "users" -> Integer.valueOf(cell);
                            default -> new BigDecimal(cell);
                        };
                obj.put(name, value);
            }
            rows.add(obj);
        }
        return Json.obj("scenario", r.scenario(), "currency", r.currency(), "grid", rows);
    }
}
