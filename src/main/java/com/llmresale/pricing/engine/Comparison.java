package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.RecommendationGuide;
import java.util.ArrayList;
import java.util.Collection;
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
                FamilyVerdicts.families(scope, !wanted.isEmpty(), mix),
                top,
                scope.stream().sorted(PricedModel.BY_CREDITS).limit(top).toList(),
                scope.stream().sorted(PricedModel.BY_CREDITS_DESCENDING).limit(top).toList(),
                Recommendations.recommendations(guide, scope, mix),
                Recommendations.scenarios(guide, scope, mix),
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

    /**
     * True when an offer takes part in the verdict: it has a provider $ price and is not a free
     * tier.
     */
    public static boolean comparable(PricedModel m) {
        return m.hasPrice() && !m.free();
    }
}
