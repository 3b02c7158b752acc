package com.llmresale.pricing.engine.usage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * The request ids seen so far, kept as 64-bit hashes of their UTF-8 bytes in one open-addressing
 * array: 8 bytes per slot at a load of at most 3/4, so 10.7 to 21.3 bytes per id as the array
 * doubles (10M ids: a 16M-slot array, 128 MB), instead of ~100 bytes per id for a set of strings.
 * Two different ids share a hash with probability ~n^2/2^65 (10M ids: about 3 in a million), which
 * would drop one row.
 */
public final class IdSet {
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private long[] slots;
    private int size;
    private boolean zeroSeen;

    public IdSet() {
        this(0);
    }

    /**
     * @param expected ids to make room for before the array grows (an estimate: it grows past it)
     */
    public IdSet(long expected) {
        long n = 1 << 10;
        while (n < 1 << 30 && expected * 4 > n * 3) {
            n *= 2;
        }
        slots = new long[(int) n];
    }

    /** Adds the id; false when it was already there. */
    public boolean add(String id) {
        return add(hash(id));
    }

    /** Adds a hash from {@link #hash}; false when it was already there. */
    public boolean add(long h) {
        if (h == 0) {
            boolean fresh = !zeroSeen;
            zeroSeen = true;
            return fresh;
        }
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) h & mask;
        while (true) {
            long v = slots[i];
            if (v == 0) {
                slots[i] = h;
                size++;
                return true;
            }
            if (v == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    /** True when the hash is in the set. */
    public boolean contains(long h) {
        if (h == 0) {
            return zeroSeen;
        }
        int mask = slots.length - 1;
        int i = (int) h & mask;
        while (true) {
            long v = slots[i];
            if (v == h) {
                return true;
            }
            if (v == 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Which of {@code 2^bits} equal regions of the array the hash's first slot lies in (all in
     * region 0 while the array is smaller than that): hashes added region by region write the array
     * in order ({@link PendingIds}).
     */
    int region(long h, int bits) {
        int shift = Integer.numberOfTrailingZeros(slots.length) - bits;
        return shift <= 0 ? 0 : ((int) h & (slots.length - 1)) >>> shift;
    }

    public int size() {
        return size + (zeroSeen ? 1 : 0);
    }

    /** Every hash in the set. */
    public void forEach(LongConsumer visit) {
        if (zeroSeen) {
            visit.accept(0);
        }
        for (long h : slots) {
            if (h != 0) {
                visit.accept(h);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[old.length * 2];
        int mask = bigger.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) h & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = h;
            }
        }
        slots = bigger;
    }

    /** The hash of an id: that of its UTF-8 bytes. */
    public static long hash(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        return hash(b, 0, b.length);
    }

    /**
     * A 64-bit hash of bytes, eight at a time, finished with a mixer (the same for a CSV cell and a
     * string).
     */
    public static long hash(byte[] b, int from, int length) {
        long h = 0x9E3779B97F4A7C15L ^ length;
        int i = from;
        int end = from + length;
        for (; i + 8 <= end; i += 8) {
            h = mix(h ^ (long) LONGS.get(b, i)) * 0x100000001b3L;
        }
        long tail = 0;
        for (int k = 0; i < end; i++, k += 8) {
            tail |= (b[i] & 0xFFL) << k;
        }
        return mix(h ^ tail ^ 0xcbf29ce484222325L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
