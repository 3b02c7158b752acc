package com.llmresale.pricing.engine;

import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import com.llmresale.pricing.engine.DecisionReport.Race;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The judgement over {@link Decision}'s priced options: which is cheapest and by how much, and
 * whether seed 003's rules of thumb hold for these inputs.
 */
final class DecisionVerdict {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DecisionVerdict() {}

    /** The cheapest offered option, the next one, and the saving over it. */
    static DecisionReport.Verdict of(List<OptionCost> options) {
        List<OptionCost> ranked =
                options.stream()
                        .filter(OptionCost::offered)
                        .sorted(Comparator.comparing(OptionCost::monthlyUsd))
                        .toList(); // stable: ties keep Option order
        OptionCost winner = ranked.get(0);
        OptionCost next = ranked.get(1);
        BigDecimal saving = strip(next.monthlyUsd().subtract(winner.monthlyUsd()));
        BigDecimal pct =
                next.monthlyUsd().signum() == 0
                        ? null
                        : saving.multiply(HUNDRED)
                                .divide(next.monthlyUsd(), 1, RoundingMode.HALF_UP);
        return new DecisionReport.Verdict(winner.option(), next.option(), saving, pct);
    }

    /** Seed 003's rules checked against the options and races. */
    static List<DecisionReport.SeedCheck> seedChecks(List<OptionCost> options, List<Race> races) {
        Race api = races.stream().filter(r -> r.api() == Option.API).findFirst().orElseThrow();
        Race batch = races.stream().filter(r -> r.api() == Option.BATCH).findFirst().orElse(null);
        OptionCost cached =
                options.stream().filter(o -> o.option() == Option.CACHED).findFirst().orElseThrow();
        BigInteger limit = BigInteger.valueOf(Decision.SEED_API_LIMIT);
        return List.of(
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.UNDER_1M_API,
                        api.firstSelfWin() == null || api.firstSelfWin().compareTo(limit) > 0),
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.HIGH_VOLUME_SELF_HOST, api.selfAlwaysFrom() != null),
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.BULK_BATCH,
                        batch == null ? null : batch.firstSelfWin() == null),
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.MID_VOLUME_CACHING,
                        cached.offered()
                                ? cached.belowApiPct() != null && cached.belowApiPct().signum() > 0
                                : null));
    }

    private static BigDecimal strip(BigDecimal value) {
        return CostEngine.strip(value);
    }
}
