package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pricing margin}'s figures, worked by hand at balanced's mix: 400 tokens per request, 75%
 * input.
 */
class MarginsTest {
    private static final BigDecimal SHARE = new BigDecimal("0.75");
    private static final ModelEntry GPT_5_PRO =
            ModelEntry.builder("gpt-5-pro")
                    .prices(new BigDecimal("15"), new BigDecimal("120"))
                    .pinnedCredits(1000)
                    .build();

    private final CreditEngine engine = new CreditEngine(Settings.defaults());
    private final Catalog catalog =
            Fixtures.catalog(
                    Fixtures.sheet(
                            "t",
                            Fixtures.priced("gpt-oss-120b", "0.15", "0.60", null),
                            Fixtures.priced("deepseek-r1", "3.00", "7.00", null),
                            Fixtures.free("free-70b", null),
                            GPT_5_PRO,
                            Fixtures.pinned("no-price", 10, null)));
    private final List<PricedModel> models = PricedModel.active(catalog, engine, null);

    private MarginReport report(String creditValue) {
        return new Margins(engine)
                .atMix(
                        models,
                        400,
                        SHARE,
                        Phrase.of("margin.source.scenario", "balanced"),
                        creditValue == null
                                ? null
                                : new MarginReport.CreditValue(
                                        new BigDecimal(creditValue),
                                        Phrase.of("margin.value.option")));
    }

