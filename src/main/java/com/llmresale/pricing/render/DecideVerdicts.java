package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.DecidePhrases.find;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import com.llmresale.pricing.engine.DecisionReport.Race;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code pricing decide}: the verdict in words, where self-hosting overtakes each API option, and
 * the cheapest option overall.
 */
final class DecideVerdicts {
    private DecideVerdicts() {}

    static String verdictLine(
            long volume, DecisionReport.Verdict v, List<OptionCost> options, DecidePhrases p) {
        OptionCost winner = find(options, v.winner());
        OptionCost next = find(options, v.runnerUp());
        if (v.savingUsd().signum() == 0) {
            return p.format(
                    "verdict.tie",
                    p.grouped(volume),
                    p.the(v.winner()),
                    p.the(v.runnerUp()),
                    p.cents(winner.monthlyUsd()));
        }
        return p.format(
                "verdict.win",
                p.grouped(volume),
                p.the(v.winner()),
                p.cents(winner.monthlyUsd()),
                p.cents(v.savingUsd()),
                p.percent(v.savingPct()),
                p.the(v.runnerUp()),
                p.cents(next.monthlyUsd()));
    }

    static String raceLine(DecisionReport r, Race race, DecidePhrases p) {
        String api = p.the(race.api());
        if (race.firstSelfWin() == null) {
            return p.format(
                    "race.never",
                    api,
                    p.perMtok(r.selfHost().fullUseUsdPerMtok()),
                    p.usd(r.option(race.api()).usdPerMtok()));
        }
        if (race.firstSelfWin().equals(race.selfAlwaysFrom())) {
            return p.format("race.always", api, p.tokens(race.selfAlwaysFrom()));
        }
        return p.format(
                race.truncated() ? "race.first.truncated" : "race.first",
                api,
                p.tokens(race.firstSelfWin()),
                p.tokens(race.selfAlwaysFrom()),
                p.grouped(race.changes().size()));
    }

    static String overallLine(DecisionReport r, DecidePhrases p) {
        Race best = r.race(r.bestApi());
        String api = p.the(r.bestApi());
        if (best.firstSelfWin() == null) {
            return p.format("overall.api", api);
        }
        if (best.firstSelfWin().equals(BigInteger.ONE)) {
            return p.format("overall.self");
        }
        return p.format(
                best.firstSelfWin().equals(best.selfAlwaysFrom())
                        ? "overall.split"
                        : "overall.split.between",
                api,
                p.tokens(best.firstSelfWin()),
                p.tokens(best.selfAlwaysFrom()));
    }
}
