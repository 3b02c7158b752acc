package com.llmresale.pricing.engine.usage;

/**
 * Request-id hashes added to an {@link IdSet} in batches rather than one per row: each hash is
 * appended to one of 256 buckets by the region of the set's array it falls in, and when a bucket is
 * full every bucket is added in turn, so the set's array is written region by region (in the
 * caches) instead of at a random place per row. The hashes added more than once (in the order they
 * came) are kept apart: the rows of those ids were all counted, and the caller takes the later ones
 * back out.
 */
final class PendingIds {
    private static final int BUCKET_BITS = 8;
    private static final int BUCKETS = 1 << BUCKET_BITS;

    private final IdSet into;
    private final int capacity;
    private final long[] hashes;
    private final int[] fill = new int[BUCKETS];
    private final IdSet repeats = new IdSet();

    /**
     * @param capacity hashes per bucket before all are added (1024 for 2 MB of buffer)
     */
    PendingIds(IdSet into, int capacity) {
        this.into = into;
        this.capacity = capacity;
        this.hashes = new long[BUCKETS * capacity];
    }

    void add(long hash) {
        int b = into.region(hash, BUCKET_BITS);
        int n = fill[b];
        hashes[b * capacity + n] = hash;
        fill[b] = n + 1;
        if (n + 1 == capacity) {
            flush();
        }
    }

    /** Adds every pending hash to the set; a hash already there goes to {@link #repeats}. */
    void flush() {
        for (int b = 0; b < BUCKETS; b++) {
            int from = b * capacity;
            for (int i = from, end = from + fill[b]; i < end; i++) {
                if (!into.add(hashes[i])) {
                    repeats.add(hashes[i]);
                }
            }
            fill[b] = 0;
        }
    }

    /** The hashes added more than once so far (after a {@link #flush}). */
    IdSet repeats() {
        return repeats;
    }
}
