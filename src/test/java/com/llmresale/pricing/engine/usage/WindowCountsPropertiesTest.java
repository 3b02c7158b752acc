package com.llmresale.pricing.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Window counts, compact or turned wide, are those a HashMap of (requests, tokens) per window
 * gives.
 */
class WindowCountsPropertiesTest {

    @Property
    void countsAreThoseOfAHashMap(
            @ForAll @Size(max = 2000)
                    List<@LongRange(min = 29_000_000, max = 29_050_000) Long> windows,
            @ForAll @IntRange(min = 0, max = 100_000) int tokensPerRow,
            @ForAll @Size(max = 3)
                    List<@LongRange(min = -4_000_000_000_000L, max = 4_000_000_000_000L) Long> far,
            @ForAll @Size(max = 2)
                    List<@LongRange(min = 0, max = Long.MAX_VALUE / 4) Long> hugeTokens) {
        WindowCounts counts = new WindowCounts();
        Map<Long, long[]> plain = new HashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            long t = (long) tokensPerRow + i;
            add(counts, plain, windows.get(i), 1, t);
        }
        for (long w : far) { // more than 2^25 windows away from the first: the table turns wide
            add(counts, plain, w, 2, 5);
        }
        for (long t : hugeTokens) { // more tokens than 26 bits hold: wide too
            add(counts, plain, 29_000_001, 1, t);
        }
        if (!windows.isEmpty()) { // taken back out, as a part's rows counted twice are
            add(counts, plain, windows.get(0), -1, -tokensPerRow);
        }
        Map<Long, long[]> seen = new HashMap<>();
        counts.forEach(
                slot ->
                        seen.put(
                                counts.window(slot),
                                new long[] {counts.requests(slot), counts.tokens(slot)}));
        assertThat(seen.keySet()).isEqualTo(plain.keySet());
        plain.forEach((w, rt) -> assertThat(seen.get(w)).as("window %d", w).containsExactly(rt));
    }

    private static void add(
            WindowCounts counts, Map<Long, long[]> plain, long window, long requests, long tokens) {
        counts.add(window, requests, tokens);
        long[] rt = plain.computeIfAbsent(window, k -> new long[2]);
        rt[0] += requests;
        rt[1] += tokens;
    }

    @Test
    void staysCompactForAMonthOfMinutesAndTurnsWideWhenItMust() {
        WindowCounts counts = new WindowCounts();
        for (long m = 29_000_000; m < 29_000_000 + 43_200; m++) { // 30 days of minutes
            counts.add(m, 3, 1_000);
        }
        assertThat(counts.isWide()).isFalse();
        counts.add(29_000_000, 1, 1L << 26); // 2^26 tokens do not fit the compact form
        assertThat(counts.isWide()).isTrue();
        long[] first = new long[2];
        counts.forEach(
                slot -> {
                    if (counts.window(slot) == 29_000_000) {
                        first[0] = counts.requests(slot);
                        first[1] = counts.tokens(slot);
                    }
                });
        assertThat(first).containsExactly(4, 1_000 + (1L << 26));
    }

    @Test
    void moreRequestsInAWindowThanTwelveBitsHoldTurnItWide() {
        WindowCounts counts = new WindowCounts();
        for (int i = 0; i < 10_000; i++) { // 4,095 a window fit
            counts.add(29_000_000 + i % 2, 1, 7);
        }
        assertThat(counts.isWide()).isTrue();
        Map<Long, long[]> seen = new HashMap<>();
        counts.forEach(
                slot ->
                        seen.put(
                                counts.window(slot),
                                new long[] {counts.requests(slot), counts.tokens(slot)}));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(29_000_000L)).containsExactly(5_000, 35_000);
        assertThat(seen.get(29_000_001L)).containsExactly(5_000, 35_000);
    }
}
