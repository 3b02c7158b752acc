package com.llmresale.pricing.engine;

import com.llmresale.pricing.engine.DecisionReport.Change;
import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.Race;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-hosting against one API option over the daily volume, for {@link Decision}: where the
 * cheaper one changes as GPUs are added. D days a month, C tokens a month per GPU, c $ a month per
 * GPU, F fixed overhead a month; all exact.
 */
final class SelfHostRace {
    /** The most GPU steps walked per race before the list is cut short. */
    static final int MAX_STEPS = 100_000;

    private final BigDecimal days;
    private final BigDecimal gpuTokensPerMonth;
    private final BigDecimal gpuUsdPerMonth;
    private final BigDecimal fixed;

    SelfHostRace(
            BigDecimal days,
            BigDecimal gpuTokensPerMonth,
            BigDecimal gpuUsdPerMonth,
            BigDecimal overheadUsdPerMonth) {
        this.days = days;
        this.gpuTokensPerMonth = gpuTokensPerMonth;
        this.gpuUsdPerMonth = gpuUsdPerMonth;
        this.fixed = overheadUsdPerMonth;
    }

    /**
     * Self-hosting against an API option of {@code usdPerMtok} at every whole tokens/day V >= 1.
     *
     * <p>With a = D x p / 10^6 the API's month per token/day, GPU step n covers V from lo(n) =
     * hi(n-1) + 1 to hi(n) = floor(n x C / D), and self-hosting is strictly cheaper there from w(n)
     * = floor((n x c + F) / a) + 1 on: a suffix of the step. Self-hosting can win a step only when
     * n x (a x C - c x D) > F x D, and wins every step from n = ceil((F x D + a x C) / (a x C - c x
     * D)) on, so the walk is finite.
     */
    Race against(Option api, BigDecimal usdPerMtok) {
        BigDecimal a = usdPerMtok.multiply(days).movePointLeft(6);
        BigDecimal margin = a.multiply(gpuTokensPerMonth).subtract(gpuUsdPerMonth.multiply(days));
        if (a.signum() == 0 || margin.signum() <= 0) {
            return new Race(api, List.of(), false, null, null);
        }
        BigInteger nStart =
                fixed.multiply(days)
                        .divide(margin, 0, RoundingMode.FLOOR)
                        .toBigIntegerExact()
                        .add(BigInteger.ONE);
        BigInteger nBound =
                fixed.multiply(days)
                        .add(a.multiply(gpuTokensPerMonth))
                        .divide(margin, 0, RoundingMode.CEILING)
                        .toBigIntegerExact()
                        .max(nStart);
        boolean selfFirst =
                nStart.equals(BigInteger.ONE)
                        && w(BigInteger.ONE, a).compareTo(BigInteger.ONE) <= 0;
        Option current = selfFirst ? Option.SELF_HOST : api;
        List<Change> changes = new ArrayList<>();
        BigInteger n = nStart;
        int steps = 0;
        for (;
                n.compareTo(nBound) <= 0
                        && changes.size() < Decision.MAX_CHANGES
                        && steps < MAX_STEPS;
                n = n.add(BigInteger.ONE), steps++) {
            BigInteger lo = hi(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            BigInteger hi = hi(n);
            BigInteger start = lo.max(w(n, a));
            if (start.compareTo(hi) > 0
                    || start.compareTo(lo) > 0) { // the step starts with the API cheaper
                if (current == Option.SELF_HOST) {
                    changes.add(new Change(lo, api, Option.SELF_HOST, n, null));
                    current = api;
                }
            }
            if (start.compareTo(hi) <= 0 && current == api) {
                changes.add(new Change(start, Option.SELF_HOST, api, n, tie(n, a)));
                current = Option.SELF_HOST;
            }
        }
        boolean truncated = n.compareTo(nBound) <= 0;
        BigInteger always = selfAlwaysFrom(a, nStart, nBound);
        BigInteger first =
                selfFirst
                        ? BigInteger.ONE
                        : changes.isEmpty() ? always : changes.get(0).tokensPerDay();
        return new Race(api, changes, truncated, first, always);
    }

    /**
     * Where self-hosting's last run of wins begins: walk back from the first step it wins whole for
     * good.
     */
    private BigInteger selfAlwaysFrom(BigDecimal a, BigInteger nStart, BigInteger nBound) {
        BigInteger m = nBound;
        int steps = 0;
        while (m.compareTo(nStart) > 0 && steps++ < MAX_STEPS) {
            BigInteger prev = m.subtract(BigInteger.ONE);
            BigInteger lo = hi(prev.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            BigInteger start = lo.max(w(prev, a));
            if (start.compareTo(lo) > 0) {
                return start.compareTo(hi(prev)) <= 0 ? start : hi(prev).add(BigInteger.ONE);
            }
            m = prev;
        }
        BigInteger lo = hi(m.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        return lo.max(w(m, a));
    }

    /** The last whole tokens/day that n GPUs serve: floor(n x C / D). */
    private BigInteger hi(BigInteger n) {
        return new BigDecimal(n)
                .multiply(gpuTokensPerMonth)
                .divide(days, 0, RoundingMode.FLOOR)
                .toBigIntegerExact();
    }

    /**
     * The first whole tokens/day at which the API month (a x V) is above n GPUs' month: floor((n x
     * c + F) / a) + 1.
     */
    private BigInteger w(BigInteger n, BigDecimal a) {
        return selfMonth(n)
                .divide(a, 0, RoundingMode.FLOOR)
                .toBigIntegerExact()
                .add(BigInteger.ONE);
    }

    /** Where the API month equals n GPUs' month: (n x c + F) / a, 2 decimals HALF_UP. */
    private BigDecimal tie(BigInteger n, BigDecimal a) {
        return strip(selfMonth(n).divide(a, 2, RoundingMode.HALF_UP));
    }

    private BigDecimal selfMonth(BigInteger n) {
        return gpuUsdPerMonth.multiply(new BigDecimal(n)).add(fixed);
    }

    private static BigDecimal strip(BigDecimal value) {
        return CostEngine.strip(value);
    }
}
