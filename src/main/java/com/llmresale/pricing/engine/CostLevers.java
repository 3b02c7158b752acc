package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The waterfall of a scenario's cost levers (seed 003): each {@link LeverStep} applied in turn to
 * the worst case.
 */
final class CostLevers {
    private CostLevers() {}

    /**
     * @param priced the mix with its prices
     * @param totalTokens the worst case's tokens a month (every user at the token cap)
     * @param before the worst-case cost with no lever
     * @param budget the cost budget, for the users it covers after each step
     */
    static LeverWaterfall waterfall(
            Scenario s,
            List<MixPrice> priced,
            long totalTokens,
            BigDecimal before,
            BigDecimal budget,
            List<Check> checks) {
        BigDecimal users = BigDecimal.valueOf(s.users());
        List<LeverStep.Traffic> traffic =
                priced.stream()
                        .map(
                                p -> {
                                    BigDecimal tokens =
                                            BigDecimal.valueOf(totalTokens).multiply(p.share());
                                    return new LeverStep.Traffic(
                                            tokens.multiply(s.inputShare()),
                                            BigDecimal.ZERO,
                                            tokens.multiply(s.outputShare()),
                                            BigDecimal.ZERO);
                                })
                        .toList();
        List<LeverWaterfall.Step> steps = new ArrayList<>();
        BigDecimal current = before;
        for (LeverStep lever : LeverStep.of(s.levers())) {
            LeverStep.Applied applied = lever.apply(s, priced, traffic, checks);
            traffic = applied.traffic();
            BigDecimal cost = BigDecimal.ZERO;
            for (int i = 0; i < priced.size(); i++) {
                cost = cost.add(traffic.get(i).cost(priced.get(i)));
            }
            steps.add(
                    new LeverWaterfall.Step(
                            lever.lever(),
                            lever.setting(),
                            cost,
                            current.subtract(cost),
                            Capacity.usersWithin(budget, cost.divide(users, Capacity.MC)),
                            applied.note()));
            current = cost;
        }
        return new LeverWaterfall(
                before, Capacity.usersWithin(budget, before.divide(users, Capacity.MC)), steps);
    }
}
