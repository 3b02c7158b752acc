package com.llmresale.pricing.engine.usage;

/**
 * A map from long keys to int values (not negative) in two primitive arrays, open addressing at a
 * load of at most 3/4: 12 bytes per slot, no object per entry. Used to find a cell by (group, day)
 * without making a key object per row.
 */
final class LongIntMap {
    /** What {@link #get} answers for a key not in the map. */
    static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap() {
        this(16);
    }

    /**
     * @param expected entries to make room for before the arrays grow
     */
    LongIntMap(int expected) {
        int n =
                Integer.highestOneBit(
                                Math.max(16, (int) Math.min(1 << 30, expected * 4L / 3 + 1)) - 1)
                        << 1;
        keys = new long[n];
        values = new int[n];
        used = new boolean[n];
    }

    /** The value of the key, or {@link #ABSENT}. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (used[i]) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return ABSENT;
    }

    /** Sets the key's value (not negative). */
    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative: " + value);
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (used[i]) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
    }

    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        int n = oldKeys.length * 2;
        keys = new long[n];
        values = new int[n];
        used = new boolean[n];
        int mask = n - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = slot(oldKeys[j], mask);
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
