package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Settings;
import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The credit formula against every priced credit value of seeds 000 and 001. */
class CreditEngineTest {
    private final CreditEngine engine = new CreditEngine(Settings.defaults());

    @ParameterizedTest(name = "{0}: ${1}/${2} -> {3}x = {4} credits ({5})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # seed 000: Together AI, 3 Nov 2025
            meta-llama/Llama-3.3-70B-Instruct-Turbo-Free      | 0    | 0    | 0.0  | 0   | FREE
            google/gemma-3n-E4B-it                            | 0.02 | 0.04 | 0.1  | 2   | ULTRA_CHEAP
            openai/gpt-oss-20b                                | 0.05 | 0.20 | 0.4  | 8   | ULTRA_CHEAP
            meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo       | 0.18 | 0.18 | 0.6  | 12  | CHEAP
            Qwen/Qwen2.5-7B-Instruct-Turbo                    | 0.30 | 0.30 | 1.0  | 20  | AFFORDABLE
            openai/gpt-oss-120b                               | 0.15 | 0.60 | 1.2  | 24  | AFFORDABLE
            meta-llama/Llama-4-Scout-17B-16E-Instruct         | 0.18 | 0.59 | 1.3  | 26  | AFFORDABLE
            meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 | 0.27 | 0.85 | 1.9  | 38  | STANDARD
            mistralai/Mistral-Small-24B-Instruct-2501         | 0.80 | 0.80 | 2.7  | 54  | PREMIUM
            meta-llama/Llama-3.3-70B-Instruct-Turbo           | 0.88 | 0.88 | 2.9  | 58  | PREMIUM
            arcee-ai/virtuoso-medium-v2                       | 0.75 | 1.20 | 3.2  | 64  | PREMIUM
            deepseek-ai/DeepSeek-V3.1                         | 0.60 | 1.70 | 3.8  | 76  | FLAGSHIP
            Qwen/Qwen2.5-72B-Instruct-Turbo                   | 1.20 | 1.20 | 4.0  | 80  | FLAGSHIP
            Qwen3-235B-A22B-Instruct-2507                     | 0.65 | 3.00 | 6.1  | 122 | FLAGSHIP
            Qwen3-235B-A22B-Thinking-2507                     | 0.65 | 3.00 | 6.1  | 122 | FLAGSHIP
            DeepSeek-R1-Distill-Llama-70B                     | 2.00 | 2.00 | 6.7  | 134 | FLAGSHIP
            moonshotai/Kimi-K2-Instruct-0905                  | 1.00 | 3.00 | 6.7  | 134 | FLAGSHIP
            Meta-Llama-3.1-405B-Instruct-Turbo                | 3.50 | 3.50 | 11.7 | 234 | FLAGSHIP
            deepseek-ai/DeepSeek-R1                           | 3.00 | 7.00 | 16.7 | 334 | FLAGSHIP
            # seed 001: Groq, 3 Nov 2025
            llama-3.1-8b-instant                              | 0.05 | 0.08 | 0.2  | 4   | ULTRA_CHEAP
            openai/gpt-oss-20b                                | 0.05 | 0.20 | 0.4  | 8   | ULTRA_CHEAP
            openai/gpt-oss-120b                               | 0.15 | 0.60 | 1.2  | 24  | AFFORDABLE
            llama-3.3-70b-versatile                           | 0.59 | 0.79 | 2.3  | 46  | STANDARD
            """)
    void reproducesTheSeedCredits(
            String model, String input, String output, String multiplier, int credits, Tier tier) {
        Credit credit = engine.price(Fixtures.priced(model, input, output));

        assertThat(credit.multiplier()).isEqualByComparingTo(multiplier);
        assertThat(credit.multiplier().scale()).isEqualTo(1);
        assertThat(credit.credits()).isEqualTo(credits);
        assertThat(credit.tier()).isEqualTo(tier);
        assertThat(credit.pinned()).isFalse();
    }

    @ParameterizedTest(name = "pinned {0} = {1} credits -> {2}x ({3})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            llama-3.3-70b-together         | 10 | 0.5 | CHEAP
            mistralai/Magistral-Small-2506 | 20 | 1.0 | AFFORDABLE
            llama-3.1-405b-instruct-turbo  | 30 | 1.5 | AFFORDABLE
            """)
    void pinnedCreditsAreChargedAsSet(String model, int credits, String multiplier, Tier tier) {
        Credit credit = engine.price(Fixtures.pinned(model, credits));

        assertThat(credit.credits()).isEqualTo(credits);
        assertThat(credit.multiplier()).isEqualByComparingTo(multiplier);
        assertThat(credit.tier()).isEqualTo(tier);
        assertThat(credit.pinned()).isTrue();
        assertThat(credit.computedCredits()).isNull();
    }

