package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The nearest peers found from the sorted family agree with looking at every peer. */
class FamilyPeersTest {

    /**
     * Peers priced at $0.03 x k in and out compute to 2k credits; ids are short so that equal
     * credits and equal distances (ties broken by key) are common.
     */
    @Property(tries = 300)
    void theNearestPeersAreTheOnesAtTheLeastDistanceThenTheLeastKey(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 12) Integer> steps,
            @ForAll @IntRange(min = 0, max = 30) int pin,
            @ForAll @IntRange(min = 1, max = 4) int limit) {
        List<ModelEntry> entries = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String price =
                    new BigDecimal("0.03")
                            .multiply(BigDecimal.valueOf(steps.get(i)))
                            .toPlainString();
            entries.add(
                    Fixtures.priced("m" + (char) ('a' + (i * 7) % 26) + i, price, price).toBuilder()
                            .family("f")
                            .build());
        }
        entries.add(Fixtures.pinned("pin", pin).toBuilder().family("f").build());
        Catalog catalog = Fixtures.catalog(Fixtures.sheet("p", entries.toArray(ModelEntry[]::new)));
        List<PricedModel> family =
                PricedModel.active(catalog, new CreditEngine(catalog.settings()), null);
        PricedModel pinned =
                family.stream().filter(m -> m.model().equals("pin")).findFirst().orElseThrow();

        List<PricedModel> found = new FamilyPeers(family).nearest(pinned, pin, limit);

        // every peer, sorted by distance then key: the first `limit`, shown in credits-then-key
        // order
        List<PricedModel> expected =
                family.stream()
                        .filter(m -> m != pinned)
                        .sorted(
                                Comparator.comparingInt(
                                                (PricedModel m) ->
                                                        Math.abs(m.computedCredits() - pin))
                                        .thenComparing(PricedModel::key))
                        .limit(limit)
                        .sorted(
                                Comparator.comparingInt((PricedModel m) -> m.computedCredits())
                                        .thenComparing(PricedModel::key))
                        .toList();
        assertThat(found).isEqualTo(expected);
        assertThat(new FamilyPeers(family).peerCount(pinned)).isEqualTo(steps.size());
    }
}
