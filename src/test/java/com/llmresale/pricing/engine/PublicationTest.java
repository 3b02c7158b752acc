package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class PublicationTest {
    @Test
    void theMultiplierIsTheCreditsOverTwenty() {
        // seed 000: 24 credits = 1.2x, 334 = 16.7x, 0 = 0; a pinned 7 credits is 0.35, not 0.4
        assertThat(Publication.creditMultiplier(24, new BigDecimal("20")))
                .isEqualTo(new BigDecimal("1.2"));
        assertThat(Publication.creditMultiplier(334, new BigDecimal("20")))
                .isEqualTo(new BigDecimal("16.7"));
        assertThat(Publication.creditMultiplier(7, new BigDecimal("20")))
                .isEqualTo(new BigDecimal("0.35"));
        assertThat(Publication.creditMultiplier(0, new BigDecimal("20")))
                .isEqualTo(BigDecimal.ZERO);
        assertThat(Publication.creditMultiplier(100, new BigDecimal("20")).toPlainString())
                .isEqualTo("5");
    }

    @Test
    void aDivisionThatDoesNotEndIsRoundedUp() {
        // 12 decimals plus one per digit of the credits per 1.0x
        assertThat(Publication.creditMultiplier(1, new BigDecimal("3")))
                .isEqualTo(new BigDecimal("0.3333333333334"));
    }

    /**
     * The app turns the multiplier back into credits by truncating (seed 000: int(20 * m)) or
     * rounding.
     */
    @Property
    void theAppGetsTheCreditsBack(
            @ForAll @IntRange(min = 0, max = 1_000_000) int credits,
            @ForAll @BigRange(min = "0.001", max = "100000") @Scale(3) BigDecimal perMultiplier) {
        BigDecimal back =
                Publication.creditMultiplier(credits, perMultiplier).multiply(perMultiplier);
        assertThat(back.setScale(0, RoundingMode.DOWN).intValueExact()).isEqualTo(credits);
        assertThat(back.setScale(0, RoundingMode.HALF_EVEN).intValueExact()).isEqualTo(credits);
    }
}
