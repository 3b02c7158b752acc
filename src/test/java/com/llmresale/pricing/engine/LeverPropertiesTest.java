package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Levers;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Invariants of the lever waterfall: no lever ever raises the cost, and more of a lever saves more.
 */
class LeverPropertiesTest {
    @Property(tries = 200)
    void everyStepSavesAndUsersNeverDrop(
            @ForAll @BigRange(min = "0", max = "1") @Scale(3) BigDecimal promptCache,
            @ForAll @BigRange(min = "0", max = "1") @Scale(3) BigDecimal batch,
            @ForAll @BigRange(min = "0", max = "1") @Scale(3) BigDecimal semantic,
            @ForAll @IntRange(min = 1, max = 1000) int cap) {
        LeverWaterfall w =
                ScenarioEngineTest.withLevers(new Levers(promptCache, batch, semantic, cap))
                        .levers();
        long users = w.usersBefore();
        for (LeverWaterfall.Step step : w.steps()) {
            assertThat(step.savingUsd()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(step.usersWithinBudget()).isGreaterThanOrEqualTo(users);
            users = step.usersWithinBudget();
        }
        assertThat(w.afterUsd())
                .isLessThanOrEqualTo(w.beforeUsd())
                .isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    @Property(tries = 100)
    void moreCachingNeverCostsMore(
            @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal a,
            @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        BigDecimal lowCost =
                ScenarioEngineTest.withLevers(new Levers(low, null, null, null))
                        .levers()
                        .afterUsd();
        BigDecimal highCost =
                ScenarioEngineTest.withLevers(new Levers(high, null, null, null))
                        .levers()
                        .afterUsd();
        assertThat(highCost).isLessThanOrEqualTo(lowCost);
    }
}
