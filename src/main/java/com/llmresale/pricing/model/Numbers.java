package com.llmresale.pricing.model;

import java.math.BigDecimal;

/**
 * The one parser for every number the tool reads from outside (sheets, settings, scenarios, CSV,
 * command-line options). A number is bounded in length, in digits before the point and in decimal
 * places, so that no input can make a later computation run out of memory or time ({@code
 * 1e999999999}, {@code 1e-999999999}, a 100,000-digit price); a problem never echoes more than the
 * start of the text.
 */
public final class Numbers {
    /** Longest text accepted as a number. */
    public static final int MAX_CHARS = 64;

    /** Most digits before the decimal point: every value is below 10^20 (a long is below 10^19). */
    public static final int MAX_INTEGER_DIGITS = 20;

    /** Most decimal places, after trailing zeros are dropped. */
    public static final int MAX_DECIMAL_PLACES = 20;

    private Numbers() {}

    /**
     * A number that cannot be used; {@link #getMessage()} names the text and the problem ("'1x' is
     * not a number").
     */
    public static final class NumberException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final boolean syntax;

        NumberException(String problem, boolean syntax) {
            super(problem);
            this.syntax = syntax;
        }

        NumberException(String problem) {
            this(problem, false);
        }

        /** True when the text is not written as a number at all (rather than out of bounds). */
        public boolean syntax() {
            return syntax;
        }
    }

    /**
     * A decimal number: optional sign, digits with an optional point, optional exponent ({@code
     * 0.30}, {@code -2}, {@code 1.5e-7}); surrounding spaces are ignored.
     *
     * @throws NumberException when the text is not such a number or is out of bounds
     */
    public static BigDecimal decimal(String text) {
        String t = text.strip();
        if (t.length() > MAX_CHARS) {
            throw new NumberException(
                    echo(t) + " is too long for a number (at most " + MAX_CHARS + " characters)");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new NumberException(echo(t) + " is not a number", true);
        }
        if (value.scale() > MAX_DECIMAL_PLACES) {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > MAX_DECIMAL_PLACES) {
                throw new NumberException(
                        echo(t)
                                + " has too many decimal places (at most "
                                + MAX_DECIMAL_PLACES
                                + ")");
            }
            value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value.signum() != 0
                && (long) value.precision() - value.scale()
                        > MAX_INTEGER_DIGITS) { // long: 1e2147483647
            throw new NumberException(
                    echo(t)
                            + " is too large (at most "
                            + MAX_INTEGER_DIGITS
                            + " digits before the point)");
        }
        if (value.scale() < 0) {
            value = value.setScale(0); // 1e3 is 1000: a plain number from here on
        }
        return value;
    }

    /**
     * A whole number from {@code min} to {@code max}; {@code 12.0} is 12, {@code 12.5} is an error.
     *
     * @throws NumberException when the text is not a whole number in range
     */
    public static long whole(String text, long min, long max) {
        BigDecimal value;
        try {
            value = decimal(text);
        } catch (NumberException e) {
            throw e.syntax()
                    ? new NumberException(echo(text.strip()) + " is not a whole number", true)
                    : e;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new NumberException(echo(text.strip()) + " is not a whole number", true);
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new NumberException(echo(text.strip()) + " is too large (at most " + max + ")");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new NumberException(echo(text.strip()) + " is too small (at least " + min + ")");
        }
        return value.longValueExact();
    }

    /** The text for a message, quoted and shortened when long. */
    public static String echo(String text) {
        return Snippet.quoted(text);
    }
}
