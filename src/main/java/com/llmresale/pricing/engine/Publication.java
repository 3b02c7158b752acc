package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code recompute --write --db} puts in the application's table: every model sold now (active
 * and priced) at the multiplier of its credits; every other row in scope is set inactive (an
 * inactive model, a model no sheet has any more), never deleted.
 *
 * <p>The application charges {@code credits = credit_multiplier x credits_per_multiplier} (seed
 * 000's app: {@code int(20 * m.credit_multiplier)}), so the published multiplier is {@code credits
 * / credits_per_multiplier}, not the report's rounded multiplier: a pinned 10 credits is 0.5, a
 * pinned 1 credit 0.05 (the report shows 0.1x). Exact whenever the division terminates (always for
 * the default 20 per 1.0x); otherwise rounded up at {@value #INEXACT_SCALE} decimals plus one per
 * digit of credits_per_multiplier, which still truncates (and rounds) back to the credits.
 *
 * @param scope the providers whose rows it touches (every row of the table for all)
 * @param rows the models sold now, by key
 */
public record Publication(ProviderScope scope, List<Row> rows) {
    public static final int INEXACT_SCALE = 12;

    /** One model sold now. */
    public record Row(ModelKey key, int credits, BigDecimal creditMultiplier) {}

    public Publication {
        java.util.Objects.requireNonNull(scope, "scope");
        for (Row row : rows) {
            if (!scope.includes(row.key().provider())) {
                throw new IllegalArgumentException(
                        row.key() + " is outside the providers published");
            }
        }
        rows = rows.stream().sorted(Comparator.comparing(Row::key)).toList();
    }

    /**
     * The publication of a recompute: its active, priced rows (the same ones the published file
     * gets).
     */
    public static Publication of(
            RecomputeReport report, ProviderScope scope, BigDecimal creditsPerMultiplier) {
        List<Row> rows =
                report.rows().stream()
                        .filter(
                                r ->
                                        r.status() != Status.REMOVED
                                                && r.status() != Status.INACTIVE
                                                && r.credits() != null)
                        .map(
                                r ->
                                        new Row(
                                                r.key(),
                                                r.credits(),
                                                creditMultiplier(
                                                        r.credits(), creditsPerMultiplier)))
                        .toList();
        return new Publication(scope, rows);
    }

    /** credits / credits per 1.0x: exact, or rounded up at {@value #INEXACT_SCALE} decimals. */
    public static BigDecimal creditMultiplier(int credits, BigDecimal creditsPerMultiplier) {
        BigDecimal c = BigDecimal.valueOf(credits);
        BigDecimal m;
        try {
            m = c.divide(creditsPerMultiplier);
        } catch (ArithmeticException nonTerminating) {
            // the rounding adds under 10^-scale; times credits per 1.0x (< 10^digits) that stays
            // under 10^-12
            int digits =
                    Math.max(0, creditsPerMultiplier.precision() - creditsPerMultiplier.scale());
            m = c.divide(creditsPerMultiplier, INEXACT_SCALE + digits, RoundingMode.CEILING);
        }
        m = m.stripTrailingZeros();
        return m.scale() < 0 ? m.setScale(0) : m;
    }
}
