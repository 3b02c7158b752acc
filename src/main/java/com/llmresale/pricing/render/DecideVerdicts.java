package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.DecidePhrases.cents;
import static com.llmresale.pricing.render.DecidePhrases.find;
import static com.llmresale.pricing.render.DecidePhrases.grouped;
import static com.llmresale.pricing.render.DecidePhrases.perMtok;
import static com.llmresale.pricing.render.DecidePhrases.the;
import static com.llmresale.pricing.render.DecidePhrases.tokens;

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

    static String verdictLine(long volume, DecisionReport.Verdict v, List<OptionCost> options) {
        OptionCost winner = find(options, v.winner());
        OptionCost next = find(options, v.runnerUp());
        if (v.savingUsd().signum() == 0) {
            return "At "
                    + grouped(volume)
                    + " tokens/day "
                    + the(v.winner())
                    + " and "
                    + the(v.runnerUp())
                    + " cost the same: "
                    + cents(winner.monthlyUsd())
                    + " a month.";
        }
        return "At "
                + grouped(volume)
                + " tokens/day "
                + the(v.winner())
                + " wins: "
                + cents(winner.monthlyUsd())
                + " a month, "
                + cents(v.savingUsd())
                + " ("
                + v.savingPct().toPlainString()
                + "%) less than "
                + the(v.runnerUp())
                + " ("
                + cents(next.monthlyUsd())
                + ").";
    }

    static String raceLine(DecisionReport r, Race race) {
        String api = "the " + race.api().label();
        if (race.firstSelfWin() == null) {
            OptionCost o = r.option(race.api());
            return "Self-hosting never beats "
                    + api
                    + ": a fully used GPU costs "
                    + perMtok(r.selfHost().fullUseUsdPerMtok())
                    + " per 1M tokens, "
                    + api
                    + " "
                    + Text.usd(o.usdPerMtok())
                    + ".";
        }
        if (race.firstSelfWin().equals(race.selfAlwaysFrom())) {
            return "Self-hosting beats "
                    + api
                    + " at every volume from "
                    + tokens(race.selfAlwaysFrom())
                    + " tokens/day.";
        }
        return "Self-hosting first beats "
                + api
                + " at "
                + tokens(race.firstSelfWin())
                + " tokens/day, and at every volume from "
                + tokens(race.selfAlwaysFrom())
                + " tokens/day"
                + (race.truncated()
                        ? " (the first " + race.changes().size() + " changes are listed)."
                        : ".");
    }

    static String overallLine(DecisionReport r) {
        Race best = r.race(r.bestApi());
        String api = "the " + r.bestApi().label();
        String lead = "Cheapest overall: " + api;
        if (best.firstSelfWin() == null) {
            return lead + " at every volume.";
        }
        if (best.firstSelfWin().equals(BigInteger.ONE)) {
            return "Cheapest overall: self-hosting at every volume.";
        }
        return lead
                + " below "
                + tokens(best.firstSelfWin())
                + " tokens/day, self-hosting from "
                + tokens(best.selfAlwaysFrom())
                + " tokens/day on"
                + (best.firstSelfWin().equals(best.selfAlwaysFrom())
                        ? "."
                        : "; in between, as listed above.");
    }
}
