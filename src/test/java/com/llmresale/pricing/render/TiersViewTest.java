package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiersViewTest {

    /** Length of a bar in eighths of a block. */
    private static int eighths(String bar) {
        int n = 0;
        for (char c : bar.toCharArray()) {
            n += c == '█' ? 8 : " ▏▎▍▌▋▊▉".indexOf(c);
        }
        return n;
    }

    @ParameterizedTest(name = "{0} of {1} credits: {2} eighths")
    @CsvSource({
        // where 1 + credits is a power of two the log scale is exact: log2(1 + c) / log2(1 + max) x
        // 240
        "63, 63, 240",
        "7, 63, 120",
        "1, 63, 40",
        "3, 63, 80",
        "15, 255, 120",
        "0, 63, 0",
        // anything above zero shows
        "1, 2147483646, 8",
    })
    void barsAreLogarithmic(int credits, int max, int expectedEighths) {
        assertThat(eighths(TiersView.bar(credits, max))).isEqualTo(expectedEighths);
    }

    @Test
    void log2FixedIsExactAtPowersOfTwoAndLinearBetween() {
        assertThat(TiersView.log2Fixed(1)).isZero();
        assertThat(TiersView.log2Fixed(2)).isEqualTo(1024);
        assertThat(TiersView.log2Fixed(3)).isEqualTo(1024 + 512);
        assertThat(TiersView.log2Fixed(1L << 40)).isEqualTo(40 * 1024);
    }

    @Property
    void moreCreditsNeverDrawAShorterBarAndNoneIsLongerThanFull(
            @ForAll @IntRange(min = 1, max = 100_000) int a,
            @ForAll @IntRange(min = 1, max = 100_000) int b,
            @ForAll @IntRange(min = 1, max = 100_000) int extra) {
        int max = Math.max(a, b) + extra;
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        assertThat(eighths(TiersView.bar(low, max)))
                .isPositive()
                .isLessThanOrEqualTo(eighths(TiersView.bar(high, max)));
        assertThat(eighths(TiersView.bar(high, max))).isLessThanOrEqualTo(TiersView.BAR_WIDTH * 8);
    }
}
