package com.llmresale.pricing.engine.usage;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Requests and tokens per window (a local minute or hour number) for one user, bounded by the
 * minutes of the period, not by the rows. Compact: a window is an int (its distance from the first
 * window seen) and one long holding both counts (requests in the top 20 bits, tokens in the other
 * 44), 12 bytes per slot at a load of at most 3/4. A window more than 2^31 away from the first, or
 * a count too large for its bits, turns the table into a wide one (a long each for the window, the
 * requests and the tokens: 24 bytes per slot), so counts are always exact.
 */
final class WindowCounts {
    private static final int EMPTY = Integer.MIN_VALUE;
    private static final int TOKEN_BITS = 44;
    private static final long TOKEN_MASK = (1L << TOKEN_BITS) - 1;
    private static final long MAX_REQUESTS = (1L << (64 - TOKEN_BITS)) - 1;

    private long base = Long.MIN_VALUE;
    private int[] keys = newKeys(64);
    private long[] counts = new long[64];
    private int size;
    private Wide wide;

    /** Adds counts to a window (a minute or hour number, never Long.MIN_VALUE). */
    void add(long window, long requestCount, long tokenCount) {
        if (wide != null) {
            wide.add(window, requestCount, tokenCount);
            return;
        }
        if (base == Long.MIN_VALUE) {
            base = window;
        }
        long offset = window - base;
        if (offset <= EMPTY || offset > Integer.MAX_VALUE) {
            widen().add(window, requestCount, tokenCount);
            return;
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int key = (int) offset;
        int i = slot(keys, key);
        long v = keys[i] == EMPTY ? 0 : counts[i];
        long requests = (v >>> TOKEN_BITS) + requestCount;
        long tokens = (v & TOKEN_MASK) + tokenCount;
        if (requests < 0 || requests > MAX_REQUESTS || tokens < 0 || tokens > TOKEN_MASK) {
            widen().add(window, requestCount, tokenCount);
            return;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        counts[i] = requests << TOKEN_BITS | tokens;
    }

    /**
     * Calls {@code visit} with the slot of every window (then {@link #window}, {@link #requests},
     * {@link #tokens}).
     */
    void forEach(LongConsumer visit) {
        if (wide != null) {
            wide.forEach(visit);
            return;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visit.accept(i);
            }
        }
    }

    long window(long slot) {
        return wide != null ? wide.keys[(int) slot] : base + keys[(int) slot];
    }

    long requests(long slot) {
        return wide != null ? wide.requests[(int) slot] : counts[(int) slot] >>> TOKEN_BITS;
    }

    long tokens(long slot) {
        return wide != null ? wide.tokens[(int) slot] : counts[(int) slot] & TOKEN_MASK;
    }

    /** True once the table has turned wide (tests look). */
    boolean isWide() {
        return wide != null;
    }

    private Wide widen() {
        Wide w = new Wide();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                w.add(base + keys[i], counts[i] >>> TOKEN_BITS, counts[i] & TOKEN_MASK);
            }
        }
        keys = null;
        counts = null;
        wide = w;
        return w;
    }

    private static int slot(int[] table, int key) {
        int mask = table.length - 1;
        int i = (key * 0x9E3779B9 >>> 8) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = newKeys(oldKeys.length * 2);
        counts = new long[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int[] newKeys(int n) {
        int[] k = new int[n];
        Arrays.fill(k, EMPTY);
        return k;
    }

    /** The wide form: a long each for the window, the requests and the tokens. */
    private static final class Wide {
        private static final long FREE = Long.MIN_VALUE; // never a minute or hour number
        private long[] keys = newLongKeys(256);
        private long[] requests = new long[256];
        private long[] tokens = new long[256];
        private int size;

        void add(long window, long requestCount, long tokenCount) {
            if ((size + 1) * 4L > keys.length * 3L) {
                grow();
            }
            int i = slot(keys, window);
            if (keys[i] == FREE) {
                keys[i] = window;
                size++;
            }
            requests[i] += requestCount;
            tokens[i] += tokenCount;
        }

        void forEach(LongConsumer visit) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != FREE) {
                    visit.accept(i);
                }
            }
        }

        private static int slot(long[] table, long key) {
            int mask = table.length - 1;
            int i = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (table[i] != FREE && table[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldRequests = requests;
            long[] oldTokens = tokens;
            keys = newLongKeys(oldKeys.length * 2);
            requests = new long[keys.length];
            tokens = new long[keys.length];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != FREE) {
                    int i = slot(keys, oldKeys[j]);
                    keys[i] = oldKeys[j];
                    requests[i] = oldRequests[j];
                    tokens[i] = oldTokens[j];
                }
            }
        }

        private static long[] newLongKeys(int n) {
            long[] k = new long[n];
            Arrays.fill(k, FREE);
            return k;
        }
    }
}