    private static MarginReport.Line line(MarginReport r, String model) {
        return r.models().stream().filter(l -> l.model().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void costBreakEvenFairCreditsAndBaselineWorkedByHand() {
        MarginReport r = report(null);

        // gpt-oss-120b: mix 0.75 x 0.15 + 0.25 x 0.60 = 0.2625 $/1M; cost 400 x 0.2625 / 1M =
        // 0.000105;
        // 24 credits ((0.15 + 0.60) / 2 = 0.375 -> 1.25 -> 1.2x HALF_EVEN); break-even 0.000105 /
        // 24 = 0.000004375;
        // fair 0.2625 / 0.30 = 0.875 -> 0.9x = 18; vs baseline 0.2625 x 20 / (0.30 x 24) = 0.72917
        // -> -27.1%
        MarginReport.Line oss = line(r, "gpt-oss-120b");
        assertThat(oss.mixUsdPerMtok()).isEqualByComparingTo("0.2625");
        assertThat(oss.costPerRequestUsd()).isEqualByComparingTo("0.000105");
        assertThat(oss.credits()).isEqualTo(24);
        assertThat(oss.breakevenUsdPerCredit()).isEqualByComparingTo("0.000004375");
        assertThat(oss.fairCredits()).isEqualTo(18);
        assertThat(oss.costPerCreditVsBaselinePct()).isEqualByComparingTo("-27.1");
        assertThat(oss.overCharged()).isTrue();
        assertThat(oss.marginPerRequestUsd()).isNull();
        assertThat(oss.belowCost()).isNull();

        // deepseek-r1: mix 2.25 + 1.75 = 4.00; cost 400 x 4 / 1M = 0.0016; 334 credits (5.00 / 0.30
        // = 16.67 -> 16.7x);
        // break-even 0.0016 / 334 = 0.00000479041916... -> 0.000004790419 (12 decimals);
        // fair 4.00 / 0.30 = 13.33 -> 13.3x = 266; vs 80 / 100.2 = 0.79840 -> -20.2%
        MarginReport.Line r1 = line(r, "deepseek-r1");
        assertThat(r1.costPerRequestUsd()).isEqualByComparingTo("0.0016");
        assertThat(r1.breakevenUsdPerCredit()).isEqualByComparingTo("0.000004790419");
        assertThat(r1.fairCredits()).isEqualTo(266);
        assertThat(r1.costPerCreditVsBaselinePct()).isEqualByComparingTo("-20.2");

        // gpt-5-pro, pinned at 1000: mix 11.25 + 30 = 41.25; cost 0.0165; break-even 0.0000165;
        // fair 41.25 / 0.30 = 137.5x = 2750 (under-charged); vs 825 / 300 = 2.75 -> +175.0%
        MarginReport.Line pro = line(r, "gpt-5-pro");
        assertThat(pro.costPerRequestUsd()).isEqualByComparingTo("0.0165");
        assertThat(pro.breakevenUsdPerCredit()).isEqualByComparingTo("0.0000165");
        assertThat(pro.fairCredits()).isEqualTo(2750);
        assertThat(pro.costPerCreditVsBaselinePct()).isEqualByComparingTo("175.0");
        assertThat(pro.underCharged()).isTrue();

        MarginReport.Line free = line(r, "free-70b");
        assertThat(free.costPerRequestUsd()).isEqualByComparingTo("0");
        assertThat(free.breakevenUsdPerCredit()).isNull();
        assertThat(free.costPerCreditVsBaselinePct()).isNull();

        // worst earner per credit first, the free model last; the pin without a price is not costed
        assertThat(r.models())
                .extracting(MarginReport.Line::model)
                .containsExactly("gpt-5-pro", "deepseek-r1", "gpt-oss-120b", "free-70b");
        assertThat(r.unlisted()).containsExactly(Phrase.of("margin.unlisted", "t:no-price"));
        // a baseline credit: 400 x 0.30 / 1M / 20 = 0.000006
        assertThat(r.summary().baselineUsdPerCredit()).isEqualByComparingTo("0.000006");
        assertThat(r.summary().belowBaseline()).isEqualTo(1);
        assertThat(r.summary().aboveBaseline()).isEqualTo(2);
        assertThat(r.summary().atBaseline()).isZero();
        assertThat(r.summary().underCharged()).isEqualTo(1);
        assertThat(r.summary().overCharged()).isEqualTo(2);
        assertThat(r.summary().belowCost()).isNull();
    }

    @Test
    void marginsAtACreditValueWorkedByHand() {
        MarginReport r = report("0.000005");

        // gpt-oss-120b: 24 x 0.000005 = 0.00012 revenue; 0.00012 - 0.000105 = 0.000015; / 0.00012 =
        // 12.5%
        MarginReport.Line oss = line(r, "gpt-oss-120b");
        assertThat(oss.marginPerRequestUsd()).isEqualByComparingTo("0.000015");
        assertThat(oss.marginPct()).isEqualByComparingTo("12.5");
        assertThat(oss.belowCost()).isFalse();
        // deepseek-r1: 334 x 0.000005 = 0.00167; - 0.0016 = 0.00007; / 0.00167 = 4.19% -> 4.2
        MarginReport.Line r1 = line(r, "deepseek-r1");
        assertThat(r1.marginPerRequestUsd()).isEqualByComparingTo("0.00007");
        assertThat(r1.marginPct()).isEqualByComparingTo("4.2");
        // gpt-5-pro: 1000 x 0.000005 = 0.005; - 0.0165 = -0.0115; / 0.005 = -230.0%: below cost
        MarginReport.Line pro = line(r, "gpt-5-pro");
        assertThat(pro.marginPerRequestUsd()).isEqualByComparingTo("-0.0115");
        assertThat(pro.marginPct()).isEqualByComparingTo("-230.0");
        assertThat(pro.belowCost()).isTrue();
        // the free model earns and costs nothing: no % of no revenue
        MarginReport.Line free = line(r, "free-70b");
        assertThat(free.marginPerRequestUsd()).isEqualByComparingTo("0");
        assertThat(free.marginPct()).isNull();
        assertThat(free.belowCost()).isFalse();

        assertThat(r.models().get(0).model()).isEqualTo("gpt-5-pro");
        assertThat(r.summary().belowCost()).isEqualTo(1);
    }

    @Test
    void anEmbeddingIsCostedOnInputOnly() {
        ModelEntry embed =
                ModelEntry.builder("embed")
                        .prices(new BigDecimal("0.02"), null)
                        .kind("embedding")
                        .build();
        MarginReport r =
                new Margins(engine)
                        .atMix(
                                PricedModel.active(
                                        Fixtures.catalog(Fixtures.sheet("t", embed)), engine, null),
                                400,
                                SHARE,
                                Phrase.of("margin.source.scenario", "x"),
                                null);

        // every token is input: 400 x 0.02 / 1M = 0.000008 (not 0.75 x 400 x 0.02)
        assertThat(r.models().get(0).costPerRequestUsd()).isEqualByComparingTo("0.000008");
    }
}
