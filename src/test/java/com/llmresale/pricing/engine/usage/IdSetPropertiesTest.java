package com.llmresale.pricing.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The id set, made at any expected size, answers as a HashSet of the hashes does (0 included). */
class IdSetPropertiesTest {

    @Property
    void answersAsAHashSetDoes(
            @ForAll @Size(max = 3000) List<@LongRange(min = -2000, max = 2000) Long> hashes,
            @ForAll @IntRange(min = 0, max = 5000) int expected) {
        IdSet ids = new IdSet(expected);
        Set<Long> plain = new HashSet<>();
        for (long h : hashes) {
            assertThat(ids.add(h)).as("add %d", h).isEqualTo(plain.add(h));
        }
        assertThat(ids.size()).isEqualTo(plain.size());
        for (long probe = -2100; probe <= 2100; probe++) {
            assertThat(ids.contains(probe)).isEqualTo(plain.contains(probe));
        }
        Set<Long> visited = new HashSet<>();
        ids.forEach(visited::add);
        assertThat(visited).isEqualTo(plain);
    }
}
