package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FamiliesTest {
    @ParameterizedTest(name = "{0} (family {1}) -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
            openai/gpt-oss-20b                       | gpt-oss-20b   | gpt-oss-20b
            llama-3.3-70b-versatile                  | Llama-3.3-70B | llama-3.3-70b
            meta-llama/Llama-3.3-70B-Instruct-Turbo  | null          | llama-3.3-70b-instruct-turbo
            accounts/fireworks/models/llama-v3p1-8b  | null          | llama-v3p1-8b
            gpt-4o                                   | null          | gpt-4o
            """)
    void familyKeyIsTheFamilyElseTheIdWithoutVendorLowerCased(
            String id, String family, String key) {
        assertThat(Families.keyOf(Fixtures.pinned(id, 2).toBuilder().family(family).build()))
                .isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}% apart")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            30   | 234  | 87.2
            10   | 46   | 78.3
            10   | 58   | 82.8
            1000 | 4500 | 77.8
            46   | 58   | 20.7
            4    | 12   | 66.7
            8    | 8    | 0.0
            0    | 0    | 0.0
            0    | 2    | 100.0
            """)
    void apartIsTheDifferenceInPercentOfTheLargerValue(int a, int b, String pct) {
        assertThat(Families.apartPct(a, b)).isEqualTo(new BigDecimal(pct));
    }

    @Property
    void apartIsSymmetricAndBetweenZeroAndHundred(
            @ForAll @IntRange(max = 100_000) int a, @ForAll @IntRange(max = 100_000) int b) {
        BigDecimal apart = Families.apartPct(a, b);
        assertThat(apart).isEqualTo(Families.apartPct(b, a));
        assertThat(apart).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        if (a == b) {
            assertThat(apart).isZero();
        }
        if (Math.min(a, b) == 0 && Math.max(a, b) > 0) {
            assertThat(apart).isEqualByComparingTo("100");
        }
    }

    @Test
    void closestNamesComeNearestFirst() {
        List<String> names =
                List.of(
                        "gpt-oss-20b",
                        "gpt-oss-120b",
                        "llama-3.3-70b",
                        "openai/gpt-oss-20b",
                        "gemma-3n-e4b");

        assertThat(Families.closest("gpt-oss-2b", names, 3))
                .containsExactly("gpt-oss-20b", "gpt-oss-120b");
        assertThat(Families.closest("gpt-oss", names, 5))
                .containsExactly("gpt-oss-20b", "gpt-oss-120b", "openai/gpt-oss-20b");
        assertThat(Families.closest("llama-3.3-70", names, 3)).containsExactly("llama-3.3-70b");
        assertThat(Families.closest("zzzzzz", names, 3)).isEmpty();
    }
}
