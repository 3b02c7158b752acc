package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code compare} report: providers side by side.
 *
 * @param baseline what 1.0x is
 * @param filter the families asked for (empty: everything)
 * @param providerFilter the providers asked for (empty: every provider)
 * @param providers one summary per provider with an active model in scope
 * @param families families offered by more than one provider (with a filter: every family asked
 *     for)
 * @param top how many models {@code cheapest} and {@code mostExpensive} hold at most
 * @param cheapest the cheapest active models overall
 * @param mostExpensive the most expensive active models overall
 * @param recommendations picks derived from sheet tags
 * @param scenarios one pick per use case
 * @param mix the token mix offers are ranked at
 */
public record CompareReport(
        Baseline baseline,
        List<String> filter,
        List<String> providerFilter,
        List<ProviderSummary> providers,
        List<FamilyComparison> families,
        int top,
        List<PricedModel> cheapest,
        List<PricedModel> mostExpensive,
        List<Recommendation> recommendations,
        List<ScenarioPick> scenarios,
        TokenMix mix) {

    public CompareReport {
        filter = List.copyOf(filter);
        providerFilter = List.copyOf(providerFilter);
        providers = List.copyOf(providers);
        families = List.copyOf(families);
        cheapest = List.copyOf(cheapest);
        mostExpensive = List.copyOf(mostExpensive);
        recommendations = List.copyOf(recommendations);
        scenarios = List.copyOf(scenarios);
    }

    public int activeModels() {
        return providers.stream().mapToInt(ProviderSummary::activeModels).sum();
    }

    /**
     * @param name the sheet's display name
     * @param cheapest the provider's cheapest active model
     * @param mostExpensive its most expensive active model
     * @param notes the sheet's notes
     */
    public record ProviderSummary(
            String provider,
            String name,
            int activeModels,
            int minCredits,
            int maxCredits,
            PricedModel cheapest,
            PricedModel mostExpensive,
            List<String> notes) {
        public ProviderSummary {
            notes = List.copyOf(notes);
        }
    }

    /**
     * One family across providers.
     *
     * <p>The verdict compares what each provider's $ price costs at the report's token mix: per
     * provider its cheapest {@linkplain Offer#compared() compared} offer. Free offers ({@code free:
     * true}) and offers with only pinned credits (no $ price from the provider) are listed but not
     * compared. Credits are shown beside the dollars: rounded to whole credits, two offers can
     * charge the same credits at different prices ({@link #creditsHidePrice()}).
     *
     * @param offers every active model of the family, cheapest at the mix first
     * @param cheapestProvider the provider whose compared offer is cheapest; null when two or more
     *     tie or fewer than two providers can be compared
     * @param cheapestCredits the cheapest compared offer's credits, or null
     * @param runnerUp the next provider, or null
     * @param runnerUpCredits its cheapest compared offer's credits, or null
     * @param tiedProviders the providers that share the lowest price when they tie (else empty)
     * @param cheaperByCredits runner-up minus cheapest credits (0 for a tie), or null
     * @param cheapestUsd the cheapest offer's $ per 1M tokens at the mix, or null
     * @param runnerUpUsd the runner-up's, or null
     * @param cheaperByUsd runner-up minus cheapest $ per 1M tokens (0 for a tie), or null
     * @param cheaperByPct {@code cheaperByUsd / runnerUpUsd x 100}, one decimal HALF_UP, or null
     *     (also when the runner-up is free of charge)
     */
    public record FamilyComparison(
            String family,
            List<Offer> offers,
            String cheapestProvider,
            Integer cheapestCredits,
            String runnerUp,
            Integer runnerUpCredits,
            List<String> tiedProviders,
            Integer cheaperByCredits,
            BigDecimal cheapestUsd,
            BigDecimal runnerUpUsd,
            BigDecimal cheaperByUsd,
            BigDecimal cheaperByPct) {
        public FamilyComparison {
            offers = List.copyOf(offers);
            tiedProviders = List.copyOf(tiedProviders);
        }

        public long providerCount() {
            return offers.stream().map(o -> o.model().provider()).distinct().count();
        }

        /**
         * True when the cheaper offer charges the same credits as the runner-up though it costs
         * less.
         */
        public boolean creditsHidePrice() {
            return cheapestProvider != null && cheapestCredits.equals(runnerUpCredits);
        }
    }

    /**
     * A model of a family.
     *
     * @param compared true when it takes part in the cheaper-provider verdict
     */
    public record Offer(PricedModel model, boolean compared) {}

    /**
     * A recommendation group with its models.
     *
     * @param models the tagged active models in scope, in the group's order; where another provider
     *     offers the same family for less at the mix, that offer stands in for the tagged one
     * @param standIns for each model that stands in for a tagged one (by position in {@code
     *     models}), the tagged model; null where the model carries the tag itself
     */
    public record Recommendation(
            String title,
            String tag,
            String description,
            List<PricedModel> models,
            List<PricedModel> standIns) {
        public Recommendation {
            models = List.copyOf(models);
            standIns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(standIns));
        }
    }

    /**
     * The model recommended for a use case.
     *
     * @param taggedInstead the tagged model this one stands in for: the same family's cheaper offer
     *     (null when the pick carries the tag itself)
     */
    public record ScenarioPick(
            String scenario,
            String tag,
            String why,
            PricedModel model,
            PricedModel taggedInstead) {}
}
