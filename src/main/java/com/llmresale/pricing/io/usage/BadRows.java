package com.llmresale.pricing.io.usage;

import com.llmresale.pricing.model.DataException;

/**
 * What happens to a malformed row: an error naming file and line, or (--skip-bad-rows) counted and
 * skipped.
 */
public final class BadRows {
    private final boolean skip;
    private long skipped;
    private String first;

    public BadRows(boolean skip) {
        this.skip = skip;
    }

    boolean skip() {
        return skip;
    }

    void bad(String file, long line, String problem) {
        bad(file, line, problem, 1);
    }

    /** {@code count} malformed rows, the first at {@code line}. */
    void bad(String file, long line, String problem, long count) {
        DataException e =
                new DataException(file, (int) Math.min(line, Integer.MAX_VALUE), null, problem);
        if (!skip) {
            throw e;
        }
        if (first == null) {
            first = e.getMessage();
        }
        skipped += count;
    }

    public long skipped() {
        return skipped;
    }

    /** The first skipped row's error, or null. */
    public String first() {
        return first;
    }
}
