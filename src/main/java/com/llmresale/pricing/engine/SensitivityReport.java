package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * Margin and worst-case cost over a grid of users x price per user (exact amounts).
 *
 * @param scenario the scenario's name
 * @param currency the currency of the prices
 * @param cells one per (users, price), users first then price, both ascending
 */
public record SensitivityReport(String scenario, String currency, List<Cell> cells) {
    public SensitivityReport {
        cells = List.copyOf(cells);
    }

    /**
     * @param users paying users
     * @param pricePerUser price per user per month, local currency
     * @param revenueUsd revenue in USD
     * @param costBudgetUsd revenue x cost margin
     * @param worstCaseUsd monthly cost when every user uses the full token cap
     * @param grossMarginUsd revenue - worst-case cost
     * @param marginShare gross margin / revenue
     */
    public record Cell(
            int users,
            BigDecimal pricePerUser,
            BigDecimal revenueUsd,
            BigDecimal costBudgetUsd,
            BigDecimal worstCaseUsd,
            BigDecimal grossMarginUsd,
            BigDecimal marginShare) {
        /** The worst case fits the cost budget. */
        public boolean withinBudget() {
            return worstCaseUsd.compareTo(costBudgetUsd) <= 0;
        }
    }
}
