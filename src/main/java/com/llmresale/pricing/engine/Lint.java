package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ProviderScope;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.RecommendationGuide;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finds what a pricing team must see before publishing: the {@code lint} report. */
public final class Lint {
    private Lint() {}

    /**
     * The report with a {@link LintCode#PRICE_VS_UPSTREAM} warning for every difference {@code
     * pricing sync} finds against an outside catalog: the same matching, the same prices compared.
     */
    public static LintReport withUpstream(LintReport report, SyncReport sync) {
        List<LintWarning> warnings = new ArrayList<>(report.warnings());
        for (SyncReport.Difference d : sync.differences()) {
            Phrase ours =
                    d.ours() == null
                            ? Phrase.of("lint.PRICE_VS_UPSTREAM.ours_unset")
                            : Phrase.of("lint.PRICE_VS_UPSTREAM.ours", d.ours());
            String key =
                    d.changePct() == null
                            ? "lint.PRICE_VS_UPSTREAM"
                            : d.changePct().signum() > 0
                                    ? "lint.PRICE_VS_UPSTREAM.rise"
                                    : "lint.PRICE_VS_UPSTREAM.change";
            List<Object> args =
                    new ArrayList<>(
                            List.of(d.field(), ours, d.theirs(), sync.kind(), d.upstreamKey()));
            if (d.changePct() != null) {
                args.add(d.changePct());
            }
            warnings.add(
                    new LintWarning(
                            LintCode.PRICE_VS_UPSTREAM,
                            d.provider(),
                            d.model(),
                            new Phrase(key, args)));
        }
        warnings.sort(LintWarning.ORDER);
        return new LintReport(report.rules(), report.sheets(), report.models(), warnings);
    }

    /**
     * Checks a catalog. Family checks look at every provider; with a scope of some providers only
     * the warnings about their sheets are kept (a family spread is about the dearer provider). Also
     * checks the recommendation labels that {@code compare} fills from its tags: a group or
     * scenario whose tag no active model carries is reported (only for every provider, as it is
     * about no one sheet).
     *
     * @param scope the providers whose warnings are kept
     */
    public static LintReport check(
            Catalog catalog, RecommendationGuide guide, LintRules rules, ProviderScope scope) {
        CreditEngine engine = new CreditEngine(catalog.settings());
        List<PricedModel> all = PricedModel.active(catalog, engine, null);
        Map<String, List<PricedModel>> byFamily = new TreeMap<>();
        for (PricedModel m : all) {
            byFamily.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
        }
        // each family sorted once, for every pin in it
        Map<String, FamilyPeers> peers = new TreeMap<>();
        byFamily.forEach((family, members) -> peers.put(family, new FamilyPeers(members)));

        List<LintWarning> warnings = new ArrayList<>();
        int sheets = 0;
        for (ProviderSheet sheet : catalog.sheets()) {
            if (scope.includes(sheet.provider())) {
                sheets++;
                age(sheet, rules, warnings);
            }
        }
        int models = 0;
        for (PricedModel m : all) {
            if (!scope.includes(m.provider())) {
                continue;
            }
            models++;
            boolean baseline = m.model().equals(engine.settings().baselineModel()) && m.hasPrice();
            if (m.pinned()) {
                PinLints.pinOffStep(m, engine, warnings);
                if (!baseline) { // the baseline's own price against its pin is what baseline(...)
                    // reports
                    PinLints.pinVsPrice(m, rules, warnings);
                }
                PinLints.pinVsFamily(m, peers.get(m.family()), rules, warnings);
            }
            PriceLints.zero(m, warnings);
            if (baseline) {
                PriceLints.baseline(m, engine, warnings);
            }
        }
        byFamily.forEach((family, offers) -> spread(family, offers, rules, scope, warnings));
        if (scope.all()) {
            recommendations(guide, all, warnings);
        }
        warnings.sort(LintWarning.ORDER);
        return new LintReport(rules, sheets, models, warnings);
    }

    private static void recommendations(
            RecommendationGuide guide, List<PricedModel> active, List<LintWarning> out) {
        for (RecommendationGuide.Group g : guide.groups()) {
            if (active.stream().noneMatch(m -> m.hasTag(g.tag()))) {
                out.add(
                        new LintWarning(
                                LintCode.RECOMMENDATION_WITHOUT_MODEL,
                                null,
                                null,
                                Phrase.of(
                                        "lint.RECOMMENDATION_WITHOUT_MODEL.group",
                                        g.title(),
                                        g.tag())));
            }
        }
        for (RecommendationGuide.Scenario sc : guide.scenarios()) {
            if (active.stream().noneMatch(m -> m.hasTag(sc.tag()))) {
                out.add(
                        new LintWarning(
                                LintCode.RECOMMENDATION_WITHOUT_MODEL,
                                null,
                                null,
                                Phrase.of(
                                        "lint.RECOMMENDATION_WITHOUT_MODEL.scenario",
                                        sc.scenario(),
                                        sc.tag())));
            }
        }
    }

    private static void age(ProviderSheet sheet, LintRules rules, List<LintWarning> out) {
        if (sheet.updated() == null) {
            out.add(
                    new LintWarning(
                            LintCode.NO_UPDATED_DATE,
                            sheet.provider(),
                            null,
                            Phrase.of("lint.NO_UPDATED_DATE")));
            return;
        }
        long days = ChronoUnit.DAYS.between(sheet.updated(), rules.today());
        if (days < 0) {
            out.add(
                    new LintWarning(
                            LintCode.UPDATED_IN_FUTURE,
                            sheet.provider(),
                            null,
                            Phrase.of(
                                    days == -1
                                            ? "lint.UPDATED_IN_FUTURE.one"
                                            : "lint.UPDATED_IN_FUTURE",
                                    sheet.updated().toString(),
                                    -days,
                                    rules.today().toString())));
        }
        if (days > rules.maxAgeDays()) {
            out.add(
                    new LintWarning(
                            LintCode.STALE_PRICES,
                            sheet.provider(),
                            null,
                            Phrase.of(
                                    "lint.STALE_PRICES",
                                    sheet.updated().toString(),
                                    days,
                                    rules.today().toString(),
                                    (long) rules.maxAgeDays())));
        }
    }

    private static void spread(
            String family,
            List<PricedModel> offers,
            LintRules rules,
            ProviderScope scope,
            List<LintWarning> out) {
        Map<String, PricedModel> best = new TreeMap<>();
        for (PricedModel m : offers) {
            if (Comparison.comparable(m)) {
                best.merge(
                        m.provider(),
                        m,
                        (a, b) -> PricedModel.BY_CREDITS.compare(a, b) <= 0 ? a : b);
            }
        }
        if (best.size() < 2) {
            return;
        }
        PricedModel low = best.values().stream().min(PricedModel.BY_CREDITS).orElseThrow();
        PricedModel high =
                best.values().stream().min(PricedModel.BY_CREDITS_DESCENDING).orElseThrow();
        BigDecimal apart = Families.apartPct(low.credits(), high.credits());
        if (apart.compareTo(rules.spreadTolerancePct()) > 0 && scope.includes(high.provider())) {
            out.add(
                    new LintWarning(
                            LintCode.FAMILY_SPREAD,
                            high.provider(),
                            high.model(),
                            Phrase.of(
                                    "lint.FAMILY_SPREAD",
                                    family,
                                    (long) high.credits(),
                                    (long) low.credits(),
                                    low.provider(),
                                    low.model(),
                                    apart)));
        }
    }
}
