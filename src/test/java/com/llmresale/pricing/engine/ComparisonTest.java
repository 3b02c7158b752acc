package com.llmresale.pricing.engine;

import static com.llmresale.pricing.engine.Fixtures.catalog;
import static com.llmresale.pricing.engine.Fixtures.free;
import static com.llmresale.pricing.engine.Fixtures.pinned;
import static com.llmresale.pricing.engine.Fixtures.priced;
import static com.llmresale.pricing.engine.Fixtures.sheet;
import static com.llmresale.pricing.engine.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.RecommendationGuide;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final Catalog SEED =
            catalog(
                    sheet(
                            "groq",
                            priced("llama-3.3-70b-versatile", "0.59", "0.79", "llama-3.3-70b"),
                            priced("openai/gpt-oss-20b", "0.05", "0.20", "gpt-oss-20b"),
                            priced("llama-3.1-8b-instant", "0.05", "0.08", "llama-3.1-8b")),
                    sheet(
                            "together",
                            free("meta-llama/Llama-3.3-70B-Instruct-Turbo-Free", "llama-3.3-70b"),
                            pinned("llama-3.3-70b-together", 10, "llama-3.3-70b"),
                            priced(
                                    "meta-llama/Llama-3.3-70B-Instruct-Turbo",
                                    "0.88",
                                    "0.88",
                                    "llama-3.3-70b"),
                            priced("openai/gpt-oss-20b", "0.05", "0.20", "gpt-oss-20b"),
                            priced("google/gemma-3n-E4B-it", "0.02", "0.04", "gemma-3n")));

    private static CompareReport.FamilyComparison family(CompareReport report, String family) {
        return report.families().stream()
                .filter(f -> f.family().equals(family))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCheaperProviderIsDecidedOnPricedOffersFreeAndPinOnlyOffersAreShownNotCompared() {
        CompareReport report =
                Comparison.report(
                        SEED, RecommendationGuide.none(), List.of(), List.of(), 3, TokenMix.EVEN);
        CompareReport.FamilyComparison llama = family(report, "llama-3.3-70b");

        // cheapest at the 50/50 mix first: the free tier ($0), groq (0.59+0.79)/2 = $0.69, together
        // $0.88;
        // the pinned-only offer has no $ price and comes last
        assertThat(llama.offers())
                .extracting(o -> o.model().credits())
                .containsExactly(0, 46, 58, 10);
        assertThat(llama.offers())
                .extracting(CompareReport.Offer::compared)
                .containsExactly(false, true, true, false);
        assertThat(llama.cheapestProvider()).isEqualTo("groq");
        assertThat(llama.runnerUp()).isEqualTo("together");
        assertThat(llama.cheaperByCredits()).isEqualTo(12);
        assertThat(llama.cheapestUsd()).isEqualByComparingTo("0.69");
        assertThat(llama.runnerUpUsd()).isEqualByComparingTo("0.88");
        assertThat(llama.cheaperByUsd()).isEqualByComparingTo("0.19");
        assertThat(llama.cheaperByPct()).isEqualTo(new BigDecimal("21.6")); // 0.19 / 0.88 = 21.59%
    }

    @Test
    void sameCreditsAreATieWithoutACheapestProvider() {
        CompareReport.FamilyComparison oss =
                family(
                        Comparison.report(
                                SEED,
                                RecommendationGuide.none(),
                                List.of(),
                                List.of(),
                                3,
                                TokenMix.EVEN),
                        "gpt-oss-20b");

        assertThat(oss.cheapestProvider()).isNull();
        assertThat(oss.tiedProviders()).containsExactly("groq", "together");
        assertThat(oss.cheaperByCredits()).isZero();
    }

    @Test
    void onlyFamiliesOfferedByMoreThanOneProviderUnlessAskedFor() {
        CompareReport all =
                Comparison.report(
                        SEED, RecommendationGuide.none(), List.of(), List.of(), 3, TokenMix.EVEN);
        assertThat(all.families())
                .extracting(CompareReport.FamilyComparison::family)
                .containsExactly("gpt-oss-20b", "llama-3.3-70b");

        CompareReport asked =
                Comparison.report(
                        SEED,
                        RecommendationGuide.none(),
                        List.of("gemma-3n"),
                        List.of(),
                        3,
                        TokenMix.EVEN);
        assertThat(asked.families())
                .extracting(CompareReport.FamilyComparison::family)
                .containsExactly("gemma-3n");
        assertThat(asked.families().get(0).cheapestProvider()).isNull();
        assertThat(asked.providers())
                .extracting(CompareReport.ProviderSummary::provider)
                .containsExactly("together");
    }

    @Test
    void providerSummariesAndTopListsUseChargedCredits() {
        CompareReport report =
                Comparison.report(
                        SEED, RecommendationGuide.none(), List.of(), List.of(), 2, TokenMix.EVEN);

        assertThat(report.providers())
                .extracting(
                        p ->
                                p.provider()
                                        + " "
                                        + p.activeModels()
                                        + " ("
                                        + p.minCredits()
                                        + "-"
                                        + p.maxCredits()
                                        + ")")
                .containsExactly("groq 3 (4-46)", "together 5 (0-58)");
        assertThat(report.cheapest()).extracting(PricedModel::credits).containsExactly(0, 2);
        assertThat(report.mostExpensive()).extracting(PricedModel::credits).containsExactly(58, 46);
    }

    @Test
    void selectionTakesFamiliesModelIdsAndProviderModelAndSuggestsForUnknownNames() {
        List<PricedModel> models =
                PricedModel.active(SEED, new CreditEngine(Settings.defaults()), null);

        Comparison.Selection ok =
                Comparison.select(
                        models,
                        List.of(
                                "GPT-OSS-20B",
                                "llama-3.3-70b-versatile",
                                "together:google/gemma-3n-E4B-it",
                                "gpt-oss-20b"));
        assertThat(ok.families()).containsExactly("gpt-oss-20b", "llama-3.3-70b", "gemma-3n");
        assertThat(ok.unknown()).isEmpty();

        Comparison.Selection bad = Comparison.select(models, List.of("gpt-oss-2b"));
        assertThat(bad.unknown()).containsOnlyKeys("gpt-oss-2b");
        assertThat(bad.unknown().get("gpt-oss-2b")).startsWith("gpt-oss-20b");
    }

    @Test
    void recommendationsComeFromTagsInTheGuidesOrder() {
        Catalog tagged =
                catalog(
                        sheet(
                                "p",
                                tagged("a", "0.30", "0.30", "best"),
                                tagged("b", "0.03", "0.03", "best"),
                                tagged("c", "3", "3", "best", "top"),
                                tagged("d", "1", "1", "top")));
        RecommendationGuide guide =
                new RecommendationGuide(
                        List.of(
                                new RecommendationGuide.Group("Best", "best", null, 2, null),
                                new RecommendationGuide.Group(
                                        "Top",
                                        "top",
                                        RecommendationGuide.Order.MOST_EXPENSIVE,
                                        null,
                                        null),
                                new RecommendationGuide.Group("Nobody", "none", null, null, null)),
                        List.of(
                                new RecommendationGuide.Scenario("Heavy", "top", null, "why"),
                                new RecommendationGuide.Scenario(
                                        "Heaviest",
                                        "top",
                                        RecommendationGuide.Order.MOST_EXPENSIVE,
                                        null)));

        CompareReport report =
                Comparison.report(tagged, guide, List.of(), List.of(), 3, TokenMix.EVEN);

        assertThat(report.recommendations())
                .extracting(CompareReport.Recommendation::title)
                .containsExactly("Best", "Top");
        assertThat(report.recommendations().get(0).models())
                .extracting(PricedModel::model)
                .containsExactly("b", "a");
        assertThat(report.recommendations().get(1).models())
                .extracting(PricedModel::model)
                .containsExactly("c", "d");
        assertThat(report.scenarios())
                .extracting(s -> s.scenario() + "=" + s.model().model())
                .containsExactly("Heavy=d", "Heaviest=c");
    }
}
