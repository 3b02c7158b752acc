package com.llmresale.pricing.engine;

import static com.llmresale.pricing.engine.Fixtures.catalog;
import static com.llmresale.pricing.engine.Fixtures.free;
import static com.llmresale.pricing.engine.Fixtures.pinned;
import static com.llmresale.pricing.engine.Fixtures.priced;
import static com.llmresale.pricing.engine.Fixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderScope;
import com.llmresale.pricing.model.RecommendationGuide;
import com.llmresale.pricing.render.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LintTest {
    private static final LocalDate TODAY = Fixtures.UPDATED.plusDays(10);
    private static final LintRules RULES = LintRules.defaults(TODAY);

    private static List<String> codes(Catalog catalog, LintRules rules) {
        return Lint.check(catalog, RecommendationGuide.none(), rules, ProviderScope.ALL)
                .warnings()
                .stream()
                .map(w -> w.code().id() + " " + w.provider() + ":" + w.model())
                .toList();
    }

    private static List<String> codes(Catalog catalog) {
        return codes(catalog, RULES);
    }

    @Test
    void aCleanCatalogHasNoWarnings() {
        Catalog clean =
                catalog(
                        sheet(
                                "groq",
                                priced("gemini-2.5-flash", "0.30", "0.30", null),
                                priced("m", "0.59", "0.79", "llama-70b"),
                                pinned("p", 46, "llama-70b")),
                        sheet(
                                "together",
                                priced("n", "0.88", "0.88", "llama-70b"),
                                free("f", "llama-70b")));

        LintReport report = Lint.check(clean, RecommendationGuide.none(), RULES, ProviderScope.ALL);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.models()).isEqualTo(5);
        assertThat(report.sheets()).isEqualTo(2);
    }

    @Test
    void aPinBetweenTwoStepsIsFlagged() {
        Catalog offStep = catalog(sheet("groq", pinned("odd", 9, null), pinned("even", 8, null)));

        List<LintWarning> warnings =
                Lint.check(offStep, RecommendationGuide.none(), RULES, ProviderScope.ALL)
                        .warnings();

        assertThat(warnings).extracting(LintWarning::code).containsExactly(LintCode.PIN_OFF_STEP);
        assertThat(warnings.get(0).model()).isEqualTo("odd");
        assertThat(Words.ENGLISH.phrase(warnings.get(0).message()))
                .contains("pinned at 9 credits")
                .contains("0.4x (8 credits)")
                .contains("ULTRA_CHEAP");
    }

    @Test
    void seedPinsFarFromTheirFamilyAreFlaggedFreeModelsAside() {
        Catalog seed =
                catalog(
                        sheet(
                                "together",
                                pinned("llama-3.1-405b-instruct-turbo", 30, "llama-3.1-405b"),
                                priced(
                                        "Meta-Llama-3.1-405B-Instruct-Turbo",
                                        "3.50",
                                        "3.50",
                                        "llama-3.1-405b"),
                                pinned("llama-3.3-70b-together", 10, "llama-3.3-70b"),
                                free(
                                        "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free",
                                        "llama-3.3-70b"),
                                priced(
                                        "meta-llama/Llama-3.3-70B-Instruct-Turbo",
                                        "0.88",
                                        "0.88",
                                        "llama-3.3-70b")));

        List<LintWarning> warnings =
                Lint.check(seed, RecommendationGuide.none(), RULES, ProviderScope.ALL).warnings();

        assertThat(warnings).extracting(LintWarning::code).containsOnly(LintCode.PIN_VS_FAMILY);
        assertThat(warnings)
                .extracting(LintWarning::model)
                .containsExactly("llama-3.1-405b-instruct-turbo", "llama-3.3-70b-together");
        assertThat(Words.ENGLISH.phrase(warnings.get(0).message())).contains("30").contains("234");
        assertThat(Words.ENGLISH.phrase(warnings.get(1).message()))
                .contains("10")
                .contains("58")
                .doesNotContain("Free");
    }

    @ParameterizedTest(name = "pin {0} vs computed {1}..{2}: flagged at {3}% = {4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            10 | 0.88 | 0.88 | 25 | true
            56 | 0.88 | 0.88 | 25 | false
            40 | 0.88 | 0.88 | 25 | true
            40 | 0.88 | 0.88 | 35 | false
            """)
    void thePinToleranceDecidesWhatIsVeryDifferent(
            int pin, String in, String out, int tolerance, boolean flagged) {
        Catalog c = catalog(sheet("p", pinned("pin", pin, "f"), priced("priced", in, out, "f")));
        LintRules rules =
                new LintRules(TODAY, 90, BigDecimal.valueOf(tolerance), BigDecimal.valueOf(25));

        assertThat(codes(c, rules).contains("pin_vs_family p:pin")).isEqualTo(flagged);
    }

    @Test
    void aPinFarFromItsOwnPriceIsFlagged() {
        ModelEntry pro =
                ModelEntry.builder("gpt-5-pro")
                        .prices(new BigDecimal("15"), new BigDecimal("120"))
                        .pinnedCredits(1000)
                        .build();

        assertThat(codes(catalog(sheet("openai", pro))))
                .containsExactly("pin_vs_price openai:gpt-5-pro");
    }

    @Test
    void oneFamilyPricedVeryDifferentlyAcrossProvidersIsFlaggedOnTheDearerOne() {
        Catalog c =
                catalog(
                        sheet(
                                "groq",
                                priced("8b-instant", "0.05", "0.08", "llama-8b"),
                                priced("70b", "0.59", "0.79", "llama-70b")),
                        sheet(
                                "together",
                                priced("8b-turbo", "0.18", "0.18", "llama-8b"),
                                priced("70b-turbo", "0.88", "0.88", "llama-70b")));

        assertThat(codes(c)).containsExactly("family_spread together:8b-turbo");
    }

    @Test
    void stalePricesDependOnTheDayGivenNotOnTheClock() {
        Catalog c =
                catalog(
                        sheet("old", Fixtures.UPDATED, priced("m", "1", "1", null)),
                        sheet("undated", (LocalDate) null, priced("m", "1", "1", null)));

        assertThat(codes(c, LintRules.defaults(Fixtures.UPDATED.plusDays(90))))
                .containsExactly("no_updated_date undated:null");
        assertThat(codes(c, LintRules.defaults(Fixtures.UPDATED.plusDays(91))))
                .containsExactly("stale_prices old:null", "no_updated_date undated:null");
    }

    @Test
    void aRecommendationWhoseTagNoActiveModelCarriesIsFlaggedOnceForTheWholeCatalog() {
        Catalog c = catalog(sheet("p", Fixtures.tagged("a", "0.30", "0.30", "best")));
        RecommendationGuide guide =
                new RecommendationGuide(
                        List.of(
                                new RecommendationGuide.Group("Best", "best", null, null, null),
                                new RecommendationGuide.Group("Nobody", "none", null, null, null)),
                        List.of(new RecommendationGuide.Scenario("Chat", "chat", null, null)));

        assertThat(Lint.check(c, guide, RULES, ProviderScope.ALL).warnings())
                .extracting(LintTest::english)
                .containsExactly(
                        "recommendation group 'Nobody': no active model is tagged 'none', so compare leaves it out",
                        "recommendation scenario 'Chat': no active model is tagged 'chat', so compare leaves it out");
        // about no one sheet: not reported when the report is limited to a provider
        assertThat(Lint.check(c, guide, RULES, ProviderScope.of("p")).warnings()).isEmpty();
        assertThat(Lint.check(c, RecommendationGuide.none(), RULES, ProviderScope.ALL).warnings())
                .isEmpty();
    }

    @Test
    void anUpdatedDateAfterTodayIsFlagged() {
        Catalog c = catalog(sheet("dated", Fixtures.UPDATED, priced("m", "1", "1", null)));

        assertThat(codes(c, LintRules.defaults(Fixtures.UPDATED))).isEmpty();
        assertThat(codes(c, LintRules.defaults(Fixtures.UPDATED.minusDays(1))))
                .containsExactly("updated_in_future dated:null");
    }

    @Test
    void zeroAndFreeAreChecked() {
        Catalog c =
                catalog(
                        sheet(
                                "p",
                                priced("zero", "0", "0", null),
                                pinned("zero-pin", 0, null),
                                priced("tiny", "0.01", "0.01", null),
                                ModelEntry.builder("free-but-paid")
                                        .prices(BigDecimal.ONE, BigDecimal.ONE)
                                        .free(true)
                                        .build(),
                                free("really-free", null),
                                priced("inactive-zero", "0", "0", null).toBuilder()
                                        .active(false)
                                        .build()));

        assertThat(codes(c))
                .containsExactly(
                        "zero_price_not_free p:zero",
                        "zero_price_not_free p:zero-pin",
                        "free_but_priced p:free-but-paid",
                        "credits_round_to_zero p:tiny");
    }

    @Test
    void theBaselineModelMustComputeToOneX() {
        // (0.30 + 0.42) / 2 = 0.36; 0.36 / 0.30 = 1.2x: off, but within 0.5x-2.0x
        assertThat(
                        codes(
                                catalog(
                                        sheet(
                                                "google",
                                                priced("gemini-2.5-flash", "0.30", "0.42", null)))))
                .containsExactly("baseline_not_one google:gemini-2.5-flash");
        assertThat(
                        codes(
                                catalog(
                                        sheet(
                                                "google",
                                                priced("gemini-2.5-flash", "0.10", "0.50", null)))))
                .isEmpty();
    }

    private static ModelEntry pinnedWithPrice(String id, String in, String out, int credits) {
        return priced(id, in, out).toBuilder().pinnedCredits(credits).build();
    }

    private static List<String> messages(Catalog catalog) {
        return Lint.check(catalog, RecommendationGuide.none(), RULES, ProviderScope.ALL)
                .warnings()
                .stream()
                .map(
                        w ->
                                w.code().id()
                                        + " "
                                        + w.provider()
                                        + ":"
                                        + w.model()
                                        + " "
                                        + Words.ENGLISH.phrase(w.message()))
                .toList();
    }

    @Test
    void theBaselineModelFarFromOneXNamesItsMultiplierAndItsPin() {
        // Google's list price: (0.30 + 2.50) / 2 = 1.40; 1.40 / 0.30 = 4.666... -> 4.7x = 94
        // credits
        assertThat(
                        messages(
                                catalog(
                                        sheet(
                                                "google",
                                                priced("gemini-2.5-flash", "0.30", "2.50", null)))))
                .containsExactly(
                        "baseline_far_from_one google:gemini-2.5-flash the baseline model's own price ($0.30 in / $2.50 out,"
                                + " average $1.40 per 1M tokens) computes to 4.7x, outside 0.5x-2.0x, but the settings define"
                                + " 1.0x as $0.30; not pinned: it is charged 94 credits, not the baseline's 20");
        // pinned at the baseline's 20 credits: no pin_vs_price beside it (this warning names the
        // pin)
        assertThat(
                        messages(
                                catalog(
                                        sheet(
                                                "gemini",
                                                pinnedWithPrice(
                                                        "gemini-2.5-flash", "0.30", "2.50", 20)))))
                .containsExactly(
                        "baseline_far_from_one gemini:gemini-2.5-flash the baseline model's own price"
                                + " ($0.30 in / $2.50 out, average $1.40 per 1M tokens) computes to 4.7x, outside 0.5x-2.0x,"
                                + " but the settings define 1.0x as $0.30; pinned at 20 credits (1.0x), so it is charged as"
                                + " the baseline");
        // far below: (0.05 + 0.20) / 2 = 0.125; 0.125 / 0.30 = 0.41666... -> 0.4x, pinned at 30
        // credits = 1.5x
        assertThat(
                        messages(
                                catalog(
                                        sheet(
                                                "gemini",
                                                pinnedWithPrice(
                                                        "gemini-2.5-flash", "0.05", "0.20", 30)))))
                .containsExactly(
                        "baseline_far_from_one gemini:gemini-2.5-flash the baseline model's own price"
                                + " ($0.05 in / $0.20 out, average $0.125 per 1M tokens) computes to 0.4x, outside 0.5x-2.0x,"
                                + " but the settings define 1.0x as $0.30; pinned at 30 credits (1.5x), so it is charged as"
                                + " pinned");
    }

    @ParameterizedTest(name = "${0} / ${1} -> {2}")
    @CsvSource({
        // avg 0.15 / 0.30 = 0.5x: the lower bound is inside
        "0.10, 0.20, baseline_not_one",
        // avg 0.135 / 0.30 = 0.45 -> 0.4x (HALF_EVEN)
        "0.09, 0.18, baseline_far_from_one",
        // avg 0.60 / 0.30 = 2.0x: the upper bound is inside
        "0.40, 0.80, baseline_not_one",
        // avg 0.63 / 0.30 = 2.1x
        "0.42, 0.84, baseline_far_from_one",
        // avg 0.30: exactly 1.0x, nothing to say
        "0.20, 0.40, ''"
    })
    void theBaselineBandIsHalfToTwiceOneX(String in, String out, String code) {
        List<String> expected =
                code.isEmpty() ? List.of() : List.of(code + " google:gemini-2.5-flash");
        assertThat(codes(catalog(sheet("google", priced("gemini-2.5-flash", in, out, null)))))
                .isEqualTo(expected);
    }

    @Test
    void aProviderKeepsOnlyItsWarnings() {
        Catalog c =
                catalog(
                        sheet("groq", priced("8b", "0.05", "0.08", "llama-8b")),
                        sheet(
                                "together",
                                priced("8b", "0.18", "0.18", "llama-8b"),
                                priced("zero", "0", "0", null)));

        assertThat(
                        Lint.check(c, RecommendationGuide.none(), RULES, ProviderScope.of("groq"))
                                .warnings())
                .isEmpty();
        assertThat(
                        Lint.check(
                                        c,
                                        RecommendationGuide.none(),
                                        RULES,
                                        ProviderScope.of("together"))
                                .warnings())
                .extracting(LintWarning::code)
                .containsExactly(LintCode.FAMILY_SPREAD, LintCode.ZERO_PRICE_NOT_FREE);
    }

    @Test
    void rulesRejectImpossibleThresholds() {
        assertThatThrownBy(() -> new LintRules(TODAY, -1, BigDecimal.TEN, BigDecimal.TEN))
                .hasMessageStartingWith("max_age_days:");
        assertThatThrownBy(() -> new LintRules(TODAY, 1, BigDecimal.valueOf(101), BigDecimal.TEN))
                .hasMessageStartingWith("pin_tolerance:");
    }

    @Test
    void aPinFarFromABigFamilyNamesTheThreeNearestPeersAndCountsTheRest() {
        // peers compute to 2, 4, 6, 8, 10 credits ($0.03 average = 0.1x = 2 credits); pinned at 40
        Catalog c =
                catalog(
                        sheet(
                                "p",
                                pinned("pin", 40, "f"),
                                priced("a", "0.03", "0.03", "f"),
                                priced("b", "0.06", "0.06", "f"),
                                priced("c", "0.09", "0.09", "f"),
                                priced("d", "0.12", "0.12", "f"),
                                priced("e", "0.15", "0.15", "f")));

        assertThat(Lint.check(c, RecommendationGuide.none(), RULES, ProviderScope.ALL).warnings())
                .extracting(LintTest::english)
                .containsExactly(
                        "pinned at 40 credits, but family f computes to p c 6, p d 8, p e 10 and 2 more, 2 to 10"
                                + " (75.0% apart from the nearest)");
    }

    @Test
    void atEqualDistanceTheNearestPeerIsTheOneWithTheSmallerKey() {
        // pin 10 between 6 and 14 (4 away each): against 14 it is 28.6% apart (flagged at 25%),
        // against 6 40.0%
        Catalog highFirst =
                catalog(
                        sheet(
                                "p",
                                pinned("pin", 10, "f"),
                                priced("b-six", "0.09", "0.09", "f"),
                                priced("a-fourteen", "0.21", "0.21", "f")));
        Catalog lowFirst =
                catalog(
                        sheet(
                                "p",
                                pinned("pin", 10, "f"),
                                priced("a-six", "0.09", "0.09", "f"),
                                priced("b-fourteen", "0.21", "0.21", "f")));

        assertThat(
                        Lint.check(highFirst, RecommendationGuide.none(), RULES, ProviderScope.ALL)
                                .warnings())
                .extracting(LintTest::english)
                .containsExactly(
                        "pinned at 10 credits, but family f computes to p b-six 6, p a-fourteen 14 (28.6% apart from the nearest)");
        assertThat(
                        Lint.check(lowFirst, RecommendationGuide.none(), RULES, ProviderScope.ALL)
                                .warnings())
                .extracting(LintTest::english)
                .containsExactly(
                        "pinned at 10 credits, but family f computes to p a-six 6, p b-fourteen 14 (40.0% apart from the nearest)");
    }

    /**
     * 64,000 models: 4 providers x (14,000 priced + 2,000 pinned) in 8 families. Model {@code
     * mNNNNN} (priced, i < 14,000) is in family {@code fam(i % 8)} and costs 0.03 x (1 + (i / 8) %
     * 50) $ in and out, so 2 x (1 + (i / 8) % 50) credits: 2 to 100. Even pins sit at 50 credits (a
     * peer computes to exactly that), odd pins at 1000 (90.0% from the dearest peers, 100).
     */
    @Test
    void sixtyFourThousandModelsWithEightThousandPinsAreCheckedAndEachWarningNamesThreePeers() {
        List<com.llmresale.pricing.model.ProviderSheet> sheets = new java.util.ArrayList<>();
        for (int p = 0; p < 4; p++) {
            List<ModelEntry> models = new java.util.ArrayList<>();
            for (int i = 0; i < 14_000; i++) {
                String price =
                        new BigDecimal("0.03")
                                .multiply(BigDecimal.valueOf(1 + (i / 8) % 50))
                                .toPlainString();
                models.add(priced(String.format("m%05d", i), price, price, "fam" + i % 8));
            }
            for (int j = 0; j < 2_000; j++) {
                models.add(
                        pinned(String.format("pin%04d", j), j % 2 == 0 ? 50 : 1000, "fam" + j % 8));
            }
            sheets.add(sheet("p" + p, models.toArray(ModelEntry[]::new)));
        }
        Catalog big = new Catalog(com.llmresale.pricing.model.Settings.defaults(), sheets);

        LintReport report =
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(20),
                        () -> Lint.check(big, RecommendationGuide.none(), RULES, ProviderScope.ALL),
                        "hang guard, not a timing claim");

        assertThat(report.models()).isEqualTo(64_000);
        assertThat(report.warnings())
                .hasSize(4 * 1_000)
                .allSatisfy(
                        w -> {
                            assertThat(w.code()).isEqualTo(LintCode.PIN_VS_FAMILY);
                            int j = Integer.parseInt(w.model().substring(3));
                            assertThat(j % 2).as(w.model()).isEqualTo(1);
                            int f = j % 8;
                            // the dearest peers (100 credits) with the smallest keys: provider p0,
                            // i = 8 x 49 + f, then +400, +800
                            assertThat(Words.ENGLISH.phrase(w.message()))
                                    .isEqualTo(
                                            "pinned at 1000 credits, but family fam"
                                                    + f
                                                    + " computes to "
                                                    + String.format(
                                                            "p0 m%05d 100, p0 m%05d 100, p0 m%05d 100",
                                                            392 + f, 792 + f, 1192 + f)
                                                    + " and 6997 more, 2 to 100 (90.0% apart from the nearest)");
                        });
    }

    /** A warning's message as the English report words it. */
    private static String english(LintWarning w) {
        return Words.ENGLISH.phrase(w.message());
    }
}
