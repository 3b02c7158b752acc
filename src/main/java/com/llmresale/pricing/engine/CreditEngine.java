package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The credit formula of seed 000, exact.
 *
 * <pre>
 *   avg        = (input + output) / 2                      exact
 *   multiplier = avg / baseline avg                        rounded once: settings scale and mode
 *   credits    = multiplier x credits per 1.0x            exact for the default 20 per 1.0x
 * </pre>
 *
 * The only rounding is the multiplier's; credits are rounded to a whole number with the same
 * mode only when a custom credits-per-multiplier makes them fractional.
 */
public final class CreditEngine {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Settings settings;

    public CreditEngine(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    /** (input + output) / 2; dividing by two always terminates, so this is exact. */
    public static BigDecimal average(BigDecimal input, BigDecimal output) {
        return input.add(output).divide(TWO);
    }

    /**
     * The average $ price per 1M tokens a model's credits come from: (input + output) / 2, or the
     * input price alone for a model billed on input only (an embedding: every token is input).
     */
    public static BigDecimal averageOf(ModelEntry model) {
        return model.billedOnInputOnly() ? model.input() : average(model.input(), model.output());
    }

    /** avg / baseline avg, rounded once to the settings' scale with the settings' mode. */
    public BigDecimal multiplierOf(BigDecimal avgUsdPerMtok) {
        return avgUsdPerMtok.divide(settings.baselineAvg(), settings.multiplierScale(), settings.rounding());
    }

    public int creditsOf(BigDecimal multiplier) {
        return multiplier.multiply(settings.creditsPerMultiplier())
                .setScale(0, settings.rounding())
                .intValueExact();
    }

    /** The multiplier a pinned credit value stands for, at the settings' scale. */
    public BigDecimal multiplierOfCredits(int credits) {
        return BigDecimal.valueOf(credits)
                .divide(settings.creditsPerMultiplier(), settings.multiplierScale(), settings.rounding());
    }

    /**
     * Prices one model. A pin wins over the $ price; the computed value is kept beside it.
     *
     * @throws IllegalArgumentException when the model has neither prices nor pinned credits
     */
    public Credit price(ModelEntry model) {
        BigDecimal avg = model.hasPrice() ? averageOf(model) : null;
        Integer computed = null;
        BigDecimal computedMultiplier = null;
        if (avg != null) {
            computedMultiplier = multiplierOf(avg);
            computed = creditsOf(computedMultiplier);
        }
        if (model.isPinned()) {
            BigDecimal multiplier = multiplierOfCredits(model.pinnedCredits());
            return new Credit(avg, multiplier, model.pinnedCredits(), settings.bandOf(multiplier).tier(), true, computed);
        }
        if (computedMultiplier == null) {
            throw new IllegalArgumentException("model " + model.id() + " has neither prices nor pinned credits");
        }
        return new Credit(avg, computedMultiplier, computed, settings.bandOf(computedMultiplier).tier(), false, computed);
    }

    /** True when the model can be given a credit value (it has a price or a pin). */
    public static boolean isPriceable(ModelEntry model) {
        return model.hasPrice() || model.isPinned();
    }
}
