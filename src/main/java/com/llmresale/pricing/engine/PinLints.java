package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

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
                            Phrase.of(
                                    "lint.PIN_OFF_STEP",
                                    (long) m.credits(),
                                    m.multiplier(),
                                    (long) engine.creditsOf(m.multiplier()),
                                    String.valueOf(m.tier()))));
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
                            Phrase.of(
                                    "lint.PIN_VS_PRICE",
                                    (long) m.credits(),
                                    m.inputUsdPerMtok(),
                                    m.outputUsdPerMtok(),
                                    (long) computed,
                                    apart)));
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
            List<Object> peers =
                    named.stream()
                            .<Object>map(
                                    p ->
                                            Phrase.of(
                                                    "lint.PIN_VS_FAMILY.peer",
                                                    p.provider(),
                                                    p.model(),
                                                    (long) p.computedCredits()))
                            .toList();
            Phrase list =
                    count > named.size()
                            ? Phrase.of(
                                    "lint.PIN_VS_FAMILY.peers_and_more",
                                    peers,
                                    (long) (count - named.size()),
                                    (long) family.lowestCredits(),
                                    (long) family.highestCredits())
                            : Phrase.of("lint.PIN_VS_FAMILY.peers", peers);
            out.add(
                    new LintWarning(
                            LintCode.PIN_VS_FAMILY,
                            m.provider(),
                            m.model(),
                            Phrase.of(
                                    "lint.PIN_VS_FAMILY",
                                    (long) m.credits(),
                                    m.family(),
                                    list,
                                    apart)));
        }
    }
}
