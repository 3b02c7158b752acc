package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llmresale.pricing.engine.DecisionReport.Change;
import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.Race;
import com.llmresale.pricing.engine.DecisionReport.Rule;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.DecisionCase;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.render.Words;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {
    /**
     * Together's Llama 3.3 70B Turbo (seed 000: $0.88 in and out; batch 50% off, seed 002), no
     * cached-input price.
     */
    static final ModelEntry LLAMA =
            Fixtures.priced("meta-llama/Llama-3.3-70B-Instruct-Turbo", "0.88", "0.88");

    static final ProviderSheet TOGETHER =
            new ProviderSheet(
                    "together",
                    null,
                    "USD",
                    Fixtures.UPDATED,
                    null,
                    new BigDecimal("0.5"),
                    List.of(),
                    List.of(LLAMA));

    /**
     * Seed 003's Claude Haiku 4.5: $0.25 / $1.25, cache reads $0.025; Anthropic's batch 50% off.
     */
    static final ModelEntry HAIKU =
            ModelEntry.builder("claude-haiku-4-5")
                    .prices(new BigDecimal("0.25"), new BigDecimal("1.25"))
                    .cachedInput(new BigDecimal("0.025"))
                    .build();

    static final ProviderSheet ANTHROPIC =
            new ProviderSheet(
                    "anthropic",
                    null,
                    "USD",
                    Fixtures.UPDATED,
                    null,
                    new BigDecimal("0.5"),
                    List.of(),
                    List.of(HAIKU));

    /**
     * The seed-003 example: a GPU at $1.80/hour, 1,250 tokens/s, 25% overhead, 30 days, whole month
     * (720 hours). One GPU: 1,250 x 3,600 x 720 = 3,240,000,000 tokens a month = 108,000,000 a day;
     * 720 x 1.80 x 1.25 = $1,620 a month; 1,620 / 3,240 = $0.50 per 1M tokens.
     */
    static DecisionCase seed003(long tokensPerDay, String fixedOverhead) {
        return new DecisionCase(
                "seed-003",
                null,
                null,
                null,
                tokensPerDay,
                new BigDecimal("0.5"),
                30,
                new BigDecimal("0.3"),
                new BigDecimal("1.80"),
                null,
                new BigDecimal("1250"),
                new BigDecimal("0.25"),
                new BigDecimal(fixedOverhead));
    }

    static DecisionReport llama(DecisionCase inputs) {
        return Decision.decide(inputs, new ModelKey("together", LLAMA.id()), TOGETHER, LLAMA);
    }

    static BigInteger big(long n) {
        return BigInteger.valueOf(n);
    }

    @Test
    void seed003SelfHostedLlamaIsFiftyCentsPerMillionAtFullUse() {
        DecisionReport r = llama(seed003(1_000_000, "0"));
        assertThat(r.selfHost().gpuTokensPerMonth()).isEqualByComparingTo("3240000000");
        assertThat(r.selfHost().gpuTokensPerDay()).isEqualByComparingTo("108000000");
        assertThat(r.selfHost().gpuUsdPerMonth()).isEqualByComparingTo("1620");
        assertThat(r.selfHost().fullUseUsdPerMtok()).isEqualByComparingTo("0.50");
        // at 1M tokens/day: 30M tokens a month on one GPU at $1,620 = $54 per 1M; 30/3240 = 0.93%
        // used
        assertThat(r.selfHost().gpus()).isEqualTo(big(1));
        assertThat(r.option(Option.SELF_HOST).monthlyUsd()).isEqualByComparingTo("1620");
        assertThat(r.option(Option.SELF_HOST).usdPerMtok()).isEqualByComparingTo("54");
        assertThat(r.selfHost().utilisationPct()).isEqualByComparingTo("0.9");
    }

    @Test
    void atOneMillionTokensADayTheApiOptionsAreFarCheaper() {
        DecisionReport r = llama(seed003(1_000_000, "0"));
        // API: 30,000,000 tokens x $0.88 / 1M = $26.40; batch: x (1 - 0.5) = $13.20
        assertThat(r.tokensPerMonth()).isEqualTo(big(30_000_000));
        assertThat(r.option(Option.API).monthlyUsd()).isEqualByComparingTo("26.40");
        assertThat(r.option(Option.BATCH).usdPerMtok()).isEqualByComparingTo("0.44");
        assertThat(r.option(Option.BATCH).monthlyUsd()).isEqualByComparingTo("13.20");
        assertThat(r.option(Option.CACHED).offered()).isFalse();
        assertThat(Words.ENGLISH.phrase(r.option(Option.CACHED).whyNot()))
                .contains("no cached-input price");
        // batch wins by 26.40 - 13.20 = 13.20 = 50.0% of the API's cost
        assertThat(r.verdict().winner()).isEqualTo(Option.BATCH);
        assertThat(r.verdict().runnerUp()).isEqualTo(Option.API);
        assertThat(r.verdict().savingUsd()).isEqualByComparingTo("13.20");
        assertThat(r.verdict().savingPct()).isEqualByComparingTo("50.0");
        // self-hosting: 1620 - 13.20 over the cheapest; (26.40 - 1620) / 26.40 = -6036.36..%
        // "below" the API
        assertThat(r.option(Option.SELF_HOST).overCheapestUsd()).isEqualByComparingTo("1606.80");
        assertThat(r.option(Option.SELF_HOST).belowApiPct()).isEqualByComparingTo("-6036.4");
    }

    @Test
    void selfHostingOvertakesTheApiTwiceBecauseTheSecondGpuCostsMoreThanTheApiSaves() {
        Race race = llama(seed003(1_000_000, "0")).race(Option.API);
        // the API month per token/day: 30 x 0.88 / 1M = 0.0000264
        // 1 GPU ($1,620): tie at 1620 / 0.0000264 = 61,363,636.36 -> self-hosting cheaper from
        // 61,363,637
        // 108,000,001 tokens/day needs a 2nd GPU ($3,240) while the API costs 2,851.20: the API is
        // cheaper again
        // 2 GPUs: tie at 3240 / 0.0000264 = 122,727,272.73 -> self-hosting cheaper from 122,727,273
        // 3 GPUs ($4,860) from 216,000,001, where the API costs 5,702.40: self-hosting stays
        // cheaper
        assertThat(race.changes())
                .containsExactly(
                        new Change(
                                big(61_363_637),
                                Option.SELF_HOST,
                                Option.API,
                                big(1),
                                new BigDecimal("61363636.36")),
                        new Change(big(108_000_001), Option.API, Option.SELF_HOST, big(2), null),
                        new Change(
                                big(122_727_273),
                                Option.SELF_HOST,
                                Option.API,
                                big(2),
                                new BigDecimal("122727272.73")));
        assertThat(race.firstSelfWin()).isEqualTo(big(61_363_637));
        assertThat(race.selfAlwaysFrom()).isEqualTo(big(122_727_273));
        assertThat(race.truncated()).isFalse();
    }

    @Test
    void selfHostingNeverBeatsABatchApiBelowItsFullUsePrice() {
        DecisionReport r = llama(seed003(1_000_000, "0"));
        // batch: $0.44 per 1M < $0.50 per 1M of a fully used GPU: never, at any volume
        Race batch = r.race(Option.BATCH);
        assertThat(batch.changes()).isEmpty();
        assertThat(batch.firstSelfWin()).isNull();
        assertThat(batch.selfAlwaysFrom()).isNull();
        assertThat(r.bestApi()).isEqualTo(Option.BATCH);
    }

    @Test
    void seedRulesAreJudgedOnTheFigures() {
        DecisionReport r = llama(seed003(1_000_000, "0"));
        assertThat(r.seedChecks())
                .containsExactly(
                        new DecisionReport.SeedCheck(
                                Rule.UNDER_1M_API, true), // first self win 61,363,637 > 1M
                        new DecisionReport.SeedCheck(
                                Rule.HIGH_VOLUME_SELF_HOST, true), // always from 122,727,273
                        new DecisionReport.SeedCheck(
                                Rule.BULK_BATCH, true), // self-hosting never beats batch
                        new DecisionReport.SeedCheck(
                                Rule.MID_VOLUME_CACHING, null)); // no cached-input price
        // at the seed's 1M tokens/day the API is cheaper than self-hosting, and batch is cheapest
        assertThat(r.seedThreshold().verdict().winner()).isEqualTo(Option.BATCH);
    }

    @Test
    void theUnder1mRuleFailsWhenGpusAreCheapEnough() {
        // a GPU at $0.01/hour, 1,250 tokens/s, no overhead: 720 x 0.01 = $7.20 a month;
        // tie with the API at 7.20 / 0.0000264 = 272,727.27 -> self-hosting cheaper from 272,728
        // tokens/day
        DecisionCase cheap =
                new DecisionCase(
                        null,
                        null,
                        null,
                        null,
                        1_000_000,
                        new BigDecimal("0.5"),
                        30,
                        BigDecimal.ZERO,
                        new BigDecimal("0.01"),
                        null,
                        new BigDecimal("1250"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO);
        DecisionReport r = llama(cheap);
        assertThat(r.race(Option.API).firstSelfWin()).isEqualTo(big(272_728));
        assertThat(r.seedChecks().get(0))
                .isEqualTo(new DecisionReport.SeedCheck(Rule.UNDER_1M_API, false));
        // and batch: 7.20 / 0.0000132 = 545,454.54 -> from 545,455; bulk is not batch's
        assertThat(r.race(Option.BATCH).firstSelfWin()).isEqualTo(big(545_455));
        assertThat(r.seedChecks().get(2))
                .isEqualTo(new DecisionReport.SeedCheck(Rule.BULK_BATCH, false));
    }

    @Test
    void aFixedOverheadDelaysEveryCrossover() {
        // $1,000 a month fixed on top: n GPUs cost 1620 n + 1000
        // 1 GPU: 2620 / 0.0000264 = 99,242,424.24 -> from 99,242,425
        // 2 GPUs from 108,000,001: 4240 / 0.0000264 = 160,606,060.61 -> from 160,606,061
        // 3 GPUs from 216,000,001: 5860 / 0.0000264 = 221,969,696.97 -> from 221,969,697
        // 4 GPUs from 324,000,001: 7480 / 0.0000264 = 283,333,333.33 < 324,000,001: self-hosting
        // all the way
        Race race = llama(seed003(1_000_000, "1000")).race(Option.API);
        assertThat(race.changes())
                .extracting(Change::tokensPerDay)
                .containsExactly(
                        big(99_242_425),
                        big(108_000_001),
                        big(160_606_061),
                        big(216_000_001),
                        big(221_969_697));
        assertThat(race.changes())
                .extracting(Change::cheaper)
                .containsExactly(
                        Option.SELF_HOST,
                        Option.API,
                        Option.SELF_HOST,
                        Option.API,
                        Option.SELF_HOST);
        assertThat(race.selfAlwaysFrom()).isEqualTo(big(221_969_697));
    }

    @Test
    void cachingPricesTheCachedShareOfTheInputAtTheCachedInputPrice() {
        // 80% input, 50% hit rate: 0.8 x (0.5 x 0.25 + 0.5 x 0.025) + 0.2 x 1.25 = 0.8 x 0.1375 +
        // 0.25 = 0.36
        // API: 0.8 x 0.25 + 0.2 x 1.25 = 0.45; 5M tokens/day x 30 = 150M tokens: $67.50, cached
        // $54.00, batch $33.75
        DecisionCase c =
                new DecisionCase(
                        null,
                        null,
                        null,
                        null,
                        5_000_000,
                        new BigDecimal("0.8"),
                        30,
                        new BigDecimal("0.5"),
                        new BigDecimal("2.50"),
                        null,
                        new BigDecimal("1500"),
                        new BigDecimal("0.3"),
                        BigDecimal.ZERO);
        DecisionReport r =
                Decision.decide(c, new ModelKey("anthropic", HAIKU.id()), ANTHROPIC, HAIKU);
        assertThat(r.option(Option.API).usdPerMtok()).isEqualByComparingTo("0.45");
        assertThat(r.option(Option.CACHED).usdPerMtok()).isEqualByComparingTo("0.36");
        assertThat(r.option(Option.API).monthlyUsd()).isEqualByComparingTo("67.50");
        assertThat(r.option(Option.CACHED).monthlyUsd()).isEqualByComparingTo("54.00");
        assertThat(r.option(Option.BATCH).monthlyUsd()).isEqualByComparingTo("33.75");
        // (67.50 - 54.00) / 67.50 = 20.0%; batch wins by 54.00 - 33.75 = 20.25 = 37.5% of 54.00
        assertThat(r.option(Option.CACHED).belowApiPct()).isEqualByComparingTo("20.0");
        assertThat(r.verdict().winner()).isEqualTo(Option.BATCH);
        assertThat(r.verdict().runnerUp()).isEqualTo(Option.CACHED);
        assertThat(r.verdict().savingPct()).isEqualByComparingTo("37.5");
        // a GPU: 2.50 x 720 x 1.3 = $2,340 for 1,500 x 3,600 x 720 = 3,888,000,000 tokens:
        // $0.601852 per 1M
        assertThat(r.selfHost().fullUseUsdPerMtok()).isEqualByComparingTo("0.601852");
        assertThat(r.race(Option.CACHED).firstSelfWin()).isNull();
        assertThat(r.seedChecks().get(3))
                .isEqualTo(new DecisionReport.SeedCheck(Rule.MID_VOLUME_CACHING, true));
    }

    @Test
    void withoutABatchDiscountThereIsNoBatchOption() {
        ProviderSheet groq =
                new ProviderSheet(
                        "groq",
                        null,
                        "USD",
                        Fixtures.UPDATED,
                        null,
                        null,
                        List.of(),
                        List.of(Fixtures.priced("llama-3.3-70b-versatile", "0.59", "0.79")));
        DecisionReport r =
                Decision.decide(
                        seed003(1_000_000, "0"),
                        new ModelKey("groq", "llama-3.3-70b-versatile"),
                        groq,
                        groq.models().get(0));
        assertThat(r.option(Option.BATCH).offered()).isFalse();
        assertThat(Words.ENGLISH.phrase(r.option(Option.BATCH).whyNot()))
                .isEqualTo(
                        "provider groq declares no batch discount (`batch_discount` in its sheet)");
        assertThat(r.races()).extracting(Race::api).containsExactly(Option.API);
        // 0.5 x 0.59 + 0.5 x 0.79 = 0.69; 30M tokens: $20.70
        assertThat(r.option(Option.API).monthlyUsd()).isEqualByComparingTo("20.70");
        assertThat(r.seedChecks().get(2))
                .isEqualTo(new DecisionReport.SeedCheck(Rule.BULK_BATCH, null));
    }

    @Test
    void selfHostingCanWinFromTheFirstToken() {
        // $0.001/hour, 1,000 tokens/s: 720 x 0.001 = $0.72 a month against an API at $100,000 per
        // 1M:
        // 1 token/day x 30 x 100,000 / 1M = $3.00 a month > $0.72
        ModelEntry dear = Fixtures.priced("dear", "100000", "100000");
        ProviderSheet sheet =
                new ProviderSheet(
                        "x", null, "USD", Fixtures.UPDATED, null, null, List.of(), List.of(dear));
        DecisionCase c =
                new DecisionCase(
                        null,
                        null,
                        null,
                        null,
                        1,
                        new BigDecimal("0.5"),
                        30,
                        BigDecimal.ZERO,
                        new BigDecimal("0.001"),
                        null,
                        new BigDecimal("1000"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO);
        Race race = Decision.decide(c, new ModelKey("x", "dear"), sheet, dear).race(Option.API);
        assertThat(race.changes()).isEmpty();
        assertThat(race.firstSelfWin()).isEqualTo(big(1));
        assertThat(race.selfAlwaysFrom()).isEqualTo(big(1));
    }

    @Test
    void partMonthHoursShrinkCapacityAndCost() {
        // 360 hours: 1,250 x 3,600 x 360 = 1,620,000,000 tokens a month = 54,000,000 a day; 360 x
        // 1.80 x 1.25 = $810
        // 60M tokens/day needs ceil(1,800,000,000 / 1,620,000,000) = 2 GPUs = $1,620
        DecisionCase c =
                new DecisionCase(
                        null,
                        null,
                        null,
                        null,
                        60_000_000,
                        new BigDecimal("0.5"),
                        30,
                        BigDecimal.ZERO,
                        new BigDecimal("1.80"),
                        new BigDecimal("360"),
                        new BigDecimal("1250"),
                        new BigDecimal("0.25"),
                        BigDecimal.ZERO);
        DecisionReport r = llama(c);
        assertThat(r.selfHost().gpuTokensPerDay()).isEqualByComparingTo("54000000");
        assertThat(r.selfHost().gpus()).isEqualTo(big(2));
        assertThat(r.option(Option.SELF_HOST).monthlyUsd()).isEqualByComparingTo("1620");
    }

    @Test
    void aModelWithoutAPriceCannotBeDecidedOn() {
        ModelEntry pinned = Fixtures.pinned("llama-3.3-70b-together", 10);
        assertThatThrownBy(
                        () ->
                                Decision.decide(
                                        seed003(1, "0"),
                                        new ModelKey("together", pinned.id()),
                                        TOGETHER,
                                        pinned))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(
                        "together:llama-3.3-70b-together has no $ price in its sheet (credits are pinned)");
    }

    @Test
    void badFiguresNameTheirField() {
        assertThatThrownBy(() -> seed003(0, "0"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("tokens_per_day: must be at least 1, got 0");
        assertThatThrownBy(() -> seed003(1, "-1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("overhead_usd_per_month: must not be negative, got -1");
        assertThatThrownBy(
                        () ->
                                new DecisionCase(
                                        null,
                                        null,
                                        null,
                                        null,
                                        1,
                                        new BigDecimal("0.5"),
                                        30,
                                        BigDecimal.ZERO,
                                        BigDecimal.ONE,
                                        new BigDecimal("721"),
                                        BigDecimal.TEN,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("gpu_hours_per_month: must be at most 720 (24 x 30 days), got 721");
        assertThatThrownBy(
                        () ->
                                new DecisionCase(
                                        null,
                                        null,
                                        null,
                                        null,
                                        1,
                                        new BigDecimal("0.5"),
                                        30,
                                        BigDecimal.ZERO,
                                        BigDecimal.ONE,
                                        null,
                                        new BigDecimal("0.00001"),
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(
                        "gpu_tokens_per_second: a GPU must serve at least one token a day");
    }
}
