package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.RoiExample;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fine-tuning return on investment (seed 003): a one-off training cost against the monthly
 * inference saving it buys.
 *
 * <pre>
 *   saving     = monthly before - monthly after               exact
 *   break-even = training / saving months                     an exact fraction; shown rounded
 *   net(h)     = saving x h - training                        exact
 * </pre>
 */
public final class RoiEngine {
    /**
     * Days in a month when a break-even is shown in days (a billing month, as seed 004's "30d").
     */
    public static final int DAYS_PER_MONTH = 30;

    /** Horizons shown when none are asked for. */
    public static final List<Integer> DEFAULT_HORIZONS = List.of(3, 6, 12);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoiEngine() {}

    /** Every horizon is at least one month. */
    public static void requireHorizons(List<Integer> horizons) {
        for (int h : horizons) {
            if (h < 1) {
                throw new InvalidValueException(
                        "horizons", "each must be at least 1 month, got " + h);
            }
        }
    }

    /**
     * The report for one set of figures.
     *
     * @param figures the costs (and the claim, if any); its name and description are carried over
     * @param horizons months after which to show the cumulative saving, each at least 1
     */
    public static RoiReport compute(RoiExample figures, List<Integer> horizons) {
        BigDecimal training = figures.trainingUsd();
        BigDecimal saving = figures.monthlyBeforeUsd().subtract(figures.monthlyAfterUsd());
        RoiReport.Fraction breakEven = null;
        BigDecimal months = null;
        BigDecimal days = null;
        BigInteger paysBackIn = null;
        // nothing to pay back when the training is free and the fine-tuned model costs no more
        if (saving.signum() > 0 || (training.signum() == 0 && saving.signum() == 0)) {
            breakEven =
                    saving.signum() == 0
                            ? new RoiReport.Fraction(BigInteger.ZERO, BigInteger.ONE)
                            : fraction(training, saving);
            BigDecimal num = new BigDecimal(breakEven.numerator());
            BigDecimal den = new BigDecimal(breakEven.denominator());
            months = num.divide(den, 3, RoundingMode.HALF_UP);
            days =
                    num.multiply(BigDecimal.valueOf(DAYS_PER_MONTH))
                            .divide(den, 1, RoundingMode.HALF_UP);
            paysBackIn =
                    num.divide(den, 0, RoundingMode.CEILING)
                            .toBigIntegerExact()
                            .max(BigInteger.ONE);
        }
        List<RoiReport.Horizon> rows = new ArrayList<>();
        requireHorizons(horizons);
        for (int h : horizons) {
            BigDecimal total = saving.multiply(BigDecimal.valueOf(h));
            BigDecimal net = total.subtract(training);
            BigDecimal roi =
                    training.signum() == 0
                            ? null
                            : net.multiply(HUNDRED).divide(training, 1, RoundingMode.HALF_UP);
            rows.add(new RoiReport.Horizon(h, total, net, roi));
        }
        RoiReport.Claim claim = null;
        BigDecimal claimed = figures.claimedBreakEvenMonths();
        if (claimed != null) {
            // "Break-even in M months" holds when the exact break-even, rounded up to the claim's
            // precision, is M: M - unit < break-even <= M, unit = 1 for whole months (paid back
            // during
            // month M), 0.1 for 1.5, ...; any break-even up to M when M - unit <= 0.
            BigDecimal previous =
                    claimed.subtract(
                            BigDecimal.ONE.movePointLeft(
                                    Math.max(0, claimed.stripTrailingZeros().scale())));
            boolean holds =
                    breakEven != null
                            && compare(breakEven, claimed) <= 0
                            && (previous.signum() <= 0 || compare(breakEven, previous) > 0);
            claim =
                    new RoiReport.Claim(
                            claimed,
                            holds,
                            saving.signum() > 0 ? saving.multiply(claimed) : null,
                            training.signum() == 0
                                    ? null
                                    : training.divide(claimed, 2, RoundingMode.HALF_UP));
        }
        return new RoiReport(
                figures.name(),
                figures.description(),
                figures.source(),
                training,
                figures.monthlyBeforeUsd(),
                figures.monthlyAfterUsd(),
                saving,
                breakEven,
                months,
                days,
                paysBackIn,
                rows,
                claim);
    }

    /** Compares a fraction with a decimal exactly: num / den vs x is num vs x * den. */
    static int compare(RoiReport.Fraction f, BigDecimal x) {
        return new BigDecimal(f.numerator()).compareTo(x.multiply(new BigDecimal(f.denominator())));
    }

    /** a / b as a fraction in lowest terms; both are non-negative, b positive. */
    static RoiReport.Fraction fraction(BigDecimal a, BigDecimal b) {
        int scale = Math.max(0, Math.max(a.scale(), b.scale()));
        BigInteger num = a.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        BigInteger den = b.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        BigInteger gcd = num.gcd(den);
        if (gcd.signum() == 0) {
            gcd = BigInteger.ONE;
        }
        return new RoiReport.Fraction(num.divide(gcd), den.divide(gcd));
    }
}
