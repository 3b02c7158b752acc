package com.llmresale.pricing.engine.usage;

import java.util.function.LongConsumer;

/**
 * Requests and tokens per window (a local minute or hour number) for one user, in primitive
 * arrays: 24 bytes per slot at a load of at most 3/4 (32 to 64 bytes per busy window) — bounded by the minutes of the
 * period, not by the rows.
 */
final class WindowCounts {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = newKeys(256);
    private long[] requests = new long[256];
    private long[] tokens = new long[256];
    private int size;

    void add(long window, long requestCount, long tokenCount) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int i = slot(keys, window);
        if (keys[i] == EMPTY) {
            keys[i] = window;
            size++;
        }
        requests[i] += requestCount;
        tokens[i] += tokenCount;
    }

    /** Calls {@code visit} with the slot of every window (then {@link #window}, {@link #requests}, {@link #tokens}). */
    void forEach(LongConsumer visit) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visit.accept(i);
            }
        }
    }

    long window(long slot) {
        return keys[(int) slot];
    }

    long requests(long slot) {
        return requests[(int) slot];
    }

    long tokens(long slot) {
        return tokens[(int) slot];
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRequests = requests;
        long[] oldTokens = tokens;
        keys = newKeys(oldKeys.length * 2);
        requests = new long[keys.length];
        tokens = new long[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                requests[i] = oldRequests[j];
                tokens[i] = oldTokens[j];
            }
        }
    }

    private static long[] newKeys(int n) {
        long[] k = new long[n];
        java.util.Arrays.fill(k, EMPTY);
        return k;
    }
}
