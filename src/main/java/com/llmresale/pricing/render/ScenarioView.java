package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.ScenarioReport;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code pricing scenario NAME}: revenue, budget, mix, capacity, worst case, break-even, levers and
 * checks. Money is shown in USD to 2 decimals, HALF_UP, rounded here and only here. The page is
 * laid out by {@link ScenarioPage}, the JSON tree built by {@link ScenarioJson} and flattened for
 * the CSV by {@link FlatGrid}.
 */
public final class ScenarioView implements View<ScenarioReport> {

    /** USD to cents, HALF_UP: the contract's rounding for money in reports. */
    static BigDecimal money(BigDecimal usd) {
        return usd == null ? null : usd.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal pct(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static BigDecimal whole(BigDecimal value) {
        return value == null ? null : value.setScale(0, RoundingMode.HALF_UP);
    }

    /** A token count; null for "unlimited" (a free model). */
    static Long tokens(long value) {
        return value == Long.MAX_VALUE ? null : value;
    }

    /** Dollars to the cent for the charts. */
    static String usd(BigDecimal value) {
        return Fmt.ENGLISH.usdCents(value);
    }

    @Override
    public Doc document(ScenarioReport r) {
        return document(r, Words.ENGLISH);
    }

    @Override
    public Doc document(ScenarioReport r, Words words) {
        return new ScenarioPage(r, words, false).build();
    }

    /** The document with a title and charts ({@link ScenarioCharts}) beside the tables. */
    @Override
    public Doc html(ScenarioReport r) {
        return html(r, Words.ENGLISH);
    }

    @Override
    public Doc html(ScenarioReport r, Words words) {
        return new ScenarioPage(r, words, true).build();
    }

    /**
     * A lever's saving as shown: the difference of the rounded costs before and after it, so that
     * the rows add up to the cent (cost before - saving = cost after; the savings sum to the
     * total).
     */
    static BigDecimal saving(BigDecimal before, BigDecimal after) {
        return money(before).subtract(money(after));
    }

    @Override
    public Grid csv(ScenarioReport r) {
        return FlatGrid.grid(json(r));
    }

    @Override
    public Object json(ScenarioReport r) {
        return ScenarioJson.tree(r);
    }
}
