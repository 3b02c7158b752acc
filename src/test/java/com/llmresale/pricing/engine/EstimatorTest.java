package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatorTest {
    private static final ModelEntry HAIKU =
            ModelEntry.builder("claude-3-5-haiku-latest")
                    .prices(new BigDecimal("0.8"), new BigDecimal("4"))
                    .cachedInput(new BigDecimal("0.08"))
                    .build();
    private static final ModelEntry PINNED = Fixtures.pinned("pinned", 10);
    private static final ModelKey KEY = new ModelKey("anthropic", "claude-3-5-haiku-latest");

    private static Estimator estimator(BigDecimal discount) {
        return new Estimator(
                new Catalog(
                        Settings.defaults(),
                        List.of(
                                new ProviderSheet(
                                        "anthropic",
                                        "Anthropic",
                                        "USD",
                                        null,
                                        null,
                                        discount,
                                        List.of(),
                                        List.of(HAIKU, PINNED)))));
    }

    @Test
    void theWorkloadsOwnMultiplierIsItsCostAgainstTheSameTokensAtTheBaseline() {
        // 1M in + 1M out: $4.80 against 2M x $0.30 = $0.60 -> 8.0x = 160, as the listed credits.
        Estimate plain =
                estimator(null).estimate(KEY, new Workload(1_000_000, 1_000_000, 0, false), 1);
        assertThat(plain.baselineUsd()).isEqualByComparingTo("0.6");
        assertThat(plain.effectiveMultiplier()).isEqualByComparingTo("8.0");
        assertThat(plain.effectiveCredits()).isEqualTo(160);
        assertThat(plain.credit().credits()).isEqualTo(160);
        // All input, 90% cached: 0.1 x 0.8 + 0.9 x 0.08 = $0.152 against $0.30 -> 0.5x = 10
        // credits.
        Estimate cached =
                estimator(null).estimate(KEY, new Workload(1_000_000, 0, 900_000, false), 1);
        assertThat(cached.perRequest().totalUsd()).isEqualByComparingTo("0.152");
        assertThat(cached.effectiveMultiplier()).isEqualByComparingTo("0.5");
        assertThat(cached.effectiveCredits()).isEqualTo(10);
        assertThat(cached.credit().credits()).as("the listed credits do not move").isEqualTo(160);
    }

    @Test
    void noTokensHaveNoMultiplier() {
        Estimate e = estimator(null).estimate(KEY, new Workload(0, 0, 0, false), 5);
        assertThat(e.perRequest().totalUsd()).isEqualByComparingTo("0");
        assertThat(e.effectiveMultiplier()).isNull();
        assertThat(e.creditsAllRequests()).isEqualTo(java.math.BigInteger.valueOf(800));
    }

    @Test
    void requestsMultiplyTokensAndCost() {
        Estimate e =
                estimator(new BigDecimal("0.5"))
                        .estimate(KEY, new Workload(2000, 500, 1500, true), 100_000);
        assertThat(e.allWorkload())
                .isEqualTo(new Workload(200_000_000, 50_000_000, 150_000_000, true));
        // per request: (500 x 0.8 + 1500 x 0.08 + 500 x 4) / 1e6 = 0.00252, half off = 0.00126
        assertThat(e.list().totalUsd()).isEqualByComparingTo("0.00252");
        assertThat(e.perRequest().totalUsd()).isEqualByComparingTo("0.00126");
        assertThat(e.allRequests().totalUsd()).isEqualByComparingTo("126");
        assertThat(e.allRequestsList().totalUsd()).isEqualByComparingTo("252");
        assertThat(e.uncachedInputUsd()).isEqualByComparingTo("0.0004");
    }

    @Test
    void errorsNameTheirField() {
        assertThatThrownBy(() -> estimator(null).estimate(KEY, new Workload(1, 1, 0, true), 1))
                .hasMessageStartingWith("batch: provider anthropic declares no batch discount");
        assertThatThrownBy(
                        () ->
                                estimator(null)
                                        .estimate(
                                                new ModelKey("anthropic", "pinned"),
                                                new Workload(1, 1, 0, false),
                                                1))
                .hasMessageStartingWith("model: anthropic:pinned has no $ price");
        assertThatThrownBy(() -> estimator(null).estimate(KEY, new Workload(1, 1, 0, false), 0))
                .hasMessageStartingWith("requests: must be at least 1");
        assertThatThrownBy(
                        () ->
                                estimator(null)
                                        .estimate(
                                                new ModelKey("anthropic", "nope"),
                                                new Workload(1, 1, 0, false),
                                                1))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void suggestionsPreferIdsThatContainTheQueryThenTheSameProviderThenTheFewestEdits() {
        Catalog catalog =
                new Catalog(
                        Settings.defaults(),
                        List.of(
                                new ProviderSheet(
                                        "anthropic",
                                        null,
                                        "USD",
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        List.of(
                                                Fixtures.priced(
                                                        "claude-3-5-haiku-latest", "0.8", "4"),
                                                Fixtures.priced("claude-3-haiku", "0.25", "1.25"))),
                                new ProviderSheet(
                                        "openrouter",
                                        null,
                                        "USD",
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        List.of(
                                                Fixtures.priced(
                                                        "anthropic/claude-3.5-haiku",
                                                        "0.8",
                                                        "4")))));
        assertThat(ModelSuggestions.closest(catalog, "anthropic:claude-3.5-haiku", 5))
                .containsExactly(
                        new ModelKey("anthropic", "claude-3-5-haiku-latest"),
                        new ModelKey("openrouter", "anthropic/claude-3.5-haiku"),
                        new ModelKey("anthropic", "claude-3-haiku"));
        assertThat(ModelSuggestions.closest(catalog, "groq:llama", 5)).isEmpty();
        assertThat(EditDistance.levenshtein("kitten", "sitting")).isEqualTo(3);
    }
}
