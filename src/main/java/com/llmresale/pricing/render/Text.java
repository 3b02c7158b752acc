package com.llmresale.pricing.render;

import com.llmresale.pricing.model.Snippet;
import java.math.BigDecimal;

/** Number-to-text helpers shared by views. Formatting only: values arrive already rounded. */
public final class Text {
    private Text() {}

    /** A decimal as written, never in scientific notation; empty for null. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    public static String plain(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** A multiplier for people: {@code 1.2x}. */
    public static String times(BigDecimal multiplier) {
        return Fmt.ENGLISH.times(multiplier);
    }

    /** A signed percentage for people: {@code +233.3%}, {@code -20.0%}. */
    public static String signedPct(BigDecimal pct) {
        return Fmt.ENGLISH.signedPercent(pct);
    }

    /**
     * A $ price for people, without the sign: at least two decimals ({@code 3} -> {@code 3.00}).
     */
    public static String price(BigDecimal value) {
        return Fmt.ENGLISH.price(value);
    }

    /** English dollars as given, at least two decimals: {@link Fmt#usd} ({@code $1,620.00}). */
    public static String usd(BigDecimal value) {
        return Fmt.ENGLISH.usd(value);
    }

    /** {@code 1 model}, {@code 2 models}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Text from the data made safe to show on a terminal or in Markdown: C0 and C1 control
     * characters, DEL, the line and paragraph separators and the bidi embeddings, overrides and
     * isolates (U+202A-U+202E, U+2066-U+2069) are shown as escapes instead of acting: a backslash
     * and {@code n}, {@code r} or {@code t}, else {@code x1b} (C0, DEL) or {@code u009b} (the
     * others); everything else is kept as it is. The table and Markdown renderers and the error
     * handler show every line through this.
     */
    public static String visible(String text) {
        return text == null ? "" : Snippet.visible(text);
    }
}
