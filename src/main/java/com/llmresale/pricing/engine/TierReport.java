package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code tiers} report: all seven tiers in order, empty ones included.
 *
 * @param baseline what 1.0x is
 * @param tiers one group per tier, cheapest first
 * @param maxCredits the most credits of any model in the report (0 when there are none): what a
 *     full-width bar stands for
 */
public record TierReport(Baseline baseline, List<Group> tiers, int maxCredits) {
    public TierReport {
        tiers = List.copyOf(tiers);
    }

    public int modelCount() {
        return tiers.stream().mapToInt(g -> g.models().size()).sum();
    }

    /**
     * One tier with its bands and models.
     *
     * @param minMultiplier the band's lowest multiplier
     * @param maxMultiplier the band's highest multiplier, or null for the open-ended top tier
     * @param minCredits credits at {@code minMultiplier}
     * @param maxCredits credits at {@code maxMultiplier}, or null for the top tier
     * @param models the tier's active models, cheapest first
     */
    public record Group(
            Tier tier,
            BigDecimal minMultiplier,
            BigDecimal maxMultiplier,
            int minCredits,
            Integer maxCredits,
            List<PricedModel> models) {
        public Group {
            models = List.copyOf(models);
        }

        /** The lowest credits of a model in the tier, or null when it is empty. */
        public Integer lowestModelCredits() {
            return models.isEmpty() ? null : models.get(0).credits();
        }

        /** The highest credits of a model in the tier, or null when it is empty. */
        public Integer highestModelCredits() {
            return models.isEmpty() ? null : models.get(models.size() - 1).credits();
        }
    }
}
