package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.ScenarioLoader;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.Levers;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import com.llmresale.pricing.render.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenario engine against seed 004's figures and the sheets as the seeds priced them
 * (src/test/resources/sheets/seed-era: seed 003's Haiku 4.5 at $0.25 / $1.25); one test per check.
 */
class ScenarioEngineTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Catalog CATALOG =
            CatalogLoader.load(
                    Folder.resolve(ROOT, Path.of("src/test/resources/sheets/seed-era"), "pricing"));
    static final Scenario BALANCED =
            ScenarioLoader.load(ROOT.resolve("scenarios/balanced.yaml"), "scenarios/balanced.yaml");

    static ScenarioReport analyse(Scenario s) {
        return new ScenarioEngine(CATALOG).analyse(s);
    }

    static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_UP);
    }

    static List<String> codes(ScenarioReport r) {
        return r.checks().stream().map(c -> c.code().name()).toList();
    }

    /** A check as the English reports word it. */
    record Said(Check.Severity severity, String code, String message) {}

    static String message(Check c) {
        return Words.ENGLISH.check(c);
    }

    static Said check(ScenarioReport r, String code) {
        return r.checks().stream()
                .filter(c -> c.code().name().equals(code))
                .findFirst()
                .map(c -> new Said(c.severity(), c.code().name(), message(c)))
                .orElseThrow(() -> new AssertionError("no check " + code + " in " + codes(r)));
    }

    /** Balanced with its limits changed. */
    static Scenario withLimits(
            UnaryOperator<Map<LimitPeriod, Long>> requests,
            UnaryOperator<Map<LimitPeriod, Long>> tokens,
            BigDecimal maxBudget) {
        UserLimits l = BALANCED.limits();
        UserLimits changed =
                new UserLimits(
                        requests.apply(new EnumMap<>(l.requests())),
                        tokens.apply(new EnumMap<>(l.tokens())),
                        maxBudget,
                        l.budgetDuration());
        return copy(
                BALANCED,
                changed,
                BALANCED.mix(),
                BALANCED.tokensPerRequest(),
                BALANCED.inputShare());
    }

    static Scenario copy(
            Scenario s,
            UserLimits limits,
            List<MixEntry> mix,
            int tokensPerRequest,
            BigDecimal inputShare) {
        return s.toBuilder()
                .tokensPerRequest(tokensPerRequest)
                .tokenSplit(inputShare, BigDecimal.ONE.subtract(inputShare))
                .limits(limits)
                .mix(mix)
                .build();
    }

    static Map<LimitPeriod, Long> put(Map<LimitPeriod, Long> m, LimitPeriod p, long v) {
        m.put(p, v);
        return m;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            textBlock =
                    """
            revenue_local,          40000
            revenue_usd,            1159.42
            cost_budget_usd,        347.83
            gross_margin_usd,       811.59
            per_user.revenue_usd,   23.19
            per_user.cost_budget_usd, 6.96
            autox.budget_usd,       139.13
            sonnet-4-x.budget_usd,  104.35
            sonnet-4-5-x.budget_usd, 104.35
            """)
    void seed004Figures(String figure, String expected) {
        ScenarioReport r = analyse(BALANCED);
        BigDecimal value =
                switch (figure) {
                    case "revenue_local" -> r.revenueLocal();
                    case "revenue_usd" -> cents(r.revenueUsd());
                    case "cost_budget_usd" -> cents(r.costBudgetUsd());
                    case "gross_margin_usd" -> cents(r.grossMarginUsd());
                    case "per_user.revenue_usd" -> cents(r.perUser().revenueUsd());
                    case "per_user.cost_budget_usd" -> cents(r.perUser().costBudgetUsd());
                    default ->
                            cents(
                                    r.mix().stream()
                                            .filter(m -> figure.startsWith(m.entry().alias() + "."))
                                            .findFirst()
                                            .orElseThrow()
                                            .budgetUsd());
                };
        assertThat(value).isEqualByComparingTo(expected);
    }

    @Test
    void roundsOnlyAtOutput() {
        ScenarioReport r = analyse(BALANCED);
        // 40000 / 34.5 = 1159.4202898..., x 0.3 = 347.8260869...: exact to 34 digits, not
        // pre-rounded
        assertThat(r.revenueUsd().precision()).isGreaterThan(20);
        assertThat(r.costBudgetUsd().toPlainString()).startsWith("347.826086956521739130434782608");
        assertThat(r.totalRequests()).isEqualTo(150_000);
        assertThat(r.totalTokens()).isEqualTo(75_000_000);
        assertThat(r.perUser().requestsPerMonth()).isEqualTo(3000);
        assertThat(r.perUser().tokensPerMonth()).isEqualTo(1_500_000);
    }

    @Test
    void capacityAtTheSheetPrices() {
        ScenarioReport r = analyse(BALANCED);
        // Haiku 4.5 0.25/1.25 and Sonnet 3/15 at 75% input: 0.5 and 6 $/1M; 0.4 x 0.5 + 0.6 x 6 =
        // 3.8
        assertThat(r.blendedUsdPerMtok()).isEqualByComparingTo("3.8");
        assertThat(r.tokensBudgetBuys())
                .isEqualTo(91_533_180L); // 347.826.../3.8 x 1M, rounded down
        assertThat(r.worstCase().costUsd()).isEqualByComparingTo("285"); // 75M x 3.8 / 1M
        assertThat(r.worstCase().overBudget()).isFalse();
        assertThat(r.breakEven().pricePerUserLocal())
                .isEqualByComparingTo("655.50"); // 5.70 / 0.3 x 34.5
        assertThat(r.breakEven().usersWithinBudget()).isEqualTo(61); // 347.83 / 5.70
    }

    @Test
    void flagsTheSeedsInconsistencies() {
        ScenarioReport r = analyse(BALANCED);
        assertThat(check(r, "REQUESTS_HOUR_VS_DAY").severity()).isEqualTo(Check.Severity.WARNING);
        assertThat(check(r, "REQUESTS_HOUR_VS_DAY").message())
                .contains("2,880 per day")
                .contains("cap of 100");
        assertThat(check(r, "MAX_BUDGET_ABOVE_ALLOWANCE").message())
                .contains("$23.19")
                .contains("$6.96");
        assertThat(check(r, "CAPACITY_CLAIM").severity()).isEqualTo(Check.Severity.WARNING);
        assertThat(check(r, "CAPACITY_CLAIM").message())
                .contains("115,000,000")
                .contains("does not follow")
                .contains("75,000,000");
        assertThat(check(r, "TOKENS_MINUTE_VS_HOUR").message())
                .contains("49,980")
                .contains("never be reached");
        assertThat(check(r, "PROXY_CAPS_NOT_ENFORCED").message())
                .contains("requests_per_day")
                .contains("tokens_per_day");
        assertThat(check(r, "PROXY_SPEND_OVER_BUDGET").message()).contains("$1,159.50");
        assertThat(codes(r))
                .doesNotContain(
                        "REQUESTS_MINUTE_VS_HOUR",
                        "REQUESTS_DAY_VS_MONTH",
                        "TOKENS_DAY_VS_MONTH",
                        "MIX_WEIGHTS_NOT_100",
                        "PEAK_RPM",
                        "PEAK_TPM",
                        "WORST_CASE_OVER_BUDGET",
                        "TOKEN_CAPS_BIND");
    }

    @Test
    void checksAreOrderedBySeverity() {
        List<Check.Severity> severities =
                analyse(BALANCED).checks().stream().map(Check::severity).toList();
        assertThat(severities).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void perMinuteTimes60BelowPerHour() {
        ScenarioReport r = analyse(withLimits(m -> put(m, LimitPeriod.MINUTE, 1), m -> m, null));
        assertThat(check(r, "REQUESTS_MINUTE_VS_HOUR").message())
                .contains("1 per minute x 60 = 60 per hour")
                .contains("never be reached");
    }

    @Test
    void perMinuteTimes60AboveTwicePerHour() {
        ScenarioReport r = analyse(withLimits(m -> put(m, LimitPeriod.MINUTE, 10), m -> m, null));
        Said c = check(r, "REQUESTS_MINUTE_VS_HOUR");
        assertThat(c.severity()).isEqualTo(Check.Severity.WARNING);
        assertThat(c.message()).contains("600 per hour, 5.0x the per-hour cap of 120");
    }

    @Test
    void perDayTimes30VsPerMonth() {
        ScenarioReport below =
                analyse(
                        withLimits(
                                m -> put(m, LimitPeriod.MONTH, 4000),
                                m -> put(m, LimitPeriod.MONTH, 2_000_000),
                                null));
        assertThat(check(below, "REQUESTS_DAY_VS_MONTH").message())
                .contains("3,000 per month, below the per-month cap of 4,000");
        assertThat(check(below, "TOKENS_DAY_VS_MONTH").severity())
                .isEqualTo(Check.Severity.WARNING);
        ScenarioReport slightlyAbove =
                analyse(withLimits(m -> m, m -> put(m, LimitPeriod.DAY, 60_000), null));
        assertThat(check(slightlyAbove, "TOKENS_DAY_VS_MONTH").severity())
                .isEqualTo(Check.Severity.INFO);
        assertThat(check(slightlyAbove, "TOKENS_DAY_VS_MONTH").message())
                .contains("1.2x the per-month cap");
    }

    @Test
    void tokensPerRequestTimesRequestsAboveTheTokenCaps() {
        Scenario s = copy(BALANCED, BALANCED.limits(), BALANCED.mix(), 1000, BALANCED.inputShare());
        Said c = check(analyse(s), "TOKEN_CAPS_BIND");
        assertThat(c.message())
                .contains("per minute 833 tokens allow 0 requests, not 2")
                .contains("per month 1,500,000 tokens allow 1,500 requests, not 3,000");
        assertThat(check(analyse(BALANCED), "TOKEN_CAPS_ABOVE_REQUESTS").message())
                .contains("per month 3,000 x 400 = 1,200,000 < 1,500,000");
    }

    @Test
    void fewerUsersNeverReachTheTargetMargin() {
        // no fixed cost: budget and worst case both scale with users, so the verdict cannot change
        // with users
        Scenario s = copy(BALANCED, BALANCED.limits(), BALANCED.mix(), 400, new BigDecimal("0.5"));
        for (int users : new int[] {1, 10, 40, 50, 1000}) {
            ScenarioReport r = analyse(s.with(users, null, null, null, null));
            assertThat(r.worstCase().overBudget()).as("%d users", users).isTrue();
            assertThat(check(r, "WORST_CASE_OVER_BUDGET").message()).doesNotContain("at most");
        }
    }

    @Test
    void maxBudgetAdviceRoundsDownToTheCent() {
        // allowance 6.9565...: $6.96 (the allowance HALF_UP) is still above it, and the advice is
        // $6.95
        ScenarioReport r = analyse(withLimits(m -> m, m -> m, new BigDecimal("6.96")));
        assertThat(check(r, "MAX_BUDGET_ABOVE_ALLOWANCE").message())
                .contains("max_budget $6.96 is above the per-user cost allowance of $6.9565")
                .contains("set max_budget to $6.95 or less")
                .doesNotContain("allowance of $6.96");
        assertThat(check(r, "PROXY_SPEND_OVER_BUDGET").message())
                .contains("$348.00")
                .contains("100.1%")
                .contains("set max_budget to $6.95");
        assertThat(check(analyse(BALANCED), "PROXY_SPEND_OVER_BUDGET").message())
                .contains("set max_budget to $6.95");
    }

    @Test
    void modelWorstCaseAboveItsBudgetShare() {
        // weight 30 = 30% of the traffic: 22.5M tokens x $6.00/1M = $135.00 > 30% of $347.83 =
        // $104.35
        ScenarioReport r = analyse(BALANCED);
        List<Check> flagged =
                r.checks().stream()
                        .filter(c -> c.code().name().equals("MODEL_WORST_CASE_OVER_BUDGET"))
                        .toList();
        assertThat(flagged)
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.severity()).isEqualTo(Check.Severity.WARNING));
        assertThat(message(flagged.get(0)))
                .startsWith("sonnet-4-x:")
                .contains("$135.00")
                .contains("$104.35")
                .contains("$30.65 over")
                .contains("only while they stay under them");
        assertThat(flagged).noneMatch(c -> message(c).startsWith("autox")); // $15.00 of $139.13
        assertThat(r.mix().get(1).worstCaseUsd()).isGreaterThan(r.mix().get(1).budgetUsd());
    }

    @Test
    void modelWithinItsBudgetShareIsNotFlagged() {
        List<MixEntry> haikuOnly = List.of(BALANCED.mix().get(0));
        ScenarioReport r =
                analyse(copy(BALANCED, BALANCED.limits(), haikuOnly, 400, BALANCED.inputShare()));
        assertThat(codes(r)).doesNotContain("MODEL_WORST_CASE_OVER_BUDGET");
    }

    @Test
    void maxBudgetWithinTheAllowanceIsNotFlagged() {
        ScenarioReport r = analyse(withLimits(m -> m, m -> m, new BigDecimal("6.95")));
        assertThat(codes(r))
                .doesNotContain("MAX_BUDGET_ABOVE_ALLOWANCE", "PROXY_SPEND_OVER_BUDGET");
    }

    @Test
    void peakLoadAboveTheGlobalLimits() {
        ScenarioReport r = analyse(BALANCED.with(5000, null, null, null, null));
        // 5000 users x 2 rpm x 30% = 3000 > 480; 5000 x 833 x 30% = 1,249,500 > 240,000
        assertThat(r.checks())
                .filteredOn(c -> c.code().name().equals("PEAK_RPM"))
                .extracting(ScenarioEngineTest::message)
                .anySatisfy(
                        m ->
                                assertThat(m)
                                        .startsWith("sonnet-4-x:")
                                        .contains("= 3,000 requests/minute")
                                        .contains("480"));
        assertThat(r.checks()).filteredOn(c -> c.code().name().equals("PEAK_TPM")).hasSize(3);
        assertThat(codes(analyse(BALANCED.with(100, null, null, null, null))))
                .doesNotContain("PEAK_RPM", "PEAK_TPM");
    }

    @Test
    void peakLoadWithinTheLimitsAtTheMixButNotIfEveryUserCallsOneAlias() {
        // 300 users x 2 rpm = 600 > 480 on one Sonnet alias; at its 30% share 180 <= 480
        ScenarioReport r = analyse(BALANCED.with(300, null, null, null, null));
        assertThat(codes(r)).doesNotContain("PEAK_RPM", "PEAK_TPM");
        assertThat(r.checks())
                .filteredOn(c -> c.code().name().equals("PEAK_RPM_ONE_ALIAS"))
                .extracting(
                        c ->
                                c.severity().name()
                                        + " "
                                        + message(c).substring(0, message(c).indexOf(':')))
                .containsExactly("INFO sonnet-4-x", "INFO sonnet-4-5-x");
        assertThat(check(r, "PEAK_RPM_ONE_ALIAS").message())
                .contains("300 users x 2 requests/minute = 600 requests/minute")
                .contains("above its global limit of 480");
        // 50 users x 2 = 100 is within every alias's limit even all on one
        assertThat(codes(analyse(BALANCED)))
                .doesNotContain("PEAK_RPM_ONE_ALIAS", "PEAK_TPM_ONE_ALIAS");
        // where the share-scaled check fires, the one-alias one does not repeat it
        assertThat(codes(analyse(BALANCED.with(5000, null, null, null, null))))
                .doesNotContain("PEAK_RPM_ONE_ALIAS");
    }

    @Test
    void mixWeightsNotSummingTo100() {
        List<MixEntry> mix = new ArrayList<>(BALANCED.mix());
        MixEntry last = mix.remove(2);
        mix.add(
                new MixEntry(
                        last.alias(),
                        last.provider(),
                        last.model(),
                        BigDecimal.valueOf(20),
                        last.rpm(),
                        last.tpm(),
                        last.apiKeyEnv(),
                        last.line()));
        ScenarioReport r =
                analyse(copy(BALANCED, BALANCED.limits(), mix, 400, BALANCED.inputShare()));
        assertThat(check(r, "MIX_WEIGHTS_NOT_100").message()).contains("add up to 90");
        BigDecimal sum =
                r.mix().stream()
                        .map(ScenarioReport.MixLine::budgetUsd)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(cents(sum)).isEqualByComparingTo(cents(r.costBudgetUsd()));
        assertThat(cents(r.mix().get(0).budgetUsd()))
                .isEqualByComparingTo("154.59"); // 347.826... x 40/90
    }

    @Test
    void mixModelMissingFromTheSheetsIsAnError() {
        List<MixEntry> mix = new ArrayList<>(BALANCED.mix());
        MixEntry first = mix.remove(0);
        mix.add(
                0,
                new MixEntry(
                        first.alias(),
                        "anthropic",
                        "claude-4-haiku",
                        first.weight(),
                        first.rpm(),
                        first.tpm(),
                        null,
                        first.line()));
        Scenario s = copy(BALANCED, BALANCED.limits(), mix, 400, BALANCED.inputShare());
        assertThatThrownBy(() -> analyse(s))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith(
                        "scenarios/balanced.yaml:"
                                + first.line()
                                + ": mix[autox].model: "
                                + "anthropic:claude-4-haiku is not in the price sheets (anthropic has: ");
        List<MixEntry> noProvider = new ArrayList<>(BALANCED.mix());
        noProvider.set(
                0,
                new MixEntry(
                        "autox", "nobody", "x", first.weight(), null, null, null, first.line()));
        assertThatThrownBy(
                        () ->
                                analyse(
                                        copy(
                                                BALANCED,
                                                BALANCED.limits(),
                                                noProvider,
                                                400,
                                                BALANCED.inputShare())))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("mix[autox].provider: no price sheet for provider 'nobody'");
    }

    @Test
    void capacityClaimThatAgrees() {
        Scenario s =
                Scenario.builder(BALANCED.name())
                        .file(BALANCED.file())
                        .users(50)
                        .currency("TRY")
                        .pricePerUser(BALANCED.pricePerUser())
                        .fxRate(BALANCED.fxRate())
                        .costMargin(BALANCED.costMargin())
                        .tokensPerRequest(400)
                        .tokenSplit(BALANCED.inputShare(), BALANCED.outputShare())
                        .limits(BALANCED.limits())
                        .mix(BALANCED.mix())
                        .capacityClaim(75_000_000L, null)
                        .build();
        assertThat(check(analyse(s), "CAPACITY_CLAIM").severity()).isEqualTo(Check.Severity.INFO);
    }

    @Test
    void worstCaseOverBudgetAndBreakEven() {
        // 50/50 split: Haiku 0.75, Sonnet 9 $/1M; blended 0.4 x 0.75 + 0.6 x 9 = 5.7; 75M tokens =
        // $427.50
        Scenario s = copy(BALANCED, BALANCED.limits(), BALANCED.mix(), 400, new BigDecimal("0.5"));
        ScenarioReport r = analyse(s);
        assertThat(r.worstCase().costUsd()).isEqualByComparingTo("427.5");
        assertThat(cents(r.worstCase().overBudgetUsd())).isEqualByComparingTo("79.67");
        // 8.55 per user / 0.3 x 34.5 = 983.25 TL; 347.826... / 8.55 = 40.68 -> 40 users
        assertThat(r.breakEven().pricePerUserLocal()).isEqualByComparingTo("983.25");
        assertThat(r.breakEven().usersWithinBudget()).isEqualTo(40);
        assertThat(check(r, "WORST_CASE_OVER_BUDGET").message())
                .contains("$427.50")
                .contains("983.25 TRY")
                .contains("fewer users does not help")
                .doesNotContain("40 users");
        assertThat(check(analyse(BALANCED), "WORST_CASE_WITHIN_BUDGET").message())
                .contains("$285.00");
        // at the break-even price the worst case is (just) inside the budget
        assertThat(
                        analyse(s.with(null, new BigDecimal("983.25"), null, null, null))
                                .worstCase()
                                .overBudget())
                .isFalse();
        assertThat(
                        analyse(s.with(null, new BigDecimal("983.24"), null, null, null))
                                .worstCase()
                                .overBudget())
                .isTrue();
    }

    @Test
    void overridesRecomputeEverything() {
        ScenarioReport r =
                analyse(
                        BALANCED.with(
                                100,
                                new BigDecimal("1000"),
                                new BigDecimal("40"),
                                new BigDecimal("0.5"),
                                null));
        assertThat(r.revenueLocal()).isEqualByComparingTo("100000");
        assertThat(r.revenueUsd()).isEqualByComparingTo("2500");
        assertThat(r.costBudgetUsd()).isEqualByComparingTo("1250");
        assertThat(r.perUser().costBudgetUsd()).isEqualByComparingTo("12.5");
        assertThat(r.totalTokens()).isEqualTo(150_000_000L);
        assertThat(r.worstCase().costUsd()).isEqualByComparingTo("570");
    }

    @Test
    void proxyChecks() {
        ScenarioReport r = analyse(BALANCED);
        assertThat(check(r, "PROXY_MIX_BY_ALIAS").message()).contains("balanced-mix");
    }

    @Test
    void inactiveMixModelIsFlagged() {
        List<ProviderSheet> sheets = new ArrayList<>(CATALOG.sheets());
        ProviderSheet a = CATALOG.sheet("anthropic").orElseThrow();
        List<ModelEntry> models =
                a.models().stream()
                        .map(
                                m ->
                                        m.id().equals("claude-sonnet-4")
                                                ? m.toBuilder().active(false).build()
                                                : m)
                        .toList();
        sheets.set(
                sheets.indexOf(a),
                new ProviderSheet(
                        a.provider(),
                        a.name(),
                        a.currency(),
                        a.updated(),
                        a.source(),
                        a.batchDiscount(),
                        a.notes(),
                        models));
        ScenarioReport r =
                new ScenarioEngine(new Catalog(CATALOG.settings(), sheets)).analyse(BALANCED);
        assertThat(check(r, "MIX_MODEL_INACTIVE").message()).contains("anthropic:claude-sonnet-4");
    }

    // ---- levers -------------------------------------------------------------------------------

    static ScenarioReport withLevers(Levers levers) {
        return analyse(BALANCED.with(null, null, null, null, levers));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
            # lever,             prompt cache, batch, semantic, output cap, cost after
            semantic cache 50%,  ,             ,      0.5,      ,           142.5
            semantic cache 30%,  ,             ,      0.3,      ,           199.5
            prompt cache 50%,    0.5,          ,      ,         ,           236.90625
            prompt cache 100%,   1,            ,      ,         ,           188.8125
            batch 100%,          ,             1,     ,         ,           142.5
            batch 50%,           ,             0.5,   ,         ,           213.75
            output cap 50,       ,             ,      ,         50,         195.9375
            output cap 100,      ,             ,      ,         100,        285
            output cap 200,      ,             ,      ,         200,        285
            """)
    void eachLeverAlone(
            String name,
            BigDecimal promptCache,
            BigDecimal batch,
            BigDecimal semantic,
            Integer cap,
            BigDecimal after) {
        LeverWaterfall w = withLevers(new Levers(promptCache, batch, semantic, cap)).levers();
        assertThat(w.beforeUsd()).isEqualByComparingTo("285");
        assertThat(w.steps()).hasSize(1);
        assertThat(w.afterUsd()).isEqualByComparingTo(after);
        assertThat(w.steps().get(0).savingUsd())
                .isEqualByComparingTo(new BigDecimal("285").subtract(after));
        assertThat(w.usersBefore()).isEqualTo(61);
    }

    @Test
    void waterfallAppliesLeversInOrderAndCountsUsers() {
        LeverWaterfall w =
                withLevers(
                                new Levers(
                                        new BigDecimal("0.5"),
                                        new BigDecimal("0.5"),
                                        new BigDecimal("0.5"),
                                        50))
                        .levers();
        assertThat(w.steps())
                .extracting(LeverWaterfall.Step::lever)
                .containsExactly(
                        "semantic_cache_hit_rate",
                        "output_cap_tokens",
                        "prompt_cache_hit_rate",
                        "batch_share");
        BigDecimal previous = w.beforeUsd();
        for (LeverWaterfall.Step step : w.steps()) {
            assertThat(step.savingUsd()).isEqualByComparingTo(previous.subtract(step.costUsd()));
            previous = step.costUsd();
        }
        // semantic halves 285 -> 142.5; cap halves output -> 97.96875; cache on half the input;
        // batch half at 50% off
        assertThat(w.steps().get(1).costUsd()).isEqualByComparingTo("97.96875");
        assertThat(w.usersAfter()).isGreaterThan(w.usersBefore());
        BigDecimal perUser =
                w.afterUsd().divide(BigDecimal.valueOf(50), java.math.MathContext.DECIMAL128);
        assertThat(w.usersAfter())
                .isEqualTo(
                        analyse(BALANCED)
                                .costBudgetUsd()
                                .divide(perUser, java.math.MathContext.DECIMAL128)
                                .setScale(0, RoundingMode.DOWN)
                                .longValue());
    }

    @Test
    void noLeversNoWaterfall() {
        assertThat(analyse(BALANCED).levers()).isNull();
    }

    @Test
    void outputCapAboveTheAverageIsNoted() {
        assertThat(
                        check(
                                        withLevers(new Levers(null, null, null, 150)),
                                        "OUTPUT_CAP_ABOVE_AVERAGE")
                                .message())
                .contains("average output of 100");
    }

    @Test
    void batchOnAProviderWithoutBatchDiscount() {
        List<ProviderSheet> sheets = new ArrayList<>(CATALOG.sheets());
        ProviderSheet a = CATALOG.sheet("anthropic").orElseThrow();
        sheets.set(
                sheets.indexOf(a),
                new ProviderSheet(
                        a.provider(),
                        a.name(),
                        a.currency(),
                        a.updated(),
                        a.source(),
                        null,
                        a.notes(),
                        a.models()));
        ScenarioReport r =
                new ScenarioEngine(new Catalog(CATALOG.settings(), sheets))
                        .analyse(
                                BALANCED.with(
                                        null,
                                        null,
                                        null,
                                        null,
                                        new Levers(null, BigDecimal.ONE, null, null)));
        assertThat(check(r, "BATCH_UNAVAILABLE").message())
                .contains("autox (anthropic)")
                .contains("batch_discount");
        assertThat(r.levers().afterUsd())
                .isEqualByComparingTo("285"); // never a saving the provider does not give
    }

    /** The catalog with the given anthropic model's cached_input price removed. */
    static Catalog withoutCachedPrice(String modelId) {
        List<ProviderSheet> sheets = new ArrayList<>(CATALOG.sheets());
        ProviderSheet a = CATALOG.sheet("anthropic").orElseThrow();
        List<ModelEntry> models =
                a.models().stream()
                        .map(
                                m ->
                                        !m.id().equals(modelId)
                                                ? m
                                                : m.toBuilder().cachedInput(null).build())
                        .toList();
        sheets.set(
                sheets.indexOf(a),
                new ProviderSheet(
                        a.provider(),
                        a.name(),
                        a.currency(),
                        a.updated(),
                        a.source(),
                        a.batchDiscount(),
                        a.notes(),
                        models));
        return new Catalog(CATALOG.settings(), sheets);
    }

    @Test
    void promptCacheOnAModelWithoutCachedInputPrice() {
        Scenario s =
                BALANCED.with(
                        null,
                        null,
                        null,
                        null,
                        new Levers(new BigDecimal("0.5"), null, null, null));
        ScenarioReport r = new ScenarioEngine(withoutCachedPrice("claude-haiku-4-5")).analyse(s);
        assertThat(check(r, "CACHE_PRICE_UNAVAILABLE").severity())
                .isEqualTo(Check.Severity.WARNING);
        assertThat(check(r, "CACHE_PRICE_UNAVAILABLE").message())
                .contains("autox (anthropic:claude-haiku-4-5)")
                .contains("no prompt-cache saving");
        assertThat(r.levers().steps().get(0).note())
                .isEqualTo(
                        Phrase.of(
                                "lever.note.prompt_cache_hit_rate.some_without",
                                new BigDecimal("0.5"),
                                List.of("autox")));
        // the Sonnets still save; Haiku's share of the cost does not move
        ScenarioReport full = analyse(s);
        assertThat(r.levers().afterUsd()).isGreaterThan(full.levers().afterUsd());
        assertThat(r.levers().afterUsd()).isLessThan(r.levers().beforeUsd());
    }

    @Test
    void promptCacheWithCachedPricesIsNotFlagged() {
        ScenarioReport r =
                analyse(
                        BALANCED.with(
                                null,
                                null,
                                null,
                                null,
                                new Levers(new BigDecimal("0.5"), null, null, null)));
        assertThat(codes(r)).doesNotContain("CACHE_PRICE_UNAVAILABLE");
        assertThat(r.levers().steps().get(0).note())
                .isEqualTo(Phrase.of("lever.note.prompt_cache_hit_rate", new BigDecimal("0.5")));
    }

    // ---- the shipped scenarios say what their data does ----------------------------------------

    static Scenario shipped(String name) {
        return ScenarioLoader.load(
                ROOT.resolve("scenarios/" + name + ".yaml"), "scenarios/" + name + ".yaml");
    }

    @Test
    void economyCommentMatchesItsLimits() throws java.io.IOException {
        UserLimits b = BALANCED.limits();
        UserLimits e = shipped("economy").limits();
        BigDecimal sixty = new BigDecimal("0.6");
        for (LimitPeriod p : List.of(LimitPeriod.DAY, LimitPeriod.MONTH)) {
            assertThat(BigDecimal.valueOf(e.requests().get(p)))
                    .isEqualByComparingTo(sixty.multiply(BigDecimal.valueOf(b.requests().get(p))));
            assertThat(BigDecimal.valueOf(e.tokens().get(p)))
                    .isEqualByComparingTo(sixty.multiply(BigDecimal.valueOf(b.tokens().get(p))));
        }
        assertThat(e.requests().get(LimitPeriod.MINUTE))
                .isEqualTo(b.requests().get(LimitPeriod.MINUTE));
        assertThat(e.tokens().get(LimitPeriod.MINUTE))
                .isEqualTo(b.tokens().get(LimitPeriod.MINUTE));
        assertThat(e.requests().get(LimitPeriod.HOUR) * 2)
                .isEqualTo(b.requests().get(LimitPeriod.HOUR));
        assertThat(e.tokens()).doesNotContainKey(LimitPeriod.HOUR);
        String text = java.nio.file.Files.readString(ROOT.resolve("scenarios/economy.yaml"));
        assertThat(text)
                .contains("daily and monthly caps at 60% of")
                .contains("no per-hour token cap")
                .doesNotContain("limits at 60% of balanced");
    }

    @Test
    void growthCommentDescribesItsGrid() throws java.io.IOException {
        Scenario g = shipped("growth");
        assertThat(g.gridUsers()).containsExactly(100, 150, 200, 300, 400);
        assertThat(java.nio.file.Files.readString(ROOT.resolve("scenarios/growth.yaml")))
                .contains("users x price per user (100-400 users, 600-1,200 TL")
                .doesNotContain("6-month");
    }

    @Test
    void premiumSaysItIsOverBudgetAtTheWorstCase() throws java.io.IOException {
        ScenarioReport r = analyse(shipped("premium"));
        assertThat(r.worstCase().overBudget()).isTrue();
        String text = java.nio.file.Files.readString(ROOT.resolve("scenarios/premium.yaml"));
        assertThat(text)
                .contains("Over budget at the worst case")
                .contains(ScenarioEngine.usd(r.worstCase().costUsd()))
                .contains(ScenarioEngine.usd(r.costBudgetUsd()))
                .contains(
                        String.format(
                                java.util.Locale.ROOT, "%,.2f", r.breakEven().pricePerUserLocal()));
    }

    // ---- sensitivity --------------------------------------------------------------------------

    @Test
    void sensitivityGrid() {
        SensitivityReport r =
                new Sensitivity(new ScenarioEngine(CATALOG)).grid(BALANCED, List.of(), List.of());
        assertThat(r.cells()).hasSize(16);
        assertThat(r.cells())
                .extracting(SensitivityReport.Cell::users)
                .containsOnly(25, 50, 75, 100);
        SensitivityReport.Cell seed =
                r.cells().stream()
                        .filter(
                                c ->
                                        c.users() == 50
                                                && c.pricePerUser().compareTo(new BigDecimal("800"))
                                                        == 0)
                        .findFirst()
                        .orElseThrow();
        assertThat(seed.worstCaseUsd()).isEqualByComparingTo("285");
        assertThat(cents(seed.grossMarginUsd())).isEqualByComparingTo("874.42");
        assertThat(r.cells())
                .allSatisfy(
                        c ->
                                assertThat(c.withinBudget())
                                        .isEqualTo(
                                                c.worstCaseUsd().compareTo(c.costBudgetUsd())
                                                        <= 0));
        SensitivityReport given =
                new Sensitivity(new ScenarioEngine(CATALOG))
                        .grid(BALANCED, List.of(10, 20), List.of(new BigDecimal("500")));
        assertThat(given.cells()).extracting(SensitivityReport.Cell::users).containsExactly(10, 20);
        SensitivityReport same =
                new Sensitivity(new ScenarioEngine(CATALOG))
                        .grid(
                                BALANCED,
                                List.of(50, 50),
                                List.of(
                                        new BigDecimal("800"),
                                        new BigDecimal("800.0"),
                                        new BigDecimal("800.00")));
        assertThat(same.cells()).hasSize(1);
        assertThat(same.cells().get(0).pricePerUser()).hasToString("800");
    }
}
