package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.SensitivityReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The one class that touches tablesaw: the sensitivity grid as a tablesaw {@link Table}, its CSV
 * export for finance and its users x price cross-tab. tablesaw scans the class path when first used
 * (~0.4 s), so nothing but {@code pricing scenario NAME --sensitivity} may reach this class.
 *
 * <p>tablesaw has no decimal column, so exact amounts are kept as text: a {@link StringColumn} of
 * {@code BigDecimal.toPlainString()} (a DoubleColumn would print 1.2345678005E7 in CSV).
 */
final class SensitivityTable {
    static final List<String> COLUMNS =
            List.of(
                    "scenario",
                    "users",
                    "price_per_user",
                    "currency",
                    "revenue_usd",
                    "cost_budget_usd",
                    "worst_case_usd",
                    "gross_margin_usd",
                    "margin_pct",
                    "within_budget");
    private static final java.util.Set<String> TEXT =
            java.util.Set.of("scenario", "currency", "within_budget");

    private SensitivityTable() {}

    static Table table(SensitivityReport r) {
        List<List<String>> values = new ArrayList<>();
        COLUMNS.forEach(c -> values.add(new ArrayList<>()));
        for (SensitivityReport.Cell c : r.cells()) {
            List<String> row =
                    List.of(
                            r.scenario(),
                            String.valueOf(c.users()),
                            c.pricePerUser().toPlainString(),
                            r.currency(),
                            ScenarioView.money(c.revenueUsd()).toPlainString(),
                            ScenarioView.money(c.costBudgetUsd()).toPlainString(),
                            ScenarioView.money(c.worstCaseUsd()).toPlainString(),
                            ScenarioView.money(c.grossMarginUsd()).toPlainString(),
                            ScenarioView.pct(c.marginShare()).toPlainString(),
                            String.valueOf(c.withinBudget()));
            for (int i = 0; i < row.size(); i++) {
                values.get(i).add(row.get(i));
            }
        }
        Table table = Table.create("sensitivity " + r.scenario());
        for (int i = 0; i < COLUMNS.size(); i++) {
            table.addColumns(StringColumn.create(COLUMNS.get(i), values.get(i)));
        }
        return table;
    }

    /**
     * The long table (one row per users x price) as a grid for the table, Markdown and JSON
     * formats, without the scenario column (those formats name the scenario once, above the grid).
     */
    static Grid grid(SensitivityReport r) {
        Table table = table(r);
        table.removeColumns("scenario");
        return grid(table);
    }

    /** The table's rows as a grid, every column but the text ones numeric. */
    private static Grid grid(Table table) {
        List<Grid.Column> columns = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            columns.add(new Grid.Column(c.name(), !TEXT.contains(c.name())));
        }
        Grid.Builder g = Grid.builder(columns);
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> cells = new ArrayList<>();
            for (Column<?> c : table.columns()) {
                cells.add(c.getString(row));
            }
            g.row(cells);
        }
        return g.build();
    }

    /** Worst-case margin % with users down and prices across. */
    static Grid marginCrossTab(SensitivityReport r) {
        Table table = table(r);
        StringColumn users = table.stringColumn("users");
        List<String> prices = table.stringColumn("price_per_user").unique().asList();
        prices.sort((a, b) -> new BigDecimal(a).compareTo(new BigDecimal(b)));
        List<Grid.Column> columns = new ArrayList<>();
        columns.add(Grid.Column.number("users"));
        prices.forEach(p -> columns.add(Grid.Column.number(p + " " + r.currency())));
        Grid.Builder g = Grid.builder(columns);
        List<String> userValues = users.unique().asList();
        userValues.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        for (String u : userValues) {
            Table rows = table.where(users.isEqualTo(u));
            List<String> cells = new ArrayList<>();
            cells.add(u);
            for (String p : prices) {
                Table cell = rows.where(rows.stringColumn("price_per_user").isEqualTo(p));
                cells.add(cell.rowCount() == 0 ? "" : cell.stringColumn("margin_pct").get(0) + "%");
            }
            g.row(cells);
        }
        return g.build();
    }

    /** The long table, scenario column first: the CSV export. */
    static Grid longGrid(SensitivityReport r) {
        return grid(table(r));
    }
}
