package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The credit rules: what 1.0x is, how many credits it is worth, how the multiplier is rounded and
 * where each tier starts.
 *
 * @param baselineModel the model that defines 1.0x (for reports)
 * @param baselineAvg the baseline's average $ price per 1M tokens; 1.0x
 * @param creditsPerMultiplier credits charged for 1.0x
 * @param multiplierScale decimals the multiplier is rounded to
 * @param rounding how the multiplier is rounded
 * @param tiers the seven tiers in order, each with its lowest multiplier
 * @param ruleInputShare the input price's weight in the average the multiplier comes from ({@code
 *     credit_rule.input_share}): 0.5 is seed 000's (input + output) / 2; 0.75 weighs the input
 *     price three times the output price
 * @param publishTable the application's table {@code recompute --write --db} publishes into
 */
public record Settings(
        String baselineModel,
        BigDecimal baselineAvg,
        BigDecimal creditsPerMultiplier,
        int multiplierScale,
        RoundingMode rounding,
        List<TierBand> tiers,
        BigDecimal ruleInputShare,
        PublishTable publishTable) {

    /** Seed 000's credit rule: the plain average of the input and output prices. */
    public static final BigDecimal EVEN_SHARE = new BigDecimal("0.5");

    /** Settings with seed 000's 50/50 credit rule, publishing into the default table. */
    public Settings(
            String baselineModel,
            BigDecimal baselineAvg,
            BigDecimal creditsPerMultiplier,
            int multiplierScale,
            RoundingMode rounding,
            List<TierBand> tiers) {
        this(
                baselineModel,
                baselineAvg,
                creditsPerMultiplier,
                multiplierScale,
                rounding,
                tiers,
                EVEN_SHARE,
                PublishTable.defaults());
    }

    /** The contract's built-in defaults, used when a sheet folder has no settings.yaml. */
    public static Settings defaults() {
        return new Settings(
                "gemini-2.5-flash",
                new BigDecimal("0.30"),
                new BigDecimal("20"),
                1,
                RoundingMode.HALF_EVEN,
                List.of(
                        new TierBand(Tier.FREE, new BigDecimal("0.0")),
                        new TierBand(Tier.ULTRA_CHEAP, new BigDecimal("0.1")),
                        new TierBand(Tier.CHEAP, new BigDecimal("0.5")),
                        new TierBand(Tier.AFFORDABLE, new BigDecimal("1.0")),
                        new TierBand(Tier.STANDARD, new BigDecimal("1.6")),
                        new TierBand(Tier.PREMIUM, new BigDecimal("2.6")),
                        new TierBand(Tier.FLAGSHIP, new BigDecimal("3.6"))));
    }

    public Settings {
        if (baselineModel == null || baselineModel.isBlank()) {
            throw new InvalidValueException("baseline", "baseline.model", "missing");
        }
        if (baselineAvg == null) {
            throw new InvalidValueException("baseline", "baseline.avg_usd_per_mtok", "missing");
        }
        if (baselineAvg.signum() <= 0) {
            throw new InvalidValueException(
                    "baseline",
                    "baseline.avg_usd_per_mtok",
                    "must be greater than 0, got " + baselineAvg.toPlainString());
        }
        if (creditsPerMultiplier == null || creditsPerMultiplier.signum() <= 0) {
            throw new InvalidValueException("credits_per_multiplier", "must be greater than 0");
        }
        if (multiplierScale < 0 || multiplierScale > 6) {
            throw new InvalidValueException(
                    "multiplier_scale", "must be between 0 and 6, got " + multiplierScale);
        }
        if (rounding == null || rounding == RoundingMode.UNNECESSARY) {
            throw new InvalidValueException(
                    "rounding",
                    "must be one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN");
        }
        tiers = List.copyOf(tiers);
        validateTiers(tiers, multiplierScale);
        if (publishTable == null) {
            throw new InvalidValueException(PublishTable.KEY, "missing");
        }
        ruleInputShare = ruleInputShare == null ? EVEN_SHARE : ruleInputShare;
        if (ruleInputShare.signum() < 0 || ruleInputShare.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(
                    "credit_rule",
                    "credit_rule.input_share",
                    "must be a share between 0 and 1, got " + ruleInputShare.toPlainString());
        }
    }

    /** True for seed 000's rule: input and output weigh the same. */
    public boolean evenRule() {
        return ruleInputShare.compareTo(EVEN_SHARE) == 0;
    }

    private static void validateTiers(List<TierBand> tiers, int multiplierScale) {
        Tier[] all = Tier.values();
        if (tiers.size() != all.length) {
            throw new InvalidValueException(
                    "tiers",
                    "expected the " + all.length + " tiers FREE..FLAGSHIP, got " + tiers.size());
        }
        for (int i = 0; i < all.length; i++) {
            TierBand band = tiers.get(i);
            if (band.tier() != all[i]) {
                throw new InvalidValueException(
                        "tiers",
                        "out of order: position "
                                + (i + 1)
                                + " must be "
                                + all[i]
                                + ", got "
                                + band.tier());
            }
            if (i == 0 && band.minMultiplier().signum() != 0) {
                throw new InvalidValueException("tiers", "FREE must start at min_multiplier 0");
            }
            if (band.minMultiplier().stripTrailingZeros().scale() > multiplierScale) {
                throw new InvalidValueException(
                        "tiers",
                        ""
                                + band.tier()
                                + " min_multiplier "
                                + band.minMultiplier().toPlainString()
                                + " has more decimals than multiplier_scale "
                                + multiplierScale
                                + " (multipliers are rounded to that; give tiers that fit it)");
            }
            if (i > 0 && band.minMultiplier().compareTo(tiers.get(i - 1).minMultiplier()) <= 0) {
                throw new InvalidValueException(
                        "tiers",
                        "out of order: "
                                + band.tier()
                                + " min_multiplier "
                                + band.minMultiplier().toPlainString()
                                + " must be above "
                                + tiers.get(i - 1).tier()
                                + "'s "
                                + tiers.get(i - 1).minMultiplier().toPlainString());
            }
        }
    }

    /** The band a multiplier falls in: the last one whose minimum it reaches. */
    public TierBand bandOf(BigDecimal multiplier) {
        TierBand found = tiers.get(0);
        for (TierBand band : tiers) {
            if (multiplier.compareTo(band.minMultiplier()) >= 0) {
                found = band;
            }
        }
        return found;
    }

    /** The highest multiplier still in {@code tier}, or null for the open-ended top tier. */
    public BigDecimal maxMultiplierOf(Tier tier) {
        int next = tier.ordinal() + 1;
        if (next >= tiers.size()) {
            return null;
        }
        return tiers.get(next)
                .minMultiplier()
                .subtract(BigDecimal.ONE.movePointLeft(multiplierScale));
    }
}
