package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.RoiExample;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoiEngineTest {
    private static RoiReport roi(String training, String before, String after, String claimed) {
        return RoiEngine.compute(
                new RoiExample(
                        null,
                        null,
                        null,
                        new BigDecimal(training),
                        new BigDecimal(before),
                        new BigDecimal(after),
                        claimed == null ? null : new BigDecimal(claimed)),
                RoiEngine.DEFAULT_HORIZONS);
    }

    @Test
    void aBreakEvenBeyondIntegerMonthsIsReportedNotAnOverflow() {
        RoiReport r = roi("3000000000", "1", "0", null);
        assertThat(r.breakEven()).hasToString("3000000000");
        assertThat(r.paysBackInMonth()).isEqualTo(new java.math.BigInteger("3000000000"));
        assertThat(roi("1e30", "1", "0", null).paysBackInMonth())
                .isEqualTo(java.math.BigInteger.TEN.pow(30));
    }

    @Test
    void seed003BreaksEvenInUnderOneMonthNotThree() {
        RoiReport r = roi("500", "3000", "300", "3");
        assertThat(r.monthlySavingUsd()).isEqualByComparingTo("2700");
        assertThat(r.breakEven()).hasToString("5/27");
        assertThat(r.breakEvenMonths()).isEqualByComparingTo("0.185");
        assertThat(r.breakEvenDays()).isEqualByComparingTo("5.6");
        assertThat(r.underOneMonth()).isTrue();
        assertThat(r.paysBackInMonth()).isEqualTo(java.math.BigInteger.ONE);
        assertThat(r.claim().holds()).isFalse();
        // 3 months would take a $8,100 training, or a saving of $166.67 a month.
        assertThat(r.claim().trainingUsdForClaim()).isEqualByComparingTo("8100");
        assertThat(r.claim().savingUsdForClaim()).isEqualByComparingTo("166.67");
        assertThat(r.horizons())
                .extracting(RoiReport.Horizon::netUsd)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("7600", "15700", "31900");
    }

    @ParameterizedTest(name = "{0} / ({1} - {2}) = {3} months, claim {5}: {6}")
    @CsvSource(
            textBlock =
                    """
            # training, before, after, exact,  months, claimed, holds, month
            500,        3000,   300,   5/27,   0.185,  3,       false, 1
            8100,       3000,   300,   3,      3.000,  3,       true,  3
            8100.01,    3000,   300,   810001/270000, 3.000, 3, false, 4
            5400.01,    3000,   300,   540001/270000, 2.000, 3, true,  3
            5400,       3000,   300,   2,      2.000,  3,       false, 2
            0,          3000,   300,   0,      0.000,  1,       true,  1
            1200.50,    900,    450.25, 686/257, 2.669, 3,     true,  3
            40,         300,    200,   2/5,    0.400,  0.5,     false, 1
            40,         300,    200,   2/5,    0.400,  0.4,     true,  1
            50,         300,    200,   1/2,    0.500,  0.5,     true,  1
            100,        300,    200,   1,      1.000,  1.5,     false, 1
            150,        300,    200,   3/2,    1.500,  1.5,     true,  2
            145,        300,    200,   29/20,  1.450,  1.5,     true,  2
            140,        300,    200,   7/5,    1.400,  1.5,     false, 2
            140,        300,    200,   7/5,    1.400,  2,       true,  2
            0,          300,    300,   0,      0.000,  1,       true,  1
            """)
    void breakEvenIsExactAndAClaimHoldsOnlyInItsMonth(
            String training,
            String before,
            String after,
            String exact,
            String months,
            String claimed,
            boolean holds,
            int month) {
        RoiReport r = roi(training, before, after, claimed);
        assertThat(r.breakEven()).hasToString(exact);
        assertThat(r.breakEvenMonths()).isEqualByComparingTo(months);
        assertThat(r.claim().holds()).isEqualTo(holds);
        assertThat(r.paysBackInMonth()).isEqualTo(java.math.BigInteger.valueOf(month));
    }

    @Test
    void freeTrainingHasNothingToPayBack() {
        RoiReport same = roi("0", "300", "300", "3");
        assertThat(same.hasBreakEven()).isTrue();
        assertThat(same.breakEven()).hasToString("0");
        assertThat(same.claim().holds()).isFalse(); // paid back at once, not in month 3
        assertThat(same.claim().savingUsdForClaim()).isNull(); // no "$0.00 a month would do"
        RoiReport dearer = roi("0", "300", "350", null);
        assertThat(dearer.hasBreakEven()).isFalse();
    }

    @ParameterizedTest(name = "after {0}")
    @CsvSource({"300", "350"})
    void noSavingMeansNoBreakEven(String after) {
        RoiReport r = roi("500", "300", after, "3");
        assertThat(r.hasBreakEven()).isFalse();
        assertThat(r.breakEvenMonths()).isNull();
        assertThat(r.underOneMonth()).isFalse();
        assertThat(r.claim().holds()).isFalse();
        assertThat(r.claim().trainingUsdForClaim()).isNull();
        assertThat(r.horizons().get(0).netUsd()).isLessThan(new BigDecimal("-499"));
    }

    @Test
    void horizonsAreWhateverIsAsked() {
        RoiReport r =
                RoiEngine.compute(
                        new RoiExample(
                                null,
                                null,
                                null,
                                new BigDecimal("100"),
                                new BigDecimal("60"),
                                new BigDecimal("10"),
                                null),
                        List.of(1, 2, 24));
        assertThat(r.horizons()).extracting(RoiReport.Horizon::months).containsExactly(1, 2, 24);
        assertThat(r.horizons())
                .extracting(RoiReport.Horizon::roiPct)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("-50.0", "0.0", "1100.0");
        assertThat(r.claim()).isNull();
    }
}
