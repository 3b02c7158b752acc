package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.RecommendationGuide;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Finds what a pricing team must see before publishing: the {@code lint} report. */
public final class Lint {
    private Lint() {}

    /**
     * Checks a catalog. Family checks look at every provider; with {@code provider} only the
     * warnings about that provider's sheet are kept (a family spread is about the dearer provider).
     *
     * @param provider only this provider, or null for all
     */
    /**
     * The report with a {@link LintCode#PRICE_VS_UPSTREAM} warning for every difference {@code
     * pricing sync} finds against an outside catalog: the same matching, the same prices compared.
     */
    public static LintReport withUpstream(LintReport report, SyncReport sync) {
        List<LintWarning> warnings = new ArrayList<>(report.warnings());
        for (SyncReport.Difference d : sync.differences()) {
            String ours =
                    d.ours() == null
                            ? "not set here (the input price applies)"
                            : "$" + d.ours().toPlainString() + " per 1M here";
            warnings.add(
                    new LintWarning(
                            LintCode.PRICE_VS_UPSTREAM,
                            d.provider(),
                            d.model(),
                            d.field()
                                    + ": "
                                    + ours
                                    + ", $"
                                    + d.theirs().toPlainString()
                                    + " in "
                                    + sync.kind()
                                    + " "
                                    + d.upstreamKey()
                                    + (d.changePct() == null
                                            ? ""
                                            : " (" + signed(d.changePct()) + "%)")));
        }
        warnings.sort(LintWarning.ORDER);
        return new LintReport(report.rules(), report.sheets(), report.models(), warnings);
    }

    private static String signed(java.math.BigDecimal pct) {
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString();
    }

