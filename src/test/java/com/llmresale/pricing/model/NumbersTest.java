package com.llmresale.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one number parser: what it takes, what it refuses, and that refusing is cheap and short. */
class NumbersTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0.30                  | 0.30
            ' 800 '               | 800
            -2                    | -2
            1e3                   | 1000
            1.5E-7                | 0.00000015
            0e-999999999          | 0
            99999999999999999999  | 99999999999999999999
            0.00000000000000000001 | 0.00000000000000000001
            1.00000000000000000000000000000 | 1
            """)
    void acceptsPlainAndScientificNumbersWithinBounds(String text, String expected) {
        BigDecimal value = Numbers.decimal(text);
        assertThat(value.toPlainString()).isEqualTo(expected);
        assertThat(value.scale()).isNotNegative();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1e999999999           | '1e999999999' is too large (at most 20 digits before the point)
            -1e999999999          | '-1e999999999' is too large (at most 20 digits before the point)
            1e-999999999          | '1e-999999999' has too many decimal places (at most 20)
            100000000000000000000 | '100000000000000000000' is too large (at most 20 digits before the point)
            0.000000000000000000001 | '0.000000000000000000001' has too many decimal places (at most 20)
            ten                   | 'ten' is not a number
            0x1F                  | '0x1F' is not a number
            .inf                  | '.inf' is not a number
            """)
    void refusesOutOfBoundsAndNonNumbers(String text, String problem) {
        assertThatThrownBy(() -> Numbers.decimal(text))
                .isInstanceOf(Numbers.NumberException.class)
                .hasMessage(problem);
    }

    @org.junit.jupiter.api.Test
    void aHundredThousandDigitsAreRefusedWithoutEchoingThem() {
        String huge = "1".repeat(100_000);
        assertThatThrownBy(() -> Numbers.decimal(huge))
                .isInstanceOf(Numbers.NumberException.class)
                .hasMessage(
                        "'1111111111111111111111111111111111111111... (100000 characters)' is too long for a number"
                                + " (at most 64 characters)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            12.0        | 0 | 100 | 12
            -3          | -5 | 5  | -3
            """)
    void wholeNumbers(String text, long min, long max, long expected) {
        assertThat(Numbers.whole(text, min, max)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            12.5        | '12.5' is not a whole number
            abc         | 'abc' is not a whole number
            101         | '101' is too large (at most 100)
            -1          | '-1' is too small (at least 0)
            1e999999999 | '1e999999999' is too large (at most 20 digits before the point)
            """)
    void wholeNumbersRefused(String text, String problem) {
        assertThatThrownBy(() -> Numbers.whole(text, 0, 100))
                .isInstanceOf(Numbers.NumberException.class)
                .hasMessage(problem);
    }

    @Property
    void everyNumberWithinBoundsReadsBackAsItself(
            @ForAll
                    @BigRange(min = "-99999999999999999999", max = "99999999999999999999")
                    @Scale(20)
                    BigDecimal value) {
        assertThat(Numbers.decimal(value.toString())).isEqualByComparingTo(value);
        assertThat(Numbers.decimal(value.toPlainString())).isEqualByComparingTo(value);
    }

    @Property
    void anyTextIsANumberOrOneShortProblemNeverAnotherFailure(@ForAll("hostile") String text) {
        try {
            BigDecimal value = Numbers.decimal(text);
            assertThat(value.scale()).isBetween(0, Numbers.MAX_DECIMAL_PLACES);
            assertThat(value.precision() - value.scale())
                    .isLessThanOrEqualTo(Numbers.MAX_INTEGER_DIGITS);
        } catch (Numbers.NumberException e) {
            assertThat(e.getMessage()).hasSizeLessThan(160).doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> exponents = Arbitraries.integers().map(e -> "1e" + e);
        Arbitrary<String> bigExponents =
                Arbitraries.longs()
                        .between(-3_000_000_000L, 3_000_000_000L)
                        .map(e -> Arbitraries.of("1", "0", "-7.25", "0.0").sample() + "E" + e);
        Arbitrary<String> digits =
                Arbitraries.strings().withChars("0123456789.eE-+_ ").ofMaxLength(200);
        Arbitrary<String> longDigits = Arbitraries.integers().between(60, 5000).map("9"::repeat);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(80);
        return Arbitraries.oneOf(exponents, bigExponents, digits, longDigits, any);
    }
}
