package com.llmresale.pricing.engine.usage;

/**
 * The request ids seen so far, kept as 64-bit hashes in one open-addressing array: 8 bytes per
 * id at a load of at most 3/4 (10M ids: a 16M-slot array, 128 MB), instead of ~100 bytes per
 * id for a set of strings. Two different ids share a hash with probability ~n^2/2^65 (10M ids:
 * about 3 in a million), which would drop one row.
 */
public final class IdSet {
    private long[] slots = new long[1 << 12];
    private int size;
    private boolean zeroSeen;

    /** Adds the id; false when it was already there. */
    public boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            boolean fresh = !zeroSeen;
            zeroSeen = true;
            return fresh;
        }
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
        }
        return insert(slots, h);
    }

    public int size() {
        return size + (zeroSeen ? 1 : 0);
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) mix(h) & mask;
        while (true) {
            long v = table[i];
            if (v == 0) {
                table[i] = h;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (v == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        int mask = bigger.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) mix(h) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = h;
            }
        }
        slots = bigger;
    }

    /** A 64-bit FNV-1a hash of the id's characters, finished with a mixer. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h ^ id.length());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
