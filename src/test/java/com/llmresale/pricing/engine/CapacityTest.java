package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CapacityTest {
    @Test
    void wholeTokensRoundedDown() {
        // $1 at $3 per 1M tokens: 1,000,000 / 3 = 333,333.33... tokens
        assertThat(Capacity.tokensFor(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(333_333L);
        // $347.83 at $5.70 per 1M: 61,022,807.01... tokens
        assertThat(Capacity.tokensFor(new BigDecimal("347.83"), new BigDecimal("5.70")))
                .isEqualTo(61_022_807L);
        assertThat(Capacity.tokensFor(BigDecimal.TEN, BigDecimal.ZERO)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void wholeUsersRoundedDown() {
        assertThat(Capacity.usersWithin(new BigDecimal("347.83"), new BigDecimal("5.70")))
                .isEqualTo(61L);
        assertThat(Capacity.usersWithin(new BigDecimal("12"), new BigDecimal("4"))).isEqualTo(3L);
        assertThat(Capacity.usersWithin(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aCountBeyond64BitsIsAnArithmeticErrorNotAWrongNumber() {
        assertThatThrownBy(() -> Capacity.tokensFor(new BigDecimal("1e30"), BigDecimal.ONE))
                .isInstanceOf(ArithmeticException.class);
    }

    /** Whole users: n users at a cost each fit a budget of exactly n of them, and n + 1 do not. */
    @Property
    void usersWithinAnExactBudgetIsThatMany(
            @ForAll @LongRange(min = 1, max = 1_000_000) long users,
            @ForAll @LongRange(min = 1, max = 100_000) long centsEach) {
        BigDecimal each = BigDecimal.valueOf(centsEach, 2);
        BigDecimal budget = each.multiply(BigDecimal.valueOf(users));
        assertThat(Capacity.usersWithin(budget, each)).isEqualTo(users);
        assertThat(Capacity.usersWithin(budget.subtract(new BigDecimal("0.01")), each))
                .isEqualTo(users - 1);
    }
}
