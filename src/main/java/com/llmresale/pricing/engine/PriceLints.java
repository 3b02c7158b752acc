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
    static void baseline(PricedModel m, CreditEngine engine, List<LintWarning> out) {
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
}
