package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Whole counts a budget buys: tokens at a price, users at a cost per user. Divisions are carried at
 * 34 significant digits ({@link MathContext#DECIMAL128}) and rounded down only here, at the count.
 */
final class Capacity {
    static final MathContext MC = MathContext.DECIMAL128;
    static final long MILLION = 1_000_000L;
    static final BigDecimal MTOK = BigDecimal.valueOf(MILLION);

    private Capacity() {}

    /**
     * Whole tokens {@code usd} buys at {@code usdPerMtok}, rounded down; Long.MAX_VALUE for a free
     * price.
     */
    static long tokensFor(BigDecimal usd, BigDecimal usdPerMtok) {
        if (usdPerMtok.signum() == 0) {
            return Long.MAX_VALUE;
        }
        return usd.multiply(MTOK)
                .divide(usdPerMtok, MC)
                .setScale(0, RoundingMode.DOWN)
                .longValueExact();
    }

    /** Users whose cost of {@code perUser} fit in {@code budget}, rounded down. */
    static long usersWithin(BigDecimal budget, BigDecimal perUser) {
        if (perUser.signum() == 0) {
            return Long.MAX_VALUE;
        }
        return budget.divide(perUser, MC).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
