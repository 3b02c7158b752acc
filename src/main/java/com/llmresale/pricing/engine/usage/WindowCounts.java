package com.llmresale.pricing.engine.usage;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Requests and tokens per window (a local minute or hour number) for one user, bounded by the
 * minutes of the period, not by the rows. Compact: a window is one long holding its distance from
 * the first window seen (26 bits: 63 years of minutes either way), its requests (12 bits) and its
 * tokens (26 bits), 8 bytes per slot at a load of at most 3/4. A window too far from the first, or
 * a count too large for its bits, turns the table into a wide one (a long each for the window, the
 * requests and the tokens: 24 bytes per slot), so counts are always exact.
 */
final class WindowCounts {
    private static final int TOKEN_BITS = 26;
    private static final int REQUEST_BITS = 12;
    private static final int KEY_SHIFT = TOKEN_BITS + REQUEST_BITS;
    private static final long TOKEN_MASK = (1L << TOKEN_BITS) - 1;
    private static final long MAX_REQUESTS = (1L << REQUEST_BITS) - 1;
    // keys are 1 + the distance from (first window - HALF): never 0, the empty slot
    private static final long HALF = 1L << 25;
    private static final long MAX_KEY = (1L << (64 - KEY_SHIFT)) - 1;

    private long base = Long.MIN_VALUE;
    private long[] slots = new long[64];
    private int size;
    private Wide wide;

    /** Adds counts to a window (a minute or hour number, never Long.MIN_VALUE). */
    void add(long window, long requestCount, long tokenCount) {
        if (wide != null) {
            wide.add(window, requestCount, tokenCount);
            return;
        }
        if (base == Long.MIN_VALUE) {
            base = window - HALF;
        }
        long key = window - base + 1;
        if (key < 1 || key > MAX_KEY) {
            widen().add(window, requestCount, tokenCount);
            return;
        }
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
        }
        int i = slot(slots, key);
        long v = slots[i];
        long requests = (v >>> TOKEN_BITS & MAX_REQUESTS) + requestCount;
        long tokens = (v & TOKEN_MASK) + tokenCount;
        if (requests < 0 || requests > MAX_REQUESTS || tokens < 0 || tokens > TOKEN_MASK) {
            widen().add(window, requestCount, tokenCount);
            return;
        }
        if (v == 0) {
            size++;
        }
        slots[i] = key << KEY_SHIFT | requests << TOKEN_BITS | tokens;
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
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != 0) {
                visit.accept(i);
            }
        }
    }

    long window(long slot) {
        return wide != null ? wide.keys[(int) slot] : base + (slots[(int) slot] >>> KEY_SHIFT) - 1;
    }

    long requests(long slot) {
        return wide != null
                ? wide.requests[(int) slot]
                : slots[(int) slot] >>> TOKEN_BITS & MAX_REQUESTS;
    }

    long tokens(long slot) {
        return wide != null ? wide.tokens[(int) slot] : slots[(int) slot] & TOKEN_MASK;
    }

    /** True once the table has turned wide (tests look). */
    boolean isWide() {
        return wide != null;
    }

    private Wide widen() {
        Wide w = new Wide();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != 0) {
                w.add(window(i), requests(i), tokens(i));
            }
        }
        slots = null;
        wide = w;
        return w;
    }

    /** The slot of a key: where it is, or the empty slot where it goes. */
    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = ((int) key * 0x9E3779B9 >>> 8) & mask;
        while (table[i] != 0 && table[i] >>> KEY_SHIFT != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long v : old) {
            if (v != 0) {
                slots[slot(slots, v >>> KEY_SHIFT)] = v;
            }
        }
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
