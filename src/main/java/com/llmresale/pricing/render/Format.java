package com.llmresale.pricing.render;

import java.util.Locale;

/** The report formats of the contract. */
public enum Format {
    TABLE,
    CSV,
    JSON,
    MARKDOWN,
    /**
     * One self-contained page: the tables and, for some reports, SVG charts (no script, nothing
     * fetched).
     */
    HTML,
    /** Only {@code recompute --write}: the publishing transaction, printed instead of run. */
    SQL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive lookup; null when {@code text} names no format. */
    public static Format parse(String text) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        return null;
    }
}
