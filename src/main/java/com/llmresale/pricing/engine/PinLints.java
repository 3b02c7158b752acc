package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code lint} checks of a pinned credit price: off the multiplier steps, far from its own $
 * price, far from its family.
 */
final class PinLints {
    private PinLints() {}

    static void pinOffStep(PricedModel m, CreditEngine engine, List<LintWarning> out) {
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

    static void pinVsPrice(PricedModel m, LintRules rules, List<LintWarning> out) {
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

    static void pinVsFamily(
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
}
