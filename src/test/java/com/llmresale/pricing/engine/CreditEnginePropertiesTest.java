package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the credit formula over arbitrary prices. */
class CreditEnginePropertiesTest {
    private final CreditEngine engine = new CreditEngine(Settings.defaults());

    @Property
    void creditsAreTheMultiplierTimesTwentyAndTheMultiplierIsWithinHalfAStepOfTheExactRatio(
            @ForAll @BigRange(min = "0", max = "500") @Scale(4) BigDecimal input,
            @ForAll @BigRange(min = "0", max = "500") @Scale(4) BigDecimal output) {
        Credit credit = engine.price(ModelEntry.builder("m").prices(input, output).build());

        BigDecimal exact =
                input.add(output)
                        .divide(BigDecimal.valueOf(2))
                        .divide(new BigDecimal("0.30"), MathContext.DECIMAL128);
        assertThat(credit.multiplier().scale()).isEqualTo(1);
        assertThat(credit.multiplier().subtract(exact).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.05"));
        assertThat(credit.credits())
                .isEqualTo(credit.multiplier().multiply(BigDecimal.valueOf(20)).intValueExact());
        assertThat(credit.credits() % 2).isZero();
    }

    @Property
    void aHigherPriceNeverCostsFewerCredits(
            @ForAll @BigRange(min = "0", max = "100") @Scale(3) BigDecimal price,
            @ForAll @BigRange(min = "0", max = "10") @Scale(3) BigDecimal increase) {
        int lower =
                engine.price(Fixtures.priced("a", price.toPlainString(), price.toPlainString()))
                        .credits();
        BigDecimal higher = price.add(increase);
        int upper =
                engine.price(Fixtures.priced("b", higher.toPlainString(), higher.toPlainString()))
                        .credits();

        assertThat(upper).isGreaterThanOrEqualTo(lower);
    }

    @Property
    void tierBandsFollowTheMultiplier(
            @ForAll @BigRange(min = "0", max = "30") @Scale(1) BigDecimal multiplier) {
        var band = Settings.defaults().bandOf(multiplier);
        assertThat(multiplier).isGreaterThanOrEqualTo(band.minMultiplier());
        BigDecimal max = Settings.defaults().maxMultiplierOf(band.tier());
        if (max != null) {
            assertThat(multiplier).isLessThanOrEqualTo(max);
        }
    }
}
