package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;

/**
 * What 1.0x is, as reports show it.
 *
 * @param ruleInputShare the input price's weight in the credit rule's average (0.5: (input +
 *     output) / 2)
 */
public record Baseline(
        String model,
        BigDecimal avgUsdPerMtok,
        BigDecimal multiplier,
        int credits,
        BigDecimal ruleInputShare) {

    public static Baseline of(CreditEngine engine) {
        Settings s = engine.settings();
        BigDecimal one = BigDecimal.ONE.setScale(s.multiplierScale());
        return new Baseline(
                s.baselineModel(), s.baselineAvg(), one, engine.creditsOf(one), s.ruleInputShare());
    }

    /** True for seed 000's rule: input and output prices weigh the same. */
    public boolean evenRule() {
        return ruleInputShare.compareTo(Settings.EVEN_SHARE) == 0;
    }
}
