package com.llmresale.pricing.engine.usage;

/**
 * A cell's key: its group's index in the high 32 bits, its day (days since 1970-01-01, signed) in
 * the low 32 bits.
 */
final class CellKeys {
    private CellKeys() {}

    /** The day of {@code key}, sign restored (a day before 1970 is negative). */
    static int day(long key) {
        return (int) key;
    }
}
