package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.engine.DecisionReport.Change;
import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.Race;
import com.llmresale.pricing.model.DecisionCase;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/**
 * The volume changes of self-hosting against the API, checked against costs computed here, in the
 * test, from the formulas (API: V x D x p / 1M; self-hosting: ceil(V x D / C) x c + F): just below
 * a change the option cheaper before is not dearer; at the change the other one is strictly
 * cheaper; between changes the cheaper one is the one the list says.
 */
class DecisionPropertiesTest {

    record Figures(
            BigDecimal price,
            int days,
            BigDecimal gpuUsd,
            BigDecimal throughput,
            BigDecimal overhead,
            BigDecimal fixed) {
        BigDecimal api(BigInteger v) {
            return new BigDecimal(v)
                    .multiply(BigDecimal.valueOf(days))
                    .multiply(price)
                    .movePointLeft(6);
        }

        BigDecimal self(BigInteger v) {
            BigDecimal hours = BigDecimal.valueOf(24L * days);
            BigDecimal capacity = throughput.multiply(BigDecimal.valueOf(3600)).multiply(hours);
            BigDecimal gpus =
                    new BigDecimal(v)
                            .multiply(BigDecimal.valueOf(days))
                            .divide(capacity, 0, RoundingMode.CEILING)
                            .max(BigDecimal.ONE);
            return gpus.multiply(hours)
                    .multiply(gpuUsd)
                    .multiply(BigDecimal.ONE.add(overhead))
                    .add(fixed);
        }

        /**
         * The strictly cheaper one; the API on a tie (self-hosting must be strictly cheaper to
         * win).
         */
        Option cheaper(BigInteger v) {
            return self(v).compareTo(api(v)) < 0 ? Option.SELF_HOST : Option.API;
        }
    }

    static Race race(Figures f) {
        ModelEntry m = Fixtures.priced("m", f.price().toPlainString(), f.price().toPlainString());
        ProviderSheet sheet =
                new ProviderSheet(
                        "p", null, "USD", Fixtures.UPDATED, null, null, List.of(), List.of(m));
        DecisionCase c =
                new DecisionCase(
                        null,
                        null,
                        null,
                        null,
                        1,
                        new BigDecimal("0.5"),
                        f.days(),
                        BigDecimal.ZERO,
                        f.gpuUsd(),
                        null,
                        f.throughput(),
                        f.overhead(),
                        f.fixed());
        return Decision.decide(c, new ModelKey("p", "m"), sheet, m).race(Option.API);
    }

    @Property(tries = 300)
    void eachChangeIsWhereTheCheaperOptionReallyChanges(
            @ForAll @BigRange(min = "0.05", max = "20") @Scale(2) BigDecimal price,
            @ForAll @IntRange(min = 28, max = 31) int days,
            @ForAll @BigRange(min = "0.10", max = "6") @Scale(2) BigDecimal gpuUsd,
            @ForAll @BigRange(min = "50", max = "5000") @Scale(0) BigDecimal throughput,
            @ForAll @BigRange(min = "0", max = "1") @Scale(2) BigDecimal overhead,
            @ForAll @BigRange(min = "0", max = "5000") @Scale(0) BigDecimal fixed,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Figures f = new Figures(price, days, gpuUsd, throughput, overhead, fixed);
        Race race = race(f);
        for (Change c : race.changes()) {
            BigInteger v = c.tokensPerDay();
            assertThat(f.cheaper(v)).as("at %s", v).isEqualTo(c.cheaper());
            assertThat(f.cheaper(v.subtract(BigInteger.ONE)))
                    .as("just below %s", v)
                    .isEqualTo(c.before());
        }
        if (race.firstSelfWin() == null) {
            assertThat(race.changes()).isEmpty();
            assertThat(race.selfAlwaysFrom()).isNull();
        } else {
            assertThat(f.cheaper(race.firstSelfWin())).isEqualTo(Option.SELF_HOST);
            if (race.firstSelfWin().compareTo(BigInteger.ONE) > 0) {
                assertThat(f.cheaper(race.firstSelfWin().subtract(BigInteger.ONE)))
                        .isEqualTo(Option.API);
            }
            assertThat(f.cheaper(race.selfAlwaysFrom())).isEqualTo(Option.SELF_HOST);
        }
        // random volumes: the cheaper one is the one the list of changes says
        Random random = new Random(seed);
        BigInteger end =
                race.selfAlwaysFrom() == null
                        ? BigInteger.valueOf(10_000_000_000L)
                        : race.selfAlwaysFrom().multiply(BigInteger.valueOf(3));
        if (race.truncated()) {
            end = race.changes().get(race.changes().size() - 1).tokensPerDay();
        }
        for (int i = 0; i < 200; i++) {
            BigInteger v = BigInteger.ONE.add(new BigInteger(end.bitLength() + 1, random).mod(end));
            assertThat(f.cheaper(v)).as("at %s", v).isEqualTo(listed(race, v));
        }
    }

    /** The cheaper option at {@code v} according to the race. */
    static Option listed(Race race, BigInteger v) {
        if (race.firstSelfWin() == null) {
            return Option.API;
        }
        Option current = race.firstSelfWin().equals(BigInteger.ONE) ? Option.SELF_HOST : Option.API;
        for (Change c : race.changes()) {
            if (c.tokensPerDay().compareTo(v) > 0) {
                return current;
            }
            current = c.cheaper();
        }
        return race.truncated()
                ? current
                : v.compareTo(race.selfAlwaysFrom()) >= 0 ? Option.SELF_HOST : current;
    }
}
