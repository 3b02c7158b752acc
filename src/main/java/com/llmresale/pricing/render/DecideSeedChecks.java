package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.DecidePhrases.capitalise;
import static com.llmresale.pricing.render.DecidePhrases.cents;
import static com.llmresale.pricing.render.DecidePhrases.find;
import static com.llmresale.pricing.render.DecidePhrases.grouped;
import static com.llmresale.pricing.render.DecidePhrases.pct;
import static com.llmresale.pricing.render.DecidePhrases.perMtok;
import static com.llmresale.pricing.render.DecidePhrases.the;
import static com.llmresale.pricing.render.DecidePhrases.tokens;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import com.llmresale.pricing.engine.DecisionReport.Race;
import com.llmresale.pricing.engine.DecisionReport.SeedCheck;

/** {@code pricing decide}: seed 003's rules of thumb checked against the figures, in words. */
final class DecideSeedChecks {
    private DecideSeedChecks() {}

    static String checkLine(DecisionReport r, SeedCheck c) {
        String rule = "\"" + c.rule().text() + "\": ";
        Race api = r.race(Option.API);
        switch (c.rule()) {
            case UNDER_1M_API -> {
                DecisionReport.Threshold t = r.seedThreshold();
                OptionCost a = find(t.options(), Option.API);
                OptionCost s = find(t.options(), Option.SELF_HOST);
                String at =
                        "at "
                                + grouped(t.tokensPerDay())
                                + " tokens/day the cloud API costs "
                                + cents(a.monthlyUsd())
                                + " a month, self-hosting "
                                + cents(s.monthlyUsd())
                                + "; ";
                String where =
                        api.firstSelfWin() == null
                                ? "self-hosting never beats it"
                                : "self-hosting first beats it at "
                                        + tokens(api.firstSelfWin())
                                        + " tokens/day";
                String cheapest =
                        t.verdict().winner() == Option.API
                                ? ""
                                : " The cheapest option at "
                                        + grouped(t.tokensPerDay())
                                        + " tokens/day is "
                                        + the(t.verdict().winner())
                                        + " ("
                                        + cents(
                                                find(t.options(), t.verdict().winner())
                                                        .monthlyUsd())
                                        + ").";
                return rule
                        + (c.holds() ? "holds. " : "does not hold here. ")
                        + capitalise(at)
                        + where
                        + "."
                        + cheapest;
            }
            case HIGH_VOLUME_SELF_HOST -> {
                if (!c.holds()) {
                    return rule
                            + "does not hold here: self-hosting never beats the cloud API (a fully used GPU costs "
                            + perMtok(r.selfHost().fullUseUsdPerMtok())
                            + " per 1M tokens, the API "
                            + Text.usd(r.option(Option.API).usdPerMtok())
                            + ").";
                }
                String line =
                        rule
                                + "holds against the cloud API from "
                                + tokens(api.selfAlwaysFrom())
                                + " tokens/day";
                if (r.bestApi() != Option.API) {
                    Race best = r.race(r.bestApi());
                    line +=
                            best.firstSelfWin() == null
                                    ? ", but never against the "
                                            + r.bestApi().label()
                                            + ": a fully used GPU costs "
                                            + perMtok(r.selfHost().fullUseUsdPerMtok())
                                            + " per 1M tokens, the "
                                            + r.bestApi().label()
                                            + " "
                                            + Text.usd(r.option(r.bestApi()).usdPerMtok())
                                    : "; against the "
                                            + r.bestApi().label()
                                            + " from "
                                            + tokens(best.selfAlwaysFrom())
                                            + " tokens/day";
                }
                return line + ".";
            }
            case BULK_BATCH -> {
                if (c.holds() == null) {
                    return rule + "cannot apply: " + r.option(Option.BATCH).whyNot() + ".";
                }
                OptionCost b = r.option(Option.BATCH);
                String below =
                        "the batch API costs "
                                + b.belowApiPct().toPlainString()
                                + "% less than the cloud API at every volume";
                Race race = r.race(Option.BATCH);
                return rule
                        + (c.holds()
                                ? "holds: " + below + ", and self-hosting never beats it."
                                : "holds below "
                                        + tokens(race.firstSelfWin())
                                        + " tokens/day: "
                                        + below
                                        + "; self-hosting beats it at every volume from "
                                        + tokens(race.selfAlwaysFrom())
                                        + " tokens/day.");
            }
            case MID_VOLUME_CACHING -> {
                if (c.holds() == null) {
                    return rule + "cannot apply: " + r.option(Option.CACHED).whyNot() + ".";
                }
                OptionCost o = r.option(Option.CACHED);
                return rule
                        + (c.holds()
                                ? "at a "
                                        + pct(r.inputs().cacheHitRate())
                                        + " hit rate caching costs "
                                        + o.belowApiPct().toPlainString()
                                        + "% less than the cloud API at every volume"
                                : "saves nothing at a "
                                        + pct(r.inputs().cacheHitRate())
                                        + " hit rate")
                        + " (privacy is not a cost and is not judged).";
            }
            default -> throw new IllegalStateException(c.rule().name());
        }
    }
}
