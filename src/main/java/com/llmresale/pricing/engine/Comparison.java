package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.Catalog;
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

    private Comparison() {
    }

    /**
     * What the positional arguments of {@code compare} select.
     *
     * @param families the family keys asked for, in argument order, without repeats
     * @param unknown  each argument that names no family and no active model, with the closest names
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
            byName.computeIfAbsent(m.model().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(m.family());
            byName.computeIfAbsent(m.key().toString().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(m.family());
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
     * The report.
     *
     * @param families only these family keys (from {@link #select}); empty for everything
     * @param top      how many cheapest and most expensive models to list
     */
    public static CompareReport report(Catalog catalog, RecommendationGuide guide, Collection<String> families,
            int top) {
        return report(catalog, guide, families, List.of(), top);
    }

    /**
     * The report over some providers only: every figure (summaries, family verdicts, rankings,
     * recommendations) is computed as if the other providers' sheets were not there.
     *
     * @param providers only these provider ids; empty for every provider
     */
    public static CompareReport report(Catalog allProviders, RecommendationGuide guide, Collection<String> families,
            List<String> providers, int top) {
        if (top < 0) {
            throw new InvalidValueException("top", "must not be negative, got " + top);
        }
        Catalog catalog = allProviders.onlyProviders(providers);
        CreditEngine engine = new CreditEngine(catalog.settings());
        List<PricedModel> all = PricedModel.active(catalog, engine, null);
        Set<String> wanted = new LinkedHashSet<>(families);
        List<PricedModel> scope = wanted.isEmpty() ? all
                : all.stream().filter(m -> wanted.contains(m.family())).toList();

        return new CompareReport(
                Baseline.of(engine),
                new ArrayList<>(wanted),
                providers,
                providers(catalog, scope),
                families(scope, !wanted.isEmpty()),
                top,
                scope.stream().sorted(PricedModel.BY_CREDITS).limit(top).toList(),
                scope.stream().sorted(PricedModel.BY_CREDITS_DESCENDING).limit(top).toList(),
                recommendations(guide, scope),
                scenarios(guide, scope));
    }

    private static List<CompareReport.ProviderSummary> providers(Catalog catalog, List<PricedModel> scope) {
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
            PricedModel dearest = models.stream().min(PricedModel.BY_CREDITS_DESCENDING).orElseThrow();
            out.add(new CompareReport.ProviderSummary(sheet.provider(), sheet.name(), models.size(),
                    cheapest.credits(), dearest.credits(), cheapest, dearest, sheet.notes()));
        }
        return out;
    }

    static List<CompareReport.FamilyComparison> families(List<PricedModel> scope, boolean everyFamily) {
        Map<String, List<PricedModel>> byFamily = new TreeMap<>();
        for (PricedModel m : scope) {
            byFamily.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
        }
        List<CompareReport.FamilyComparison> out = new ArrayList<>();
        byFamily.forEach((family, models) -> {
            long providers = models.stream().map(PricedModel::provider).distinct().count();
            if (providers > 1 || everyFamily) {
                out.add(compareFamily(family, models));
            }
        });
        return out;
    }

    /** True when an offer takes part in the verdict: it has a provider $ price and is not a free tier. */
    public static boolean comparable(PricedModel m) {
        return m.hasPrice() && !m.free();
    }

    static CompareReport.FamilyComparison compareFamily(String family, List<PricedModel> models) {
        List<CompareReport.Offer> offers = models.stream()
                .sorted(PricedModel.BY_CREDITS)
                .map(m -> new CompareReport.Offer(m, comparable(m)))
                .toList();
        Map<String, Integer> best = new TreeMap<>();
        for (CompareReport.Offer o : offers) {
            if (o.compared()) {
                best.merge(o.model().provider(), o.model().credits(), Math::min);
            }
        }
        List<Map.Entry<String, Integer>> ranked = best.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (ranked.size() < 2) {
            return new CompareReport.FamilyComparison(family, offers, null, null, null, null, List.of(), null, null);
        }
        int lowest = ranked.get(0).getValue();
        List<String> tied = ranked.stream().filter(e -> e.getValue() == lowest).map(Map.Entry::getKey).toList();
        if (tied.size() > 1) {
            return new CompareReport.FamilyComparison(family, offers, null, lowest, null, null, tied, 0,
                    BigDecimal.ZERO.setScale(1));
        }
        Map.Entry<String, Integer> runnerUp = ranked.get(1);
        int by = runnerUp.getValue() - lowest;
        // how far below the runner-up: the runner-up -> cheapest change, as a positive %
        BigDecimal pct = Repricing.changePct(runnerUp.getValue(), lowest).negate();
        return new CompareReport.FamilyComparison(family, offers, ranked.get(0).getKey(), lowest,
                runnerUp.getKey(), runnerUp.getValue(), List.of(), by, pct);
    }

    private static Comparator<PricedModel> order(RecommendationGuide.Order order) {
        return order == RecommendationGuide.Order.MOST_EXPENSIVE ? PricedModel.BY_CREDITS_DESCENDING
                : PricedModel.BY_CREDITS;
    }

    private static List<CompareReport.Recommendation> recommendations(RecommendationGuide guide,
            List<PricedModel> scope) {
        List<CompareReport.Recommendation> out = new ArrayList<>();
        for (RecommendationGuide.Group g : guide.groups()) {
            List<PricedModel> models = scope.stream()
                    .filter(m -> m.hasTag(g.tag()))
                    .sorted(order(g.order()))
                    .limit(g.limit() == null ? Long.MAX_VALUE : g.limit())
                    .toList();
            if (!models.isEmpty()) {
                out.add(new CompareReport.Recommendation(g.title(), g.tag(), g.description(), models));
            }
        }
        return out;
    }

    private static List<CompareReport.ScenarioPick> scenarios(RecommendationGuide guide, List<PricedModel> scope) {
        List<CompareReport.ScenarioPick> out = new ArrayList<>();
        for (RecommendationGuide.Scenario s : guide.scenarios()) {
            scope.stream()
                    .filter(m -> m.hasTag(s.tag()))
                    .min(order(s.pick()))
                    .ifPresent(m -> out.add(new CompareReport.ScenarioPick(s.scenario(), s.tag(), s.why(), m)));
        }
        return out;
    }
}
