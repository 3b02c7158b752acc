package com.llmresale.pricing.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The primitive long -> int map answers as a HashMap does, through growth and overwrites. */
class LongIntMapPropertiesTest {

    @Property
    void answersAsAHashMapDoes(
            @ForAll @Size(max = 3000) List<@LongRange(min = -5000, max = 5000) Long> keys,
            @ForAll @IntRange(min = 0, max = 2000) int expected,
            @ForAll @Size(max = 200) List<Long> wideKeys) {
        LongIntMap map = new LongIntMap(expected);
        Map<Long, Integer> plain = new HashMap<>();
        int i = 0;
        for (Long k : keys) {
            map.put(k, i);
            plain.put(k, i);
            i++;
        }
        for (Long k : wideKeys) { // any long, 0 and the extremes included
            map.put(k, i);
            plain.put(k, i);
            i++;
        }
        assertThat(map.size()).isEqualTo(plain.size());
        plain.forEach((k, v) -> assertThat(map.get(k)).as("key %d", k).isEqualTo(v));
        for (long probe = -6000; probe <= 6000; probe += 7) {
            assertThat(map.get(probe)).isEqualTo(plain.getOrDefault(probe, LongIntMap.ABSENT));
        }
    }

    @Test
    void keysOfCellsAndExtremesAreDistinct() {
        LongIntMap map = new LongIntMap();
        long[] keys = {
            0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, (1L << 32) | 0xFFFF_FFFFL, 20_393
        };
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(map.get(keys[i])).isEqualTo(i);
        }
        assertThat(map.get(2)).isEqualTo(LongIntMap.ABSENT);
        assertThat(map.size()).isEqualTo(keys.length);
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThatThrownBy(() -> new LongIntMap().put(1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
