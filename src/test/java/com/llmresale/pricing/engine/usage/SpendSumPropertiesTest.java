package com.llmresale.pricing.engine.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The sum of spends kept as scaled longs equals BigDecimal addition of the same amounts: value and
 * scale, overflow into a BigDecimal included.
 */
class SpendSumPropertiesTest {

    @Property
    void equalsBigDecimalAddition(
            @ForAll @Size(max = 60)
                    List<@LongRange(min = 0, max = 999_999_999_999_999L) Long> units,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 24) Integer> scales,
            @ForAll @Size(max = 5) List<BigDecimal> odd) {
        SpendSum sum = new SpendSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < units.size(); i++) {
            int scale = scales.isEmpty() ? 9 : scales.get(i % scales.size());
            sum.add(units.get(i), scale);
            if (units.get(i) != 0) {
                expected = expected.add(BigDecimal.valueOf(units.get(i), scale));
            }
        }
        for (BigDecimal b : odd) { // negative scales, huge values, negatives
            sum.add(b);
            if (b.signum() != 0) {
                expected = expected.add(b);
            }
        }
        assertThat(sum.value()).isEqualTo(expected); // equals: the same scale too
    }

    @Property
    void addingThenSubtractingASumLeavesTheFirst(
            @ForAll @Size(max = 30) List<@LongRange(min = 0, max = Long.MAX_VALUE) Long> a,
            @ForAll @Size(max = 30) List<@LongRange(min = 0, max = Long.MAX_VALUE) Long> b) {
        SpendSum first = new SpendSum();
        SpendSum second = new SpendSum();
        BigDecimal expectedFirst = BigDecimal.ZERO;
        for (long u : a) {
            first.add(u, 6);
            expectedFirst = expectedFirst.add(BigDecimal.valueOf(u, 6));
        }
        for (long u : b) {
            second.add(u, 9);
        }
        first.add(second, 1);
        first.add(second, -1);
        assertThat(first.value()).isEqualByComparingTo(expectedFirst);
    }

    @Test
    void theSeedsSpendsAddUpExactly() {
        SpendSum sum = new SpendSum();
        for (int i = 0; i < 1_000_000; i++) {
            sum.add(275_000, 9); // 0.000275000, a haiku request's spend in the seed-004 fixture
        }
        assertThat(sum.value()).isEqualTo(new BigDecimal("275.000000000"));
        assertThat(new SpendSum().value()).isEqualTo(BigDecimal.ZERO);
    }
}
