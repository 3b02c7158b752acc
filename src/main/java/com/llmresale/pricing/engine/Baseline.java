package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;

/** What 1.0x is, as reports show it. */
public record Baseline(String model, BigDecimal avgUsdPerMtok, BigDecimal multiplier, int credits) {
    public static Baseline of(CreditEngine engine) {
        Settings s = engine.settings();
        BigDecimal one = BigDecimal.ONE.setScale(s.multiplierScale());
        return new Baseline(s.baselineModel(), s.baselineAvg(), one, engine.creditsOf(one));
    }
}
