package com.llmresale.pricing.cli;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today's date where the user is: the system clock in the default time zone, read through {@link
 * TimeZone} rather than {@code LocalDate.now()}. Both give the same date from the same time-zone
 * data, but {@code java.time}'s zone rules load and index the JDK's whole time-zone database first,
 * a sixth of a short command's start-up on the project's machine (docs/speed.md).
 */
final class SystemToday {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private SystemToday() {}

    /** Today in the default time zone. */
    static LocalDate date() {
        return dateAt(System.currentTimeMillis(), TimeZone.getDefault());
    }

    /** The date in {@code zone} at {@code epochMillis} (ms since 1970-01-01T00:00Z). */
    static LocalDate dateAt(long epochMillis, TimeZone zone) {
        long local = epochMillis + zone.getOffset(epochMillis);
        return LocalDate.ofEpochDay(Math.floorDiv(local, MILLIS_PER_DAY));
    }
}
