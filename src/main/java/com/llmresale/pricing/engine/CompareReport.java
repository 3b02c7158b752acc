package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code compare} report: providers side by side.
 *
 * @param baseline        what 1.0x is
 * @param filter          the families asked for (empty: everything)
 * @param providerFilter  the providers asked for (empty: every provider)
 * @param providers       one summary per provider with an active model in scope
 * @param families        families offered by more than one provider (with a filter: every family asked for)
 * @param top             how many models {@code cheapest} and {@code mostExpensive} hold at most
 * @param cheapest        the cheapest active models overall
 * @param mostExpensive   the most expensive active models overall
 * @param recommendations picks derived from sheet tags
 * @param scenarios       one pick per use case
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
        List<ScenarioPick> scenarios) {

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
     * @param name          the sheet's display name
     * @param cheapest      the provider's cheapest active model
     * @param mostExpensive its most expensive active model
     * @param notes         the sheet's notes
     */
    public record ProviderSummary(String provider, String name, int activeModels, int minCredits, int maxCredits,
            PricedModel cheapest, PricedModel mostExpensive, List<String> notes) {
        public ProviderSummary {
            notes = List.copyOf(notes);
        }
    }

    /**
     * One family across providers.
     *
     * <p>The verdict compares what each provider's $ price charges: per provider its cheapest
     * {@linkplain Offer#compared() compared} offer. Free offers ({@code free: true}) and offers
     * with only pinned credits (no $ price from the provider) are listed but not compared.
     *
     * @param offers            every active model of the family, cheapest first
     * @param cheapestProvider  the provider whose compared offer is cheapest; null when two or more
     *                          tie or fewer than two providers can be compared
     * @param cheapestCredits   the cheapest compared offer's credits, or null
     * @param runnerUp          the next provider, or null
     * @param runnerUpCredits   its cheapest compared offer's credits, or null
     * @param tiedProviders     the providers that share the lowest credits when they tie (else empty)
     * @param cheaperByCredits  runner-up minus cheapest (0 for a tie), or null
     * @param cheaperByPct      {@code cheaperByCredits / runnerUpCredits x 100}, one decimal HALF_UP,
     *                          or null (also when the runner-up is at 0)
     */
    public record FamilyComparison(String family, List<Offer> offers, String cheapestProvider,
            Integer cheapestCredits, String runnerUp, Integer runnerUpCredits, List<String> tiedProviders,
            Integer cheaperByCredits, BigDecimal cheaperByPct) {
        public FamilyComparison {
            offers = List.copyOf(offers);
            tiedProviders = List.copyOf(tiedProviders);
        }

        public long providerCount() {
            return offers.stream().map(o -> o.model().provider()).distinct().count();
        }
    }

    /**
     * A model of a family.
     *
     * @param compared true when it takes part in the cheaper-provider verdict
     */
    public record Offer(PricedModel model, boolean compared) {
    }

    /**
     * A recommendation group with its models.
     *
     * @param models the tagged active models in scope, in the group's order
     */
    public record Recommendation(String title, String tag, String description, List<PricedModel> models) {
        public Recommendation {
            models = List.copyOf(models);
        }
    }

    /** The model recommended for a use case. */
    public record ScenarioPick(String scenario, String tag, String why, PricedModel model) {
    }
}
