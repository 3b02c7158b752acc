package com.llmresale.pricing.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Ids added in batches end in the set as one by one, and the repeats are exactly the hashes given
 * more than once, however small the buckets (flushes in the middle) and however the set grows.
 */
class PendingIdsPropertiesTest {

    @Property
    void batchesEndAsOneByOne(
            @ForAll @Size(max = 4000) List<Long> drawn,
            @ForAll @IntRange(min = 1, max = 64) int capacity,
            @ForAll @IntRange(min = 0, max = 3000) int expected,
            @ForAll @IntRange(min = 1, max = 5000) int spread) {
        IdSet set = new IdSet(expected);
        PendingIds pending = new PendingIds(set, capacity);
        Map<Long, Integer> times = new HashMap<>();
        for (long d : drawn) {
            long h =
                    Math.floorMod(d, spread)
                            * 0x9E3779B97F4A7C15L; // repeats, spread over the array
            pending.add(h);
            times.merge(h, 1, Integer::sum);
        }
        pending.flush();
        Set<Long> inSet = new HashSet<>();
        set.forEach(inSet::add);
        assertThat(inSet).isEqualTo(times.keySet());
        Set<Long> repeats = new HashSet<>();
        pending.repeats().forEach(repeats::add);
        Set<Long> twice = new HashSet<>();
        times.forEach(
                (h, n) -> {
                    if (n > 1) {
                        twice.add(h);
                    }
                });
        assertThat(repeats).isEqualTo(twice);
    }
}
