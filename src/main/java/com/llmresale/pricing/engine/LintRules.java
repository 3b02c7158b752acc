package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The thresholds of {@code lint}. Two credit values are "very different" when they are more than a
 * tolerance apart, measured as {@code |a - b| / max(a, b) x 100} ({@link Families#apartPct}).
 *
 * @param today the day prices are aged against (given, never read from a clock here)
 * @param maxAgeDays a sheet checked more than this many days before {@code today} is stale
 * @param pinTolerancePct how far (%) a pin may be from its own or its family's computed credits
 * @param spreadTolerancePct how far (%) one family's credits may be apart across providers
 */
public record LintRules(
        LocalDate today,
        int maxAgeDays,
        BigDecimal pinTolerancePct,
        BigDecimal spreadTolerancePct) {
    public static final int DEFAULT_MAX_AGE_DAYS = 90;
    public static final BigDecimal DEFAULT_PIN_TOLERANCE_PCT = BigDecimal.valueOf(25);
    public static final BigDecimal DEFAULT_SPREAD_TOLERANCE_PCT = BigDecimal.valueOf(25);

    /**
     * The baseline model's own price may compute anywhere from half to twice the 1.0x it defines
     * before {@code baseline_far_from_one} warns: beyond a factor of 2 its price and the settings'
     * baseline average describe different things (Google's $0.30 / $2.50 for gemini-2.5-flash is
     * 4.7x against seed 000's $0.30 average).
     */
    public static final BigDecimal BASELINE_MIN_MULTIPLIER = new BigDecimal("0.5");

    public static final BigDecimal BASELINE_MAX_MULTIPLIER = new BigDecimal("2.0");

    public LintRules {
        Objects.requireNonNull(today, "today");
        if (maxAgeDays < 0) {
            throw new InvalidValueException(
                    "max_age_days", "must not be negative, got " + maxAgeDays);
        }
        requirePct("pin_tolerance", pinTolerancePct);
        requirePct("spread_tolerance", spreadTolerancePct);
    }

    private static void requirePct(String field, BigDecimal pct) {
        if (pct == null || pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException(
                    field,
                    "must be a percentage from 0 to 100, got "
                            + (pct == null ? "nothing" : pct.toPlainString()));
        }
    }

    /**
     * True when a baseline model computing to {@code multiplier} is outside 0.5x-2.0x (the bounds
     * are inside).
     */
    public static boolean baselineFar(BigDecimal multiplier) {
        return multiplier.compareTo(BASELINE_MIN_MULTIPLIER) < 0
                || multiplier.compareTo(BASELINE_MAX_MULTIPLIER) > 0;
    }

    /** The documented defaults: 90 days, 25%, 25%. */
    public static LintRules defaults(LocalDate today) {
        return new LintRules(
                today,
                DEFAULT_MAX_AGE_DAYS,
                DEFAULT_PIN_TOLERANCE_PCT,
                DEFAULT_SPREAD_TOLERANCE_PCT);
    }
}
