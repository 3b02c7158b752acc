package com.llmresale.pricing.model;

import java.math.BigDecimal;

/**
 * The figures of a build-or-buy decision (seed 003's "decision flow by volume"): a daily token
 * volume sent to one model through its API, against running the model on rented GPUs.
 *
 * @param name the example's name (its file name without .yaml), or null
 * @param description what is decided, or null
 * @param source where the figures come from, or null
 * @param model the API model as {@code provider:model}, or null (then the command names one)
 * @param tokensPerDay input + output tokens a day, at least 1
 * @param inputShare the share of those tokens that are input (prompt), 0 to 1
 * @param daysPerMonth days in a billing month, 1 to 31
 * @param cacheHitRate the share of input tokens read from a prompt cache, 0 to 1
 * @param gpuUsdPerHour the rent of one GPU per hour, above 0
 * @param gpuHoursPerMonth hours each GPU is rented in a month, above 0 and at most 24 x {@code
 *     daysPerMonth}; null: the whole month, whatever its days (see {@link #gpuHours()})
 * @param gpuTokensPerSecond sustained throughput of one GPU (input + output tokens per second),
 *     above 0
 * @param overhead operating overhead as a share of the GPU rent (0.25 = 25%), 0 to 10
 * @param overheadUsdPerMonth operating overhead as a fixed $ a month on top, not negative
 */
public record DecisionCase(
        String name,
        String description,
        String source,
        String model,
        long tokensPerDay,
        BigDecimal inputShare,
        int daysPerMonth,
        BigDecimal cacheHitRate,
        BigDecimal gpuUsdPerHour,
        BigDecimal gpuHoursPerMonth,
        BigDecimal gpuTokensPerSecond,
        BigDecimal overhead,
        BigDecimal overheadUsdPerMonth) {

    /** The input share when none is given: half the tokens, as {@code compare} weighs prices. */
    public static final BigDecimal DEFAULT_INPUT_SHARE = new BigDecimal("0.5");

    /** A billing month, as seed 004's "30d". */
    public static final int DEFAULT_DAYS_PER_MONTH = 30;

    /** Seed 003's cache hit rate target ("&gt; 30%"). */
    public static final BigDecimal DEFAULT_CACHE_HIT_RATE = new BigDecimal("0.3");

    /**
     * The most overhead accepted as a share: 10 = 1000%; a larger figure is most likely a
     * percentage typed as a share.
     */
    public static final BigDecimal MAX_OVERHEAD = BigDecimal.TEN;

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public DecisionCase {
        if (tokensPerDay < 1) {
            throw new InvalidValueException(
                    "tokens_per_day", "must be at least 1, got " + tokensPerDay);
        }
        requireShare("input_share", inputShare);
        if (daysPerMonth < 1 || daysPerMonth > 31) {
            throw new InvalidValueException(
                    "days_per_month", "must be from 1 to 31, got " + daysPerMonth);
        }
        requireShare("cache_hit_rate", cacheHitRate);
        requirePositive("gpu_usd_per_hour", gpuUsdPerHour);
        BigDecimal monthHours = BigDecimal.valueOf(24L * daysPerMonth);
        BigDecimal hours = gpuHoursPerMonth == null ? monthHours : gpuHoursPerMonth;
        requirePositive("gpu_hours_per_month", hours);
        if (hours.compareTo(monthHours) > 0) {
            throw new InvalidValueException(
                    "gpu_hours_per_month",
                    "must be at most "
                            + monthHours
                            + " (24 x "
                            + daysPerMonth
                            + " days), got "
                            + gpuHoursPerMonth.toPlainString());
        }
        requirePositive("gpu_tokens_per_second", gpuTokensPerSecond);
        if (gpuTokensPerSecond
                        .multiply(SECONDS_PER_HOUR)
                        .multiply(hours)
                        .compareTo(BigDecimal.valueOf(daysPerMonth))
                < 0) {
            throw new InvalidValueException(
                    "gpu_tokens_per_second",
                    "a GPU must serve at least one token a day, got "
                            + gpuTokensPerSecond.toPlainString()
                            + " tokens/s for "
                            + hours.toPlainString()
                            + " hours a month");
        }
        if (overhead == null) {
            throw new InvalidValueException("overhead", "missing");
        }
        if (overhead.signum() < 0 || overhead.compareTo(MAX_OVERHEAD) > 0) {
            throw new InvalidValueException(
                    "overhead",
                    "must be a share from 0 to "
                            + MAX_OVERHEAD
                            + " (0.25 = 25%), got "
                            + overhead.toPlainString());
        }
        if (overheadUsdPerMonth == null) {
            throw new InvalidValueException("overhead_usd_per_month", "missing");
        }
        if (overheadUsdPerMonth.signum() < 0) {
            throw new InvalidValueException(
                    "overhead_usd_per_month",
                    "must not be negative, got " + overheadUsdPerMonth.toPlainString());
        }
    }

    private static void requireShare(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidValueException(field, "missing");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(
                    field, "must be a share from 0 to 1 (0.3 = 30%), got " + value.toPlainString());
        }
    }

    private static void requirePositive(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidValueException(field, "missing");
        }
        if (value.signum() <= 0) {
            throw new InvalidValueException(
                    field, "must be greater than 0, got " + value.toPlainString());
        }
    }

    /**
     * The hours each GPU is rented a month: {@code gpuHoursPerMonth}, or the whole month when it is
     * null.
     */
    public BigDecimal gpuHours() {
        return gpuHoursPerMonth == null ? BigDecimal.valueOf(24L * daysPerMonth) : gpuHoursPerMonth;
    }
}
