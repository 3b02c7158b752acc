package com.llmresale.pricing.engine;

import static com.llmresale.pricing.engine.Fixtures.catalog;
import static com.llmresale.pricing.engine.Fixtures.pinned;
import static com.llmresale.pricing.engine.Fixtures.priced;
import static com.llmresale.pricing.engine.Fixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiersTest {
    private final TierReport report =
            Tiers.report(
                    catalog(
                            sheet(
                                    "a",
                                    priced("cheap", "0.18", "0.18", null),
                                    priced("top", "3.00", "7.00", null),
                                    pinned("pin", 30, null),
                                    priced("off", "1", "1", null).toBuilder()
                                            .active(false)
                                            .build()),
                            sheet("b", priced("mid", "0.88", "0.88", null))),
                    null);

    @ParameterizedTest(name = "{0}: {1}x-{2}x = {3}-{4} credits")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
            FREE        | 0.0 | 0.0  | 0  | 0
            ULTRA_CHEAP | 0.1 | 0.4  | 2  | 8
            CHEAP       | 0.5 | 0.9  | 10 | 18
            AFFORDABLE  | 1.0 | 1.5  | 20 | 30
            STANDARD    | 1.6 | 2.5  | 32 | 50
            PREMIUM     | 2.6 | 3.5  | 52 | 70
            FLAGSHIP    | 3.6 | null | 72 | null
            """)
    void bandsAreSeed000sPriceCategories(
            Tier tier, String min, String max, int minCredits, Integer maxCredits) {
        TierReport.Group group = report.tiers().get(tier.ordinal());

        assertThat(group.tier()).isEqualTo(tier);
        assertThat(group.minMultiplier()).isEqualByComparingTo(min);
        assertThat(group.maxMultiplier()).isEqualTo(max == null ? null : new BigDecimal(max));
        assertThat(group.minCredits()).isEqualTo(minCredits);
        assertThat(group.maxCredits()).isEqualTo(maxCredits);
    }

    @Test
    void everyActiveModelIsInTheTierOfItsMultiplierCheapestFirstAndEmptyTiersStay() {
        assertThat(report.tiers()).hasSize(7);
        assertThat(report.tiers().get(Tier.CHEAP.ordinal()).models())
                .extracting(PricedModel::model)
                .containsExactly("cheap");
        assertThat(report.tiers().get(Tier.AFFORDABLE.ordinal()).models())
                .extracting(PricedModel::model)
                .containsExactly("pin");
        assertThat(report.tiers().get(Tier.PREMIUM.ordinal()).models())
                .extracting(PricedModel::model)
                .containsExactly("mid");
        assertThat(report.tiers().get(Tier.FLAGSHIP.ordinal()).models())
                .extracting(PricedModel::credits)
                .containsExactly(334);
        assertThat(report.tiers().get(Tier.FREE.ordinal()).models()).isEmpty();
        assertThat(report.modelCount()).isEqualTo(4);
        assertThat(report.maxCredits()).isEqualTo(334);
    }

    @Test
    void aProviderLimitsTheModels() {
        TierReport only =
                Tiers.report(
                        catalog(
                                sheet("a", priced("x", "1", "1", null)),
                                sheet("b", priced("y", "2", "2", null))),
                        "b");

        assertThat(
                        only.tiers().stream()
                                .flatMap(g -> g.models().stream())
                                .map(PricedModel::provider))
                .containsExactly("b");
    }
}
