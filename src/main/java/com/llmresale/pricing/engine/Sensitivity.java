package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A scenario's worst-case margin over a grid of users x price per user. */
public final class Sensitivity {
    private final ScenarioEngine engine;

    public Sensitivity(ScenarioEngine engine) {
        this.engine = engine;
    }

    /**
     * The grid's report; empty lists take the scenario's grid, else users x 0.5, 1, 1.5, 2 and
     * price x 0.75, 1, 1.25, 1.5.
     */
    public SensitivityReport grid(Scenario s, List<Integer> users, List<BigDecimal> prices) {
        List<Integer> us =
                !users.isEmpty()
                        ? users
                        : !s.gridUsers().isEmpty()
                                ? s.gridUsers()
                                : Stream.of("0.5", "1", "1.5", "2")
                                        .map(
                                                f ->
                                                        Math.min(
                                                                Scenario.MAX_USERS,
                                                                Math.max(
                                                                        1,
                                                                        new BigDecimal(f)
                                                                                .multiply(
                                                                                        BigDecimal
                                                                                                .valueOf(
                                                                                                        s
                                                                                                                .users()))
                                                                                .setScale(
                                                                                        0,
                                                                                        RoundingMode
                                                                                                .HALF_UP)
                                                                                .intValueExact())))
                                        .toList();
        List<BigDecimal> ps =
                !prices.isEmpty()
                        ? prices
                        : !s.gridPrices().isEmpty()
                                ? s.gridPrices()
                                : Stream.of("0.75", "1", "1.25", "1.5")
                                        .map(
                                                f ->
                                                        CostEngine.strip(
                                                                new BigDecimal(f)
                                                                        .multiply(
                                                                                s.pricePerUser())))
                                        .toList();
        List<SensitivityReport.Cell> cells = new ArrayList<>();
        for (int u : us.stream().distinct().sorted().toList()) {
            // by numeric value: 800 and 800.0 are one price (a TreeSet compares with compareTo; the
            // first kept)
            for (BigDecimal p : new TreeSet<>(ps)) {
                ScenarioReport r = engine.analyse(s.with(u, p, null, null, null));
                cells.add(
                        new SensitivityReport.Cell(
                                u,
                                p,
                                r.revenueUsd(),
                                r.costBudgetUsd(),
                                r.worstCase().costUsd(),
                                r.worstCase().grossMarginUsd(),
                                r.worstCase().marginShare()));
            }
        }
        return new SensitivityReport(s.name(), s.currency(), cells);
    }
}
