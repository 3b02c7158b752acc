package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code lint} checks of a model's computed price: a zero price not marked free (or a free one
 * charged), and the baseline model's own price against the 1.0x it defines.
 */
final class PriceLints {
    private PriceLints() {}

    static void zero(PricedModel m, List<LintWarning> out) {
        if (m.free()) {
            if (m.credits() > 0) {
                out.add(
                        new LintWarning(
                                LintCode.FREE_BUT_PRICED,
                                m.provider(),
                                m.model(),
                                Phrase.of("lint.FREE_BUT_PRICED", (long) m.credits())));
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
                            Phrase.of("lint.ZERO_PRICE_NOT_FREE.pinned")));
        } else if (m.credit().avgUsdPerMtok().signum() == 0) {
            out.add(
                    new LintWarning(
                            LintCode.ZERO_PRICE_NOT_FREE,
                            m.provider(),
                            m.model(),
                            Phrase.of("lint.ZERO_PRICE_NOT_FREE")));
        } else {
            out.add(
                    new LintWarning(
                            LintCode.CREDITS_ROUND_TO_ZERO,
                            m.provider(),
                            m.model(),
                            Phrase.of(
                                    "lint.CREDITS_ROUND_TO_ZERO",
                                    m.credit().avgUsdPerMtok(),
                                    m.multiplier())));
        }
    }

    /**
     * The baseline model's own price against the 1.0x it defines: {@code baseline_not_one} when it
     * computes to anything else, {@code baseline_far_from_one} instead when that is outside
     * 0.5x-2.0x ({@link LintRules#baselineFar}); either says whether a pin covers it.
     */
    static void baseline(PricedModel m, CreditEngine engine, List<LintWarning> out) {
        BigDecimal multiplier = engine.multiplierOf(m.credit().avgUsdPerMtok());
        if (multiplier.compareTo(BigDecimal.ONE) == 0) {
            return;
        }
        Phrase pin =
                m.pinned()
                        ? Phrase.of(
                                m.multiplier().compareTo(BigDecimal.ONE) == 0
                                        ? "lint.baseline.pinned_as_baseline"
                                        : "lint.baseline.pinned",
                                (long) m.credits(),
                                m.multiplier())
                        : Phrase.of(
                                "lint.baseline.not_pinned",
                                (long) m.credits(),
                                (long) engine.creditsOf(BigDecimal.ONE));
        BigDecimal base = engine.settings().baselineAvg();
        if (LintRules.baselineFar(multiplier)) {
            out.add(
                    new LintWarning(
                            LintCode.BASELINE_FAR_FROM_ONE,
                            m.provider(),
                            m.model(),
                            Phrase.of(
                                    "lint.BASELINE_FAR_FROM_ONE",
                                    m.inputUsdPerMtok(),
                                    m.outputUsdPerMtok(),
                                    m.credit().avgUsdPerMtok(),
                                    multiplier,
                                    LintRules.BASELINE_MIN_MULTIPLIER,
                                    LintRules.BASELINE_MAX_MULTIPLIER,
                                    base,
                                    pin)));
        } else {
            out.add(
                    new LintWarning(
                            LintCode.BASELINE_NOT_ONE,
                            m.provider(),
                            m.model(),
                            Phrase.of(
                                    "lint.BASELINE_NOT_ONE",
                                    m.credit().avgUsdPerMtok(),
                                    multiplier,
                                    base,
                                    pin)));
        }
    }
}
