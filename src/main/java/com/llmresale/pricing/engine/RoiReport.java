package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Fine-tuning break-even: {@code pricing roi}'s report.
 *
 * @param example the named example the figures come from, or null
 * @param description what is compared, or null
 * @param source where the figures come from, or null
 * @param trainingUsd one-off training cost
 * @param monthlyBeforeUsd monthly inference cost before
 * @param monthlyAfterUsd monthly inference cost after
 * @param monthlySavingUsd before - after, exact (negative when the fine-tuned model costs more)
 * @param breakEven training / saving in months as an exact fraction; null when there is no saving
 * @param breakEvenMonths the break-even in months, 3 decimals HALF_UP; null without one
 * @param breakEvenDays the break-even in days of {@link RoiEngine#DAYS_PER_MONTH}, 1 decimal
 *     HALF_UP
 * @param paysBackInMonth the month in which the saving has covered the training (1 = the first)
 * @param horizons cumulative saving and net result after each horizon
 * @param claim the check of a claimed break-even, or null when none is claimed
 */
public record RoiReport(
        String example,
        String description,
        String source,
        BigDecimal trainingUsd,
        BigDecimal monthlyBeforeUsd,
        BigDecimal monthlyAfterUsd,
        BigDecimal monthlySavingUsd,
        Fraction breakEven,
        BigDecimal breakEvenMonths,
        BigDecimal breakEvenDays,
        BigInteger paysBackInMonth,
        List<Horizon> horizons,
        Claim claim) {

    public RoiReport {
        horizons = List.copyOf(horizons);
    }

    public boolean hasBreakEven() {
        return breakEven != null;
    }

    /** True when the training is paid back within the first month. */
    public boolean underOneMonth() {
        return breakEven != null && breakEven.numerator().compareTo(breakEven.denominator()) < 0;
    }

    /** An exact ratio in lowest terms. */
    public record Fraction(BigInteger numerator, BigInteger denominator) {
        @Override
        public String toString() {
            return denominator.equals(BigInteger.ONE)
                    ? numerator.toString()
                    : numerator + "/" + denominator;
        }
    }

    /**
     * @param months months after the fine-tuning
     * @param savingUsd monthly saving x months
     * @param netUsd saving - training
     * @param roiPct net / training x 100, 1 decimal HALF_UP; null when training costs nothing
     */
    public record Horizon(int months, BigDecimal savingUsd, BigDecimal netUsd, BigDecimal roiPct) {}

    /**
     * A claimed break-even ("break-even in 3 months") against the figures.
     *
     * @param months the claimed break-even in months
     * @param holds true when the exact break-even, rounded up to the claim's precision, is the
     *     claim ({@code months - unit < break-even <= months}, unit 1 for whole months: paid back
     *     during that month; 0.1 for 1.5; any break-even up to {@code months} when {@code months -
     *     unit <= 0})
     * @param trainingUsdForClaim the training cost that the monthly saving would take the claimed
     *     months to pay back
     * @param savingUsdForClaim the monthly saving that would pay the training back in the claimed
     *     months, to the cent HALF_UP; null when the training costs nothing
     */
    public record Claim(
            BigDecimal months,
            boolean holds,
            BigDecimal trainingUsdForClaim,
            BigDecimal savingUsdForClaim) {}
}