    /**
     * Checks a catalog and the recommendation labels that {@code compare} fills from its tags: a
     * group or scenario whose tag no active model carries is reported (not with {@code provider},
     * as it is about no one sheet).
     */
    public static LintReport check(
            Catalog catalog, RecommendationGuide guide, LintRules rules, String provider) {
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
            if (provider == null || sheet.provider().equals(provider)) {
                sheets++;
                age(sheet, rules, warnings);
            }
        }
        int models = 0;
        for (PricedModel m : all) {
            if (provider != null && !m.provider().equals(provider)) {
                continue;
            }
            models++;
            boolean baseline = m.model().equals(engine.settings().baselineModel()) && m.hasPrice();
            if (m.pinned()) {
                pinOffStep(m, engine, warnings);
                if (!baseline) { // the baseline's own price against its pin is what baseline(...)
                    // reports
                    pinVsPrice(m, rules, warnings);
                }
                pinVsFamily(m, peers.get(m.family()), rules, warnings);
            }
            zero(m, warnings);
            if (baseline) {
                baseline(m, engine, warnings);
            }
        }
        byFamily.forEach((family, offers) -> spread(family, offers, rules, provider, warnings));
        if (provider == null) {
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
                                "recommendation group '"
                                        + g.title()
                                        + "': no active model is tagged '"
                                        + g.tag()
                                        + "', so compare leaves it out"));
            }
        }
        for (RecommendationGuide.Scenario sc : guide.scenarios()) {
            if (active.stream().noneMatch(m -> m.hasTag(sc.tag()))) {
                out.add(
                        new LintWarning(
                                LintCode.RECOMMENDATION_WITHOUT_MODEL,
                                null,
                                null,
                                "recommendation scenario '"
                                        + sc.scenario()
                                        + "': no active model is tagged '"
                                        + sc.tag()
                                        + "', so compare leaves it out"));
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
                            "the sheet does not say when its prices were checked (`updated: YYYY-MM-DD`)"));
            return;
        }
        long days = ChronoUnit.DAYS.between(sheet.updated(), rules.today());
        if (days < 0) {
            out.add(
                    new LintWarning(
                            LintCode.UPDATED_IN_FUTURE,
                            sheet.provider(),
                            null,
                            "prices checked "
                                    + sheet.updated()
                                    + ", "
                                    + -days
                                    + (days == -1 ? " day" : " days")
                                    + " after "
                                    + rules.today()
                                    + ": is the `updated` date right?"));
        }
        if (days > rules.maxAgeDays()) {
            out.add(
                    new LintWarning(
                            LintCode.STALE_PRICES,
                            sheet.provider(),
                            null,
                            "prices checked "
                                    + sheet.updated()
                                    + ", "
                                    + days
                                    + " days before "
                                    + rules.today()
                                    + " (limit "
                                    + rules.maxAgeDays()
                                    + " days): check them against the provider's price list"));
        }
    }

    private static void pinOffStep(PricedModel m, CreditEngine engine, List<LintWarning> out) {
        if (!engine.isOnStep(m.credits())) {
            out.add(
                    new LintWarning(
                            LintCode.PIN_OFF_STEP,
                            m.provider(),
                            m.model(),
                            "pinned at "
                                    + m.credits()
                                    + " credits, between two multiplier steps: reports show it as "
                                    + m.multiplier().toPlainString()
                                    + "x ("
                                    + engine.creditsOf(m.multiplier())
                                    + " credits) in tier "
                                    + m.tier()
                                    + "; pin a whole step"));
        }
    }

    private static void pinVsPrice(PricedModel m, LintRules rules, List<LintWarning> out) {
        Integer computed = m.computedCredits();
        if (computed == null) {
            return;
        }
        BigDecimal apart = Families.apartPct(m.credits(), computed);
        if (apart.compareTo(rules.pinTolerancePct()) > 0) {
            out.add(
                    new LintWarning(
                            LintCode.PIN_VS_PRICE,
                            m.provider(),
                            m.model(),
                            "pinned at "
                                    + m.credits()
                                    + " credits, but its own $ price ("
                                    + m.inputUsdPerMtok().toPlainString()
                                    + " in"
                                    + " / "
                                    + m.outputUsdPerMtok().toPlainString()
                                    + " out per 1M tokens) computes to "
                                    + computed
                                    + " ("
                                    + apart.toPlainString()
                                    + "% apart)"));
        }
    }

    /** Peers a {@code pin_vs_family} warning names; the rest are counted. */
    static final int PEERS_NAMED = 3;

    private static void pinVsFamily(
            PricedModel m, FamilyPeers family, LintRules rules, List<LintWarning> out) {
        int count = family.peerCount(m);
        if (count == 0) {
            return;
        }
        List<PricedModel> named = family.nearest(m, m.credits(), PEERS_NAMED);
        // the nearest: least distance, then least key (at equal distance above and below it decides
        // the %)
        PricedModel nearest =
                named.stream()
                        .min(
                                Comparator.comparingInt(
                                                (PricedModel p) ->
                                                        Math.abs(p.computedCredits() - m.credits()))
                                        .thenComparing(PricedModel::key))
                        .orElseThrow();
        BigDecimal apart = Families.apartPct(m.credits(), nearest.computedCredits());
        if (apart.compareTo(rules.pinTolerancePct()) > 0) {
            String list =
                    named.stream()
                            .map(p -> p.provider() + " " + p.model() + " " + p.computedCredits())
                            .collect(Collectors.joining(", "));
            if (count > named.size()) {
                list +=
                        " and "
                                + (count - named.size())
                                + " more, "
                                + family.lowestCredits()
                                + " to "
                                + family.highestCredits();
            }
            out.add(
                    new LintWarning(
                            LintCode.PIN_VS_FAMILY,
                            m.provider(),
                            m.model(),
                            "pinned at "
                                    + m.credits()
                                    + " credits, but family "
                                    + m.family()
                                    + " computes to "
                                    + list
                                    + " ("
                                    + apart.toPlainString()
                                    + "% apart from the nearest)"));
        }
    }

    private static void zero(PricedModel m, List<LintWarning> out) {
        if (m.free()) {
            if (m.credits() > 0) {
                out.add(
                        new LintWarning(
                                LintCode.FREE_BUT_PRICED,
                                m.provider(),
                                m.model(),
                                "marked `free: true` but charged " + m.credits() + " credits"));
            }
            return;
        }
        if (m.credits() != 0) {
            return;
        }
        if (m.pinned()) {
            out.add(
                    new LintWarning(
                            LintCode.ZERO_PRICE_NOT_FREE,
                            m.provider(),
                            m.model(),
                            "pinned at 0 credits but not marked `free: true`"));
        } else if (m.credit().avgUsdPerMtok().signum() == 0) {
            out.add(
                    new LintWarning(
                            LintCode.ZERO_PRICE_NOT_FREE,
                            m.provider(),
                            m.model(),
                            "input and output prices are 0 but the model is not marked `free: true`"));
        } else {
            out.add(
                    new LintWarning(
                            LintCode.CREDITS_ROUND_TO_ZERO,
                            m.provider(),
                            m.model(),
                            "average $"
                                    + m.credit().avgUsdPerMtok().toPlainString()
                                    + " per 1M tokens rounds to "
                                    + m.multiplier().toPlainString()
                                    + "x = 0 credits: sold for nothing"));
        }
    }

    /**
     * The baseline model's own price against the 1.0x it defines: {@code baseline_not_one} when it
     * computes to anything else, {@code baseline_far_from_one} instead when that is outside
     * 0.5x-2.0x ({@link LintRules#baselineFar}); either says whether a pin covers it.
     */
    private static void baseline(PricedModel m, CreditEngine engine, List<LintWarning> out) {
        BigDecimal multiplier = engine.multiplierOf(m.credit().avgUsdPerMtok());
        if (multiplier.compareTo(BigDecimal.ONE) == 0) {
            return;
        }
        String pin =
                m.pinned()
                        ? "; pinned at "
                                + m.credits()
                                + " credits ("
                                + m.multiplier().toPlainString()
                                + "x), so it is charged "
                                + (m.multiplier().compareTo(BigDecimal.ONE) == 0
                                        ? "as the baseline"
                                        : "as pinned")
                        : "; not pinned: it is charged "
                                + m.credits()
                                + " credits, not the baseline's "
                                + engine.creditsOf(BigDecimal.ONE);
        String base =
                "the settings define 1.0x as $" + engine.settings().baselineAvg().toPlainString();
        if (LintRules.baselineFar(multiplier)) {
            out.add(
                    new LintWarning(
                            LintCode.BASELINE_FAR_FROM_ONE,
                            m.provider(),
                            m.model(),
                            "the baseline model's own price ($"
                                    + m.inputUsdPerMtok().toPlainString()
                                    + " in / $"
                                    + m.outputUsdPerMtok().toPlainString()
                                    + " out, average $"
                                    + m.credit().avgUsdPerMtok().toPlainString()
                                    + " per 1M tokens) computes to "
                                    + multiplier.toPlainString()
                                    + "x, outside "
                                    + LintRules.BASELINE_MIN_MULTIPLIER.toPlainString()
                                    + "x-"
                                    + LintRules.BASELINE_MAX_MULTIPLIER.toPlainString()
                                    + "x, but "
                                    + base
                                    + pin));
        } else {
            out.add(
                    new LintWarning(
                            LintCode.BASELINE_NOT_ONE,
                            m.provider(),
                            m.model(),
                            "the baseline model's own price averages $"
                                    + m.credit().avgUsdPerMtok().toPlainString()
                                    + " per 1M tokens = "
                                    + multiplier.toPlainString()
                                    + "x, but "
                                    + base
                                    + pin));
        }
    }

    private static void spread(
            String family,
            List<PricedModel> offers,
            LintRules rules,
            String provider,
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
        if (apart.compareTo(rules.spreadTolerancePct()) > 0
                && (provider == null || high.provider().equals(provider))) {
            out.add(
                    new LintWarning(
                            LintCode.FAMILY_SPREAD,
                            high.provider(),
                            high.model(),
                            "family "
                                    + family
                                    + " costs "
                                    + high.credits()
                                    + " credits here but "
                                    + low.credits()
                                    + " at "
                                    + low.provider()
                                    + " ("
                                    + low.model()
                                    + "): "
                                    + apart.toPlainString()
                                    + "% apart"));
        }
    }
}
