package com.llmresale.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * The price on a date is the history period in force: the day before an {@code until} and the day
 * of it differ.
 */
class PriceHistoryPropertiesTest {
    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    @Property
    void thePriceOnADateIsThePeriodInForce(
            @ForAll @Size(min = 1, max = 6) @UniqueElements
                    List<@IntRange(min = 1, max = 2000) Integer> offsets,
            @ForAll @IntRange(min = 0, max = 2100) int probe) {
        List<Integer> days = new ArrayList<>(new TreeSet<>(offsets));
        List<PricePeriod> history = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            // period i costs i + 1 dollars; the top level costs 100
            history.add(
                    new PricePeriod(
                            EPOCH.plusDays(days.get(i)),
                            BigDecimal.valueOf(i + 1),
                            BigDecimal.valueOf(i + 1),
                            null,
                            null,
                            List.of()));
        }
        ModelEntry model =
                ModelEntry.builder("m")
                        .prices(BigDecimal.valueOf(100), BigDecimal.valueOf(100))
                        .history(history)
                        .build();
        // independent reading: count the untils on or before the probe day; that many periods are
        // over
        long over = days.stream().filter(d -> d <= probe).count();
        BigDecimal expected =
                over == days.size() ? BigDecimal.valueOf(100) : BigDecimal.valueOf(over + 1);
        ModelEntry at = model.at(EPOCH.plusDays(probe));
        assertThat(at.input()).isEqualByComparingTo(expected);
        assertThat(at.output()).isEqualByComparingTo(expected);
        assertThat(at.history()).isEmpty();
    }
}
