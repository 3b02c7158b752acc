package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The limits each (standard) user gets: request and token caps per period, and a spend cap.
 *
 * @param requests requests allowed per period; absent periods have no cap
 * @param tokens tokens allowed per period; absent periods have no cap
 * @param maxBudgetUsd the per-user spend cap the proxy enforces, or null (then the cost allowance)
 * @param budgetDuration how often the spend cap resets, in the proxy's syntax ("30d"), or null
 */
public record UserLimits(
        Map<LimitPeriod, Long> requests,
        Map<LimitPeriod, Long> tokens,
        BigDecimal maxBudgetUsd,
        String budgetDuration) {
    private static final Pattern DURATION = Pattern.compile("[1-9][0-9]*(s|m|h|d|mo)");

    /**
     * The largest cap a period may have: a trillion requests or tokens per user is no limit at all,
     * and a bound keeps every product (per month, x premium factor, x users) inside 64 bits.
     */
    public static final long MAX_LIMIT = 1_000_000_000_000L;

    public UserLimits {
        requests = copy("requests", requests);
        tokens = copy("tokens", tokens);
        if (requests.isEmpty()) {
            throw new InvalidValueException(
                    "requests_per_month",
                    "missing: give at least one request limit "
                            + "(requests_per_minute, _hour, _day or _month)");
        }
        if (tokens.isEmpty()) {
            throw new InvalidValueException(
                    "tokens_per_month",
                    "missing: give at least one token limit "
                            + "(tokens_per_minute, _hour, _day or _month)");
        }
        if (maxBudgetUsd != null && maxBudgetUsd.signum() <= 0) {
            throw new InvalidValueException(
                    "max_budget_usd",
                    "must be greater than 0, got " + maxBudgetUsd.toPlainString());
        }
        if (budgetDuration != null && !DURATION.matcher(budgetDuration).matches()) {
            throw new InvalidValueException(
                    "budget_duration",
                    "expected a duration such as 30d, 24h or 1mo, got "
                            + Snippet.quoted(budgetDuration));
        }
    }

    private static Map<LimitPeriod, Long> copy(String kind, Map<LimitPeriod, Long> limits) {
        Map<LimitPeriod, Long> out = new EnumMap<>(LimitPeriod.class);
        if (limits != null) {
            limits.forEach(
                    (period, value) -> {
                        if (value == null) {
                            return;
                        }
                        if (value <= 0) {
                            throw new InvalidValueException(
                                    kind + "_per_" + period.id(),
                                    "must be greater than 0, got " + value);
                        }
                        if (value > MAX_LIMIT) {
                            throw new InvalidValueException(
                                    kind + "_per_" + period.id(),
                                    "must be at most "
                                            + MAX_LIMIT
                                            + " (a trillion: leave the period out for no cap), got "
                                            + value);
                        }
                        out.put(period, value);
                    });
        }
        return Collections.unmodifiableMap(out);
    }

    /** The most requests a user can make in a month: the tightest cap, each scaled to a month. */
    public long requestsPerMonth() {
        return monthly(requests);
    }

    /** The most tokens a user can use in a month: the tightest cap, each scaled to a month. */
    public long tokensPerMonth() {
        return monthly(tokens);
    }

    private static long monthly(Map<LimitPeriod, Long> caps) {
        return caps.entrySet().stream()
                .mapToLong(e -> Math.multiplyExact(e.getValue(), e.getKey().perMonth()))
                .min()
                .orElseThrow();
    }

    /** These limits times {@code factor} (premium users), whole numbers rounded down. */
    public UserLimits times(BigDecimal factor) {
        Map<LimitPeriod, Long> r = new EnumMap<>(LimitPeriod.class);
        Map<LimitPeriod, Long> t = new EnumMap<>(LimitPeriod.class);
        requests.forEach((p, v) -> r.put(p, scale(v, factor)));
        tokens.forEach((p, v) -> t.put(p, scale(v, factor)));
        return new UserLimits(
                r, t, maxBudgetUsd == null ? null : maxBudgetUsd.multiply(factor), budgetDuration);
    }

    private static long scale(long value, BigDecimal factor) {
        return Math.max(
                1,
                BigDecimal.valueOf(value)
                        .multiply(factor)
                        .setScale(0, java.math.RoundingMode.DOWN)
                        .longValueExact());
    }
}
