package com.llmresale.pricing.render;

import java.math.BigDecimal;

/**
 * Dollars and counts in the sentences and tables of {@code estimate}, {@code decide}, {@code roi}
 * and {@code sync}, through the reader's {@link Fmt}: {@code $1,620.00}, {@code 100,000} / {@code
 * 1.620,00 $}, {@code 100.000}.
 */
final class Amounts {
    private Amounts() {}

    /** Dollars as given, at least two decimals: {@code $0.0015} / {@code 0,0015 $}. */
    static String usd(Words words, BigDecimal value) {
        return words.fmt().usd(value);
    }

    /** A count: {@code 100000} / {@code 100.000}. */
    static String count(Words words, long value) {
        return words.fmt().count(value);
    }

    /** A count that may not fit a long (credits for every request). */
    static String count(Words words, java.math.BigInteger value) {
        return words.fmt().number(new BigDecimal(value));
    }
}
