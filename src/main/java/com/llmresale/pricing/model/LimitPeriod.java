package com.llmresale.pricing.model;

/**
 * The periods a per-user limit is counted over, with how many of each a month holds. A month is 30
 * days, as in seed 004 (100 requests/day = 3,000 requests/month).
 */
public enum LimitPeriod {
    MINUTE("minute", 60L * 24 * 30),
    HOUR("hour", 24L * 30),
    DAY("day", 30),
    MONTH("month", 1);

    private final String id;
    private final long perMonth;

    LimitPeriod(String id, long perMonth) {
        this.id = id;
        this.perMonth = perMonth;
    }

    /** {@code minute}, {@code hour}, {@code day}, {@code month}: as in the YAML field names. */
    public String id() {
        return id;
    }

    /** How many of this period a (30-day) month holds. */
    public long perMonth() {
        return perMonth;
    }

    /** How many {@code shorter} periods this one holds (hour from minute: 60). */
    public long factorFrom(LimitPeriod shorter) {
        return shorter.perMonth / perMonth;
    }
}
