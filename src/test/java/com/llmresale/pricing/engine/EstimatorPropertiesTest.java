package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of {@link Estimator} over arbitrary prices and token counts. */
class EstimatorPropertiesTest {
    private static Estimator estimator(
            BigDecimal input, BigDecimal output, BigDecimal cached, BigDecimal discount) {
        ModelEntry model =
                ModelEntry.builder("m").prices(input, output).cachedInput(cached).build();
        ProviderSheet sheet =
                new ProviderSheet("p", "P", "USD", null, null, discount, List.of(), List.of(model));
        return new Estimator(new Catalog(Settings.defaults(), List.of(sheet)));
    }

    @Property
    void totalIsInputPlusOutputAndEveryRequestCostsTheSame(
            @ForAll @BigRange(min = "0", max = "200") @Scale(4) BigDecimal input,
            @ForAll @BigRange(min = "0", max = "200") @Scale(4) BigDecimal output,
            @ForAll @LongRange(min = 0, max = 10_000_000) long in,
            @ForAll @LongRange(min = 0, max = 10_000_000) long out,
            @ForAll @LongRange(min = 1, max = 100_000) long requests) {
        Estimate e =
                estimator(input, output, null, null)
                        .estimate(
                                new ModelKey("p", "m"), new Workload(in, out, 0, false), requests);
        assertThat(e.perRequest().totalUsd())
                .isEqualByComparingTo(e.perRequest().inputUsd().add(e.perRequest().outputUsd()));
        assertThat(e.allRequests().totalUsd())
                .isEqualByComparingTo(
                        e.perRequest().totalUsd().multiply(BigDecimal.valueOf(requests)));
        assertThat(e.perRequest().totalUsd())
                .isEqualByComparingTo(
                        input.multiply(BigDecimal.valueOf(in))
                                .add(output.multiply(BigDecimal.valueOf(out)))
                                .movePointLeft(6));
    }

    @Property
    void cachingNeverCostsMoreAndBatchTakesExactlyTheDiscount(
            @ForAll @BigRange(min = "0.01", max = "200") @Scale(3) BigDecimal input,
            @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal cachedShareOfPrice,
            @ForAll @BigRange(min = "0.01", max = "0.99") @Scale(2) BigDecimal discount,
            @ForAll @LongRange(min = 0, max = 10_000_000) long in,
            @ForAll @LongRange(min = 0, max = 10_000_000) long cached) {
        Assume.that(cached <= in);
        BigDecimal cachedPrice = input.multiply(cachedShareOfPrice);
        Estimator est = estimator(input, input, cachedPrice, discount);
        ModelKey key = new ModelKey("p", "m");
        Estimate withCache = est.estimate(key, new Workload(in, 1000, cached, false), 1);
        Estimate withoutCache = est.estimate(key, new Workload(in, 1000, 0, false), 1);
        Estimate batch = est.estimate(key, new Workload(in, 1000, cached, true), 1);
        assertThat(withCache.perRequest().totalUsd())
                .isLessThanOrEqualTo(withoutCache.perRequest().totalUsd());
        assertThat(batch.perRequest().totalUsd())
                .isEqualByComparingTo(
                        withCache
                                .perRequest()
                                .totalUsd()
                                .multiply(BigDecimal.ONE.subtract(discount)));
        assertThat(batch.perRequest().totalUsd().add(batch.perRequest().batchDiscountUsd()))
                .isEqualByComparingTo(batch.list().totalUsd());
    }
}
