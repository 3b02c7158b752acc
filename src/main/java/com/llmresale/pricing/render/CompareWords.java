package com.llmresale.pricing.render;

import java.math.BigDecimal;

/**
 * The words and numbers of one {@code pricing compare} page in one language: its {@code compare.*}
 * messages, credits, $ prices and dollars, numbers through the reader's {@link Fmt}. Column names
 * and plain headings stay English here and are put in the reader's language by {@link Labels}.
 */
final class CompareWords {
    static final CompareWords ENGLISH = new CompareWords(Words.ENGLISH);

    final Words w;
    final Fmt f;

    CompareWords(Words w) {
        this.w = w;
        this.f = w.fmt();
    }

    String t(String key, Object... args) {
        return w.format("compare." + key, args);
    }

    /** Credits, a count of models: {@code 1000} / {@code 1.000}. */
    String count(long n) {
        return f.count(n);
    }

    /** A $ price per 1M tokens without its sign: {@code 0.375}, {@code 15.00} / {@code 0,375}. */
    String price(BigDecimal v) {
        return f.price(v);
    }

    /** Dollars: {@code $0.375} / {@code 0,375 $}. */
    String usd(BigDecimal v) {
        return f.usd(v);
    }

    /** A value already in percent: {@code 33.3%} / {@code %33,3}. */
    String percent(BigDecimal v) {
        return f.percent(v);
    }
}
