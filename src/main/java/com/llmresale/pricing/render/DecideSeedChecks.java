package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.DecidePhrases.find;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.Race;
import com.llmresale.pricing.engine.DecisionReport.SeedCheck;

/** {@code pricing decide}: seed 003's rules of thumb checked against the figures, in words. */
final class DecideSeedChecks {
    private DecideSeedChecks() {}

    /** The rule as seed 003 puts it, in this language: "under 1M tokens/day: cloud API". */
    static String rule(DecisionReport.Rule rule, DecidePhrases p) {
        return p.format("rule." + rule.id());
    }

    static String checkLine(DecisionReport r, SeedCheck c, DecidePhrases p) {
        return "\"" + rule(c.rule(), p) + "\": " + verdict(r, c, p);
    }

    private static String verdict(DecisionReport r, SeedCheck c, DecidePhrases p) {
        Race api = r.race(Option.API);
        switch (c.rule()) {
            case UNDER_1M_API -> {
                DecisionReport.Threshold t = r.seedThreshold();
                String where =
                        api.firstSelfWin() == null
                                ? p.format("check.under.never")
                                : p.format("check.under.first", p.tokens(api.firstSelfWin()));
                String cheapest =
                        t.verdict().winner() == Option.API
                                ? ""
                                : p.format(
                                        "check.under.cheapest",
                                        p.grouped(t.tokensPerDay()),
                                        p.the(t.verdict().winner()),
                                        p.cents(
                                                find(t.options(), t.verdict().winner())
                                                        .monthlyUsd()));
                return p.format(
                        c.holds() ? "check.under.holds" : "check.under.fails",
                        p.grouped(t.tokensPerDay()),
                        p.cents(find(t.options(), Option.API).monthlyUsd()),
                        p.cents(find(t.options(), Option.SELF_HOST).monthlyUsd()),
                        where,
                        cheapest);
            }
            case HIGH_VOLUME_SELF_HOST -> {
                if (!c.holds()) {
                    return p.format(
                            "check.high.fails",
                            p.perMtok(r.selfHost().fullUseUsdPerMtok()),
                            p.usd(r.option(Option.API).usdPerMtok()));
                }
                String best = "";
                if (r.bestApi() != Option.API) {
                    Race race = r.race(r.bestApi());
                    best =
                            race.firstSelfWin() == null
                                    ? p.format(
                                            "check.high.never_best",
                                            p.the(r.bestApi()),
                                            p.perMtok(r.selfHost().fullUseUsdPerMtok()),
                                            p.usd(r.option(r.bestApi()).usdPerMtok()))
                                    : p.format(
                                            "check.high.best",
                                            p.the(r.bestApi()),
                                            p.tokens(race.selfAlwaysFrom()));
                }
                return p.format("check.high.holds", p.tokens(api.selfAlwaysFrom()), best);
            }
            case BULK_BATCH -> {
                if (c.holds() == null) {
                    return p.format("check.cannot", whyNot(r, Option.BATCH, p));
                }
                String below =
                        p.format(
                                "check.bulk.below",
                                p.percent(r.option(Option.BATCH).belowApiPct()));
                Race race = r.race(Option.BATCH);
                return c.holds()
                        ? p.format("check.bulk.holds", below)
                        : p.format(
                                "check.bulk.partly",
                                p.tokens(race.firstSelfWin()),
                                below,
                                p.tokens(race.selfAlwaysFrom()));
            }
            case MID_VOLUME_CACHING -> {
                if (c.holds() == null) {
                    return p.format("check.cannot", whyNot(r, Option.CACHED, p));
                }
                return c.holds()
                        ? p.format(
                                "check.mid.holds",
                                p.pct(r.inputs().cacheHitRate()),
                                p.percent(r.option(Option.CACHED).belowApiPct()))
                        : p.format("check.mid.fails", p.pct(r.inputs().cacheHitRate()));
            }
            default -> throw new IllegalStateException(c.rule().name());
        }
    }

    static String whyNot(DecisionReport r, Option option, DecidePhrases p) {
        return p.words.phrase(r.option(option).whyNot());
    }
}
