package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostEngineTest {
    private static final ModelEntry HAIKU =
            ModelEntry.builder("claude-3-5-haiku-latest")
                    .prices(new BigDecimal("0.8"), new BigDecimal("4"))
                    .cachedInput(new BigDecimal("0.08"))
                    .build();

    private static ProviderSheet sheet(BigDecimal batchDiscount, ModelEntry model) {
        return new ProviderSheet(
                "anthropic",
                "Anthropic",
                "USD",
                null,
                null,
                batchDiscount,
                List.of(),
                List.of(model));
    }

    @Test
    void aMillionInAndOutIsTheSumOfThePrices() {
        WorkloadCost cost =
                CostEngine.cost(
                        sheet(null, HAIKU), HAIKU, new Workload(1_000_000, 1_000_000, 0, false));
        assertThat(cost.totalUsd()).isEqualTo(new BigDecimal("4.8"));
    }

    @Test
    void costIsExactNotRoundedToCents() {
        assertThat(CostEngine.cost(123_457, new BigDecimal("0.80")))
                .isEqualByComparingTo("0.0987656");
    }

    @Test
    void cachedTokensArePartOfTheInputAndBilledAtTheCachedPrice() {
        WorkloadCost cost =
                CostEngine.cost(
                        sheet(null, HAIKU), HAIKU, new Workload(1_000_000, 0, 400_000, false));
        // 600k at 0.8 + 400k at 0.08
        assertThat(cost.inputUsd()).isEqualByComparingTo("0.512");
        assertThat(cost.cachedInputUsd()).isEqualByComparingTo("0.032");
    }

    @Test
    void withoutACachedPriceCachedTokensPayTheFullInputPrice() {
        ModelEntry plain = Fixtures.priced("m", "0.8", "4");
        WorkloadCost cost =
                CostEngine.cost(
                        sheet(null, plain), plain, new Workload(1_000_000, 0, 400_000, false));
        assertThat(cost.inputUsd()).isEqualByComparingTo("0.8");
    }

    @Test
    void batchTakesTheSheetsDiscountOffInputAndOutput() {
        WorkloadCost cost =
                CostEngine.cost(
                        sheet(new BigDecimal("0.5"), HAIKU),
                        HAIKU,
                        new Workload(1_000_000, 1_000_000, 0, true));
        assertThat(cost.totalUsd()).isEqualByComparingTo("2.4");
        assertThat(cost.batchDiscountUsd()).isEqualByComparingTo("2.4");
    }

    @Test
    void batchIsAnErrorWhereTheProviderDeclaresNoDiscount() {
        assertThatThrownBy(
                        () ->
                                CostEngine.cost(
                                        sheet(null, HAIKU), HAIKU, new Workload(1, 1, 0, true)))
                .hasMessageStartingWith("batch: provider anthropic declares no batch discount");
    }

    @Test
    void cachedTokensCannotExceedTheInputTokens() {
        assertThatThrownBy(() -> new Workload(10, 0, 11, false))
                .hasMessageStartingWith("cached_input_tokens:");
    }
}
