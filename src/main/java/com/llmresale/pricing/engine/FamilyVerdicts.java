package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The family verdicts of {@code compare}: per family its offers cheapest first, the cheapest
 * provider and by how much it beats the runner-up, or the providers tied at the lowest price.
 */
final class FamilyVerdicts {
    private FamilyVerdicts() {}

    static List<CompareReport.FamilyComparison> families(
            List<PricedModel> scope, boolean everyFamily, TokenMix mix) {
        Map<String, List<PricedModel>> byFamily = new TreeMap<>();
        for (PricedModel m : scope) {
            byFamily.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
        }
        List<CompareReport.FamilyComparison> out = new ArrayList<>();
        byFamily.forEach(
                (family, models) -> {
                    long providers = models.stream().map(PricedModel::provider).distinct().count();
                    if (providers > 1 || everyFamily) {
                        out.add(compareFamily(family, models, mix));
                    }
                });
        return out;
    }

    /**
     * Cheapest at the mix first (offers without a $ price last), then by credits, provider and id.
     */
    static Comparator<PricedModel> byPrice(TokenMix mix) {
        return Comparator.comparing(
                        mix::usdPerMtok, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PricedModel.BY_CREDITS);
    }

    static CompareReport.FamilyComparison compareFamily(
            String family, List<PricedModel> models, TokenMix mix) {
        List<CompareReport.Offer> offers =
                models.stream()
                        .sorted(byPrice(mix))
                        .map(m -> new CompareReport.Offer(m, Comparison.comparable(m)))
                        .toList();
        // per provider its cheapest compared offer (offers are sorted: the first one seen)
        Map<String, PricedModel> best = new LinkedHashMap<>();
        for (CompareReport.Offer o : offers) {
            if (o.compared()) {
                best.putIfAbsent(o.model().provider(), o.model());
            }
        }
        List<PricedModel> ranked =
                best.values().stream()
                        .sorted(
                                Comparator.comparing(mix::usdPerMtok)
                                        .thenComparing(PricedModel::provider))
                        .toList();
        if (ranked.size() < 2) {
            return new CompareReport.FamilyComparison(
                    family, offers, null, null, null, null, List.of(), null, null, null, null,
                    null);
        }
        PricedModel first = ranked.get(0);
        BigDecimal lowest = mix.usdPerMtok(first);
        List<String> tied =
                ranked.stream()
                        .filter(m -> mix.usdPerMtok(m).compareTo(lowest) == 0)
                        .map(PricedModel::provider)
                        .toList();
        if (tied.size() > 1) {
            return new CompareReport.FamilyComparison(
                    family,
                    offers,
                    null,
                    first.credits(),
                    null,
                    null,
                    tied,
                    0,
                    lowest,
                    lowest,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO.setScale(1));
        }
        PricedModel runnerUp = ranked.get(1);
        BigDecimal runnerUsd = mix.usdPerMtok(runnerUp);
        BigDecimal by = runnerUsd.subtract(lowest);
        // how far below the runner-up, as a share of the runner-up's price
        BigDecimal pct =
                by.multiply(BigDecimal.valueOf(100))
                        .divide(runnerUsd, 1, java.math.RoundingMode.HALF_UP);
        return new CompareReport.FamilyComparison(
                family,
                offers,
                first.provider(),
                first.credits(),
                runnerUp.provider(),
                runnerUp.credits(),
                List.of(),
                runnerUp.credits() - first.credits(),
                lowest,
                runnerUsd,
                by,
                pct);
    }
}
