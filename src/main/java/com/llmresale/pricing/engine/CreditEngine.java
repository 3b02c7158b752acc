package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Settings;
import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The credit formula of seed 000, exact.
 *
 * <pre>
 *   avg        = (input + output) / 2                      exact (settings' credit_rule.input_share 0.5;
 *                share x input + (1 - share) x output for another share)
 *   multiplier = avg / baseline avg                        rounded once: settings scale and mode
 *   credits    = multiplier x credits per 1.0x            exact for the default 20 per 1.0x
 * </pre>
 *
 * The only rounding is the multiplier's; credits are rounded to a whole number with the same mode
 * only when a custom credits-per-multiplier makes them fractional.
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
     * share x input + (1 - share) x output, exact; at a share of 0.5 exactly {@link #average} (same
     * value and scale, so seed figures print as before). Trailing zeros are dropped otherwise.
     */
    public static BigDecimal weighted(BigDecimal inputShare, BigDecimal input, BigDecimal output) {
        if (inputShare.compareTo(Settings.EVEN_SHARE) == 0) {
            return average(input, output);
        }
        BigDecimal v =
                inputShare
                        .multiply(input)
                        .add(BigDecimal.ONE.subtract(inputShare).multiply(output))
                        .stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /**
     * The average $ price per 1M tokens of a model at a token mix: {@link #weighted}, or the input
     * price alone for a model billed on input only (an embedding: every token is input).
     */
    public static BigDecimal averageAt(BigDecimal inputShare, ModelEntry model) {
        return model.billedOnInputOnly()
                ? model.input()
                : weighted(inputShare, model.input(), model.output());
    }

    /**
     * The average $ price per 1M tokens a model's credits come from: the settings' credit rule
     * ((input + output) / 2 by default, see {@link Settings#ruleInputShare}).
     */
    public BigDecimal averageOf(ModelEntry model) {
        return averageAt(settings.ruleInputShare(), model);
    }

    /** avg / baseline avg, rounded once to the settings' scale with the settings' mode. */
    public BigDecimal multiplierOf(BigDecimal avgUsdPerMtok) {
        return avgUsdPerMtok.divide(
                settings.baselineAvg(), settings.multiplierScale(), settings.rounding());
    }

    public int creditsOf(BigDecimal multiplier) {
        return multiplier
                .multiply(settings.creditsPerMultiplier())
                .setScale(0, settings.rounding())
                .intValueExact();
    }

    /**
     * The multiplier a pinned credit value stands for, at the settings' scale. A paid pin is never
     * shown as 0.0x: below the first step it shows as one step (1 credit = 0.1x, not 0.0x).
     */
    public BigDecimal multiplierOfCredits(int credits) {
        BigDecimal multiplier =
                BigDecimal.valueOf(credits)
                        .divide(
                                settings.creditsPerMultiplier(),
                                settings.multiplierScale(),
                                settings.rounding());
        if (credits > 0 && multiplier.signum() == 0) {
            return BigDecimal.ONE.movePointLeft(settings.multiplierScale());
        }
        return multiplier;
    }

    /**
     * The tier of a pinned credit value, from its exact multiplier (credits / credits per 1.0x, not
     * rounded), so that a pin between two steps lands in the tier its credits reach. Only 0 credits
     * is FREE: a paid pin below the first step is in the cheapest paid tier.
     */
    public Tier tierOfCredits(int credits) {
        BigDecimal exact =
                BigDecimal.valueOf(credits)
                        .divide(settings.creditsPerMultiplier(), MathContext.DECIMAL128);
        Tier tier = settings.bandOf(exact).tier();
        if (credits > 0 && tier == Tier.FREE) {
            return settings.tiers().get(1).tier();
        }
        return tier;
    }

    /**
     * True when a credit value is a whole number of multiplier steps (0.1x = 2 credits by default).
     */
    public boolean isOnStep(int credits) {
        BigDecimal step = settings.creditsPerMultiplier().movePointLeft(settings.multiplierScale());
        return BigDecimal.valueOf(credits).remainder(step).signum() == 0;
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
            return new Credit(
                    avg,
                    multiplier,
                    model.pinnedCredits(),
                    tierOfCredits(model.pinnedCredits()),
                    true,
                    computed);
        }
        if (computedMultiplier == null) {
            throw new IllegalArgumentException(
                    "model " + model.id() + " has neither prices nor pinned credits");
        }
        return new Credit(
                avg,
                computedMultiplier,
                computed,
                settings.bandOf(computedMultiplier).tier(),
                false,
                computed);
    }

    /** True when the model can be given a credit value (it has a price or a pin). */
    public static boolean isPriceable(ModelEntry model) {
        return model.hasPrice() || model.isPinned();
    }
}
