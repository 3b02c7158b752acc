package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.RecommendationGuide;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide's picks for {@code compare}: per recommendation group its tagged models and per
 * scenario one, each moved to the provider where its family costs least at the mix.
 */
final class Recommendations {
    private Recommendations() {}

    /**
     * The offer of {@code m}'s family that costs least at the mix, when another provider's is
     * cheaper than {@code m}; else {@code m}. A tag names a model; what is recommended is where
     * that model is cheapest.
     */
    private static PricedModel cheapestOfFamily(
            PricedModel m, List<PricedModel> scope, TokenMix mix) {
        if (!Comparison.comparable(m)) {
            return m;
        }
        return scope.stream()
                .filter(o -> o.family().equals(m.family()) && Comparison.comparable(o))
                .min(FamilyVerdicts.byPrice(mix))
                .filter(o -> mix.usdPerMtok(o).compareTo(mix.usdPerMtok(m)) < 0)
                .orElse(m);
    }

    private static Comparator<PricedModel> order(RecommendationGuide.Order order) {
        return order == RecommendationGuide.Order.MOST_EXPENSIVE
                ? PricedModel.BY_CREDITS_DESCENDING
                : PricedModel.BY_CREDITS;
    }

    static List<CompareReport.Recommendation> recommendations(
            RecommendationGuide guide, List<PricedModel> scope, TokenMix mix) {
        List<CompareReport.Recommendation> out = new ArrayList<>();
        for (RecommendationGuide.Group g : guide.groups()) {
            // by model key (unique in a scope), not by PricedModel: a record's hashCode is made
            // with method handles at first use, a tenth of compare's start-up (docs/speed.md)
            Map<ModelKey, PricedModel> picks = new LinkedHashMap<>();
            Map<ModelKey, PricedModel> standsInFor = new HashMap<>(); // pick -> the tagged model
            scope.stream()
                    .filter(m -> m.hasTag(g.tag()))
                    .forEach(
                            m -> {
                                PricedModel pick = cheapestOfFamily(m, scope, mix);
                                if (pick == m || !picks.containsKey(pick.key())) {
                                    picks.put(pick.key(), pick);
                                    // a pick tagged itself is no stand-in
                                    standsInFor.put(pick.key(), pick == m ? null : m);
                                }
                            });
            List<PricedModel> models =
                    picks.values().stream()
                            .sorted(order(g.order()))
                            .limit(g.limit() == null ? Long.MAX_VALUE : g.limit())
                            .toList();
            if (!models.isEmpty()) {
                out.add(
                        new CompareReport.Recommendation(
                                g.title(),
                                g.tag(),
                                g.description(),
                                models,
                                models.stream().map(p -> standsInFor.get(p.key())).toList()));
            }
        }
        return out;
    }

    static List<CompareReport.ScenarioPick> scenarios(
            RecommendationGuide guide, List<PricedModel> scope, TokenMix mix) {
        List<CompareReport.ScenarioPick> out = new ArrayList<>();
        for (RecommendationGuide.Scenario s : guide.scenarios()) {
            scope.stream()
                    .filter(m -> m.hasTag(s.tag()))
                    .min(order(s.pick()))
                    .ifPresent(
                            m -> {
                                PricedModel pick = cheapestOfFamily(m, scope, mix);
                                out.add(
                                        new CompareReport.ScenarioPick(
                                                s.scenario(),
                                                s.tag(),
                                                s.why(),
                                                pick,
                                                pick == m ? null : m));
                            });
        }
        return out;
    }
}
