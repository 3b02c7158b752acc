package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of {@code pricing margin} over arbitrary prices, mixes and credit values. */
class MarginsPropertiesTest {
    private final CreditEngine engine = new CreditEngine(Settings.defaults());

    private MarginReport.Line only(
            ModelEntry model, int tokens, BigDecimal share, BigDecimal value) {
        List<PricedModel> models =
                PricedModel.active(Fixtures.catalog(Fixtures.sheet("p", model)), engine, null);
        return new Margins(engine)
                .atMix(
                        models,
                        tokens,
                        share,
                        Phrase.of("margin.source.scenario", "x"),
                        value == null
                                ? null
                                : new MarginReport.CreditValue(
                                        value, Phrase.of("margin.value.option")))
                .models()
                .get(0);
    }

    @Property
    void marginGrowsWithTheCreditValue(
            @ForAll @BigRange(min = "0", max = "200") @Scale(3) BigDecimal input,
            @ForAll @BigRange(min = "0", max = "200") @Scale(3) BigDecimal output,
            @ForAll @IntRange(min = 1, max = 200_000) int tokens,
            @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal share,
            @ForAll @BigRange(min = "0.000001", max = "1") @Scale(6) BigDecimal value,
            @ForAll @BigRange(min = "0.000001", max = "1") @Scale(6) BigDecimal more) {
        ModelEntry m = Fixtures.priced("m", input.toPlainString(), output.toPlainString());
        MarginReport.Line low = only(m, tokens, share, value);
        MarginReport.Line high = only(m, tokens, share, value.add(more));

        if (low.credits() > 0) {
            assertThat(high.marginPerRequestUsd()).isGreaterThan(low.marginPerRequestUsd());
        } else {
            assertThat(high.marginPerRequestUsd()).isEqualByComparingTo(low.marginPerRequestUsd());
        }
        // below cost exactly when the value is under the break-even $ per credit
        if (low.credits() > 0) {
            BigDecimal exactBreakEven =
                    low.costPerRequestUsd()
                            .divide(
                                    BigDecimal.valueOf(low.credits()),
                                    java.math.MathContext.DECIMAL128);
            assertThat(low.belowCost()).isEqualTo(value.compareTo(exactBreakEven) < 0);
        }
    }

    @Property
    void fairCreditsEqualTheCreditsAtAFiftyFiftyMix(
            @ForAll @BigRange(min = "0", max = "500") @Scale(4) BigDecimal input,
            @ForAll @BigRange(min = "0", max = "500") @Scale(4) BigDecimal output,
            @ForAll @IntRange(min = 1, max = 1_000_000) int tokens) {
        MarginReport.Line line =
                only(
                        Fixtures.priced("m", input.toPlainString(), output.toPlainString()),
                        tokens,
                        new BigDecimal("0.5"),
                        null);

        assertThat(line.fairCredits()).isEqualTo(line.credits());
        // and the cost is the credit rule's own average over the tokens: (in + out) / 2 x tokens /
        // 1M
        assertThat(line.costPerRequestUsd())
                .isEqualByComparingTo(
                        input.add(output)
                                .multiply(BigDecimal.valueOf(tokens))
                                .divide(BigDecimal.valueOf(2_000_000))
                                .setScale(Margins.USD_SCALE, java.math.RoundingMode.HALF_UP));
    }

    @Property
    void aRuleWeightedLikeTheMixChargesItsFairCredits(
            @ForAll @BigRange(min = "0", max = "500") @Scale(4) BigDecimal input,
            @ForAll @BigRange(min = "0", max = "500") @Scale(4) BigDecimal output,
            @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal share) {
        Settings d = Settings.defaults();
        CreditEngine weighted =
                new CreditEngine(
                        new Settings(
                                d.baselineModel(),
                                d.baselineAvg(),
                                d.creditsPerMultiplier(),
                                d.multiplierScale(),
                                d.rounding(),
                                d.tiers(),
                                share,
                                d.publishTable()));
        ModelEntry m = Fixtures.priced("m", input.toPlainString(), output.toPlainString());
        List<PricedModel> models =
                PricedModel.active(Fixtures.catalog(Fixtures.sheet("p", m)), weighted, null);

        MarginReport.Line line =
                new Margins(weighted)
                        .atMix(models, 400, share, Phrase.of("margin.source.scenario", "x"), null)
                        .models()
                        .get(0);

        assertThat(line.fairCredits()).isEqualTo(line.credits());
    }
}
