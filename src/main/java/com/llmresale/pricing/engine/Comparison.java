package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.RecommendationGuide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Puts providers side by side: the {@code compare} report. */
public final class Comparison {
    private static final int SUGGESTIONS = 3;

    private Comparison() {}

    /**
     * What the positional arguments of {@code compare} select.
     *
     * @param families the family keys asked for, in argument order, without repeats
     * @param unknown each argument that names no family and no active model, with the closest names
     */
    public record Selection(List<String> families, Map<String, List<String>> unknown) {
        public Selection {
            families = List.copyOf(families);
            unknown = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
        }
    }

    /**
     * Resolves arguments to families: a family key (case-insensitive), a model id of an active
     * model (case-insensitive, at any provider) or {@code provider:model}.
     */
    public static Selection select(List<PricedModel> models, List<String> args) {
        Map<String, Set<String>> byName = new TreeMap<>();
        for (PricedModel m : models) {
            byName.computeIfAbsent(m.family(), k -> new TreeSet<>()).add(m.family());
            byName.computeIfAbsent(m.model().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                    .add(m.family());
            byName.computeIfAbsent(
                            m.key().toString().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                    .add(m.family());
        }
        Set<String> families = new LinkedHashSet<>();
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (String arg : args) {
            Set<String> found = byName.get(arg.strip().toLowerCase(Locale.ROOT));
            if (found != null) {
                families.addAll(found);
            } else {
                Set<String> names = new TreeSet<>();
                for (PricedModel m : models) {
                    names.add(m.family());
                    names.add(m.model());
                }
                unknown.put(arg, Families.closest(arg.strip(), names, SUGGESTIONS));
            }
        }
        return new Selection(new ArrayList<>(families), unknown);
    }

    /**
     * The report over some providers only: every figure (summaries, family verdicts, rankings,
     * recommendations) is computed as if the other providers' sheets were not there.
     *
     * @param families only these family keys (from {@link #select}); empty for everything
     * @param providers only these provider ids; empty for every provider
     * @param top how many cheapest and most expensive models to list
     * @param mix the token mix offers of one family are ranked at (their $ price, not their
     *     credits)
     */
    public static CompareReport report(
            Catalog allProviders,
            RecommendationGuide guide,
            Collection<String> families,
            List<String> providers,
            int top,
            TokenMix mix) {
        if (top < 0) {
            throw new InvalidValueException("top", "must not be negative, got " + top);
        }
        Catalog catalog = allProviders.onlyProviders(providers);
        CreditEngine engine = new CreditEngine(catalog.settings());
        List<PricedModel> all = PricedModel.active(catalog, engine, null);
        Set<String> wanted = new LinkedHashSet<>(families);
        List<PricedModel> scope =
                wanted.isEmpty()
                        ? all
                        : all.stream().filter(m -> wanted.contains(m.family())).toList();

        return new CompareReport(
                Baseline.of(engine),
                new ArrayList<>(wanted),
                providers,
                providers(catalog, scope),
                families(scope, !wanted.isEmpty(), mix),
                top,
                scope.stream().sorted(PricedModel.BY_CREDITS).limit(top).toList(),
                scope.stream().sorted(PricedModel.BY_CREDITS_DESCENDING).limit(top).toList(),
                recommendations(guide, scope, mix),
                scenarios(guide, scope, mix),
                mix);
    }

    private static List<CompareReport.ProviderSummary> providers(
            Catalog catalog, List<PricedModel> scope) {
        Map<String, List<PricedModel>> byProvider = new LinkedHashMap<>();
        for (PricedModel m : scope) {
            byProvider.computeIfAbsent(m.provider(), k -> new ArrayList<>()).add(m);
        }
        List<CompareReport.ProviderSummary> out = new ArrayList<>();
        for (ProviderSheet sheet : catalog.sheets()) {
            List<PricedModel> models = byProvider.get(sheet.provider());
            if (models == null) {
                continue;
            }
            PricedModel cheapest = models.stream().min(PricedModel.BY_CREDITS).orElseThrow();
            PricedModel dearest =
                    models.stream().min(PricedModel.BY_CREDITS_DESCENDING).orElseThrow();
            out.add(
                    new CompareReport.ProviderSummary(
                            sheet.provider(),
                            sheet.name(),
                            models.size(),
                            cheapest.credits(),
                            dearest.credits(),
                            cheapest,
                            dearest,
                            sheet.notes()));
        }
        return out;
    }

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
     * True when an offer takes part in the verdict: it has a provider $ price and is not a free
     * tier.
     */
    public static boolean comparable(PricedModel m) {
        return m.hasPrice() && !m.free();
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
                        .map(m -> new CompareReport.Offer(m, comparable(m)))
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

    /**
     * The offer of {@code m}'s family that costs least at the mix, when another provider's is
     * cheaper than {@code m}; else {@code m}. A tag names a model; what is recommended is where
     * that model is cheapest.
     */
    private static PricedModel cheapestOfFamily(
            PricedModel m, List<PricedModel> scope, TokenMix mix) {
        if (!comparable(m)) {
            return m;
        }
        return scope.stream()
                .filter(o -> o.family().equals(m.family()) && comparable(o))
                .min(byPrice(mix))
                .filter(o -> mix.usdPerMtok(o).compareTo(mix.usdPerMtok(m)) < 0)
                .orElse(m);
    }

    private static Comparator<PricedModel> order(RecommendationGuide.Order order) {
        return order == RecommendationGuide.Order.MOST_EXPENSIVE
                ? PricedModel.BY_CREDITS_DESCENDING
                : PricedModel.BY_CREDITS;
    }

    private static List<CompareReport.Recommendation> recommendations(
            RecommendationGuide guide, List<PricedModel> scope, TokenMix mix) {
        List<CompareReport.Recommendation> out = new ArrayList<>();
        for (RecommendationGuide.Group g : guide.groups()) {
            Map<PricedModel, PricedModel> picks =
                    new LinkedHashMap<>(); // pick -> the tagged model it stands in for
            scope.stream()
                    .filter(m -> m.hasTag(g.tag()))
                    .forEach(
                            m -> {
                                PricedModel pick = cheapestOfFamily(m, scope, mix);
                                if (pick == m || !picks.containsKey(pick)) {
                                    picks.put(
                                            pick,
                                            pick == m
                                                    ? null
                                                    : m); // a pick tagged itself is no stand-in
                                }
                            });
            List<PricedModel> models =
                    picks.keySet().stream()
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
                                models.stream().map(picks::get).toList()));
            }
        }
        return out;
    }

    private static List<CompareReport.ScenarioPick> scenarios(
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