    @ParameterizedTest(name = "pinned {0} credits -> {1}x ({2})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0  | 0.0 | FREE
            1  | 0.1 | ULTRA_CHEAP
            3  | 0.2 | ULTRA_CHEAP
            9  | 0.4 | ULTRA_CHEAP
            19 | 1.0 | CHEAP
            71 | 3.6 | PREMIUM
            72 | 3.6 | FLAGSHIP
            """)
    void pinsBetweenStepsLandInTheTierTheirCreditsReachAndAPaidPinIsNeverFree(
            int credits, String multiplier, Tier tier) {
        Credit credit = engine.price(Fixtures.pinned("m", credits));

        assertThat(credit.tier()).isEqualTo(tier);
        assertThat(credit.multiplier()).isEqualByComparingTo(multiplier);
        assertThat(credit.credits()).isEqualTo(credits);
        assertThat(engine.isOnStep(credits)).isEqualTo(credits % 2 == 0);
    }

    @Test
    void aPinWinsOverThePriceAndTheComputedValueIsKeptBesideIt() {
        ModelEntry gpt5pro =
                ModelEntry.builder("gpt-5-pro")
                        .prices(new BigDecimal("15"), new BigDecimal("120"))
                        .pinnedCredits(1000)
                        .build();

        Credit credit = engine.price(gpt5pro);

        assertThat(credit.credits()).isEqualTo(1000);
        assertThat(credit.computedCredits()).isEqualTo(4500);
        assertThat(credit.avgUsdPerMtok()).isEqualByComparingTo("67.5");
    }

    @Test
    void halfEvenIsWhatTheSeedUsesHalfUpWouldNotReproduceIt() {
        // 0.375 / 0.30 = 1.25 exactly: HALF_EVEN -> 1.2 (24, as published); HALF_UP -> 1.3 (26)
        assertThat(engine.price(Fixtures.priced("gpt-oss-120b", "0.15", "0.60")).credits())
                .isEqualTo(24);
        assertThat(engine.price(Fixtures.priced("virtuoso", "0.75", "1.20")).credits())
                .isEqualTo(64);

        Settings d = Settings.defaults();
        CreditEngine halfUp =
                new CreditEngine(
                        new Settings(
                                d.baselineModel(),
                                d.baselineAvg(),
                                d.creditsPerMultiplier(),
                                1,
                                RoundingMode.HALF_UP,
                                d.tiers()));
        assertThat(halfUp.price(Fixtures.priced("gpt-oss-120b", "0.15", "0.60")).credits())
                .isEqualTo(26);
        assertThat(halfUp.price(Fixtures.priced("virtuoso", "0.75", "1.20")).credits())
                .isEqualTo(66);
    }

    @Test
    void theBaselineItselfIsOnePointZeroAndTwentyCredits() {
        Credit flash = engine.price(Fixtures.priced("gemini-2.5-flash", "0.30", "0.30"));

        assertThat(flash.multiplier()).isEqualByComparingTo("1.0");
        assertThat(flash.credits()).isEqualTo(20);
        assertThat(Baseline.of(engine).credits()).isEqualTo(20);
    }

    @Test
    void averageIsExactForAnyPrices() {
        assertThat(CreditEngine.average(new BigDecimal("0.05"), new BigDecimal("0.08")))
                .isEqualByComparingTo("0.065");
        assertThat(CreditEngine.average(new BigDecimal("0.075"), new BigDecimal("0.30")))
                .isEqualByComparingTo("0.1875");
    }

    @ParameterizedTest(name = "change {0} -> {1} = {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
            6    | 20   | 233.3
            60   | 334  | 456.7
            70   | 234  | 234.3
            12   | 2    | -83.3
            30   | 24   | -20.0
            8    | 12   | 50.0
            10   | 0    | -100.0
            0    | 10   | null
            null | 10   | null
            """)
    void changePctIsOneDecimalHalfUp(Integer previous, Integer current, String expected) {
        BigDecimal pct = Repricing.changePct(previous, current);
        if (expected == null) {
            assertThat(pct).isNull();
        } else {
            assertThat(pct).isEqualByComparingTo(expected);
            assertThat(pct.scale()).isEqualTo(1);
        }
    }
}
