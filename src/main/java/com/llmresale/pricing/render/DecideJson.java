package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.engine.DecisionReport.Change;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import com.llmresale.pricing.engine.DecisionReport.Race;
import com.llmresale.pricing.engine.DecisionReport.SeedCheck;
import com.llmresale.pricing.model.DecisionCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pricing decide} as JSON: exact figures, each with the sentence the table shows. */
final class DecideJson {
    private static final DecidePhrases ENGLISH = new DecidePhrases(Words.ENGLISH);

    private DecideJson() {}

    static Object json(DecisionReport r) {
        DecisionCase in = r.inputs();
        List<Object> races = new ArrayList<>();
        for (Race race : r.races()) {
            List<Object> changes = new ArrayList<>();
            for (Change c : race.changes()) {
                changes.add(
                        Json.obj(
                                "tokens_per_day",
                                c.tokensPerDay(),
                                "cheaper",
                                c.cheaper().id(),
                                "before",
                                c.before().id(),
                                "gpus",
                                c.gpus(),
                                "tie_tokens_per_day",
                                c.tieTokensPerDay()));
            }
            races.add(
                    Json.obj(
                            "against",
                            race.api().id(),
                            "first_self_host_win_tokens_per_day",
                            race.firstSelfWin(),
                            "self_host_always_from_tokens_per_day",
                            race.selfAlwaysFrom(),
                            "changes",
                            changes,
                            "truncated",
                            race.truncated(),
                            "message",
                            DecideVerdicts.raceLine(r, race, ENGLISH)));
        }
        List<Object> checks = new ArrayList<>();
        for (SeedCheck c : r.seedChecks()) {
            checks.add(
                    Json.obj(
                            "rule",
                            c.rule().id(),
                            "seed_rule",
                            c.rule().text(),
                            "holds",
                            c.holds(),
                            "message",
                            DecideSeedChecks.checkLine(r, c, ENGLISH)));
        }
        DecisionReport.SelfHost s = r.selfHost();
        DecisionReport.Threshold t = r.seedThreshold();
        return Json.obj(
                "example", in.name(),
                "description", in.description(),
                "source", in.source(),
                "provider", r.model().provider(),
                "model", r.model().model(),
                "tokens_per_day", in.tokensPerDay(),
                "input_share", in.inputShare(),
                "days_per_month", in.daysPerMonth(),
                "tokens_per_month", r.tokensPerMonth(),
                "input_usd_per_mtok", r.inputUsdPerMtok(),
                "output_usd_per_mtok", r.outputUsdPerMtok(),
                "cached_input_usd_per_mtok", r.cachedInputUsdPerMtok(),
                "cache_hit_rate", in.cacheHitRate(),
                "batch_discount", r.batchDiscount(),
                "self_host",
                        Json.obj(
                                "gpu_usd_per_hour", in.gpuUsdPerHour(),
                                "gpu_hours_per_month", in.gpuHours(),
                                "gpu_tokens_per_second", in.gpuTokensPerSecond(),
                                "overhead", in.overhead(),
                                "overhead_usd_per_month", in.overheadUsdPerMonth(),
                                "gpu_tokens_per_month", s.gpuTokensPerMonth(),
                                "gpu_tokens_per_day", s.gpuTokensPerDay(),
                                "gpu_usd_per_month", s.gpuUsdPerMonth(),
                                "full_use_usd_per_mtok", s.fullUseUsdPerMtok(),
                                "gpus", s.gpus(),
                                "utilisation_pct", s.utilisationPct()),
                "options", optionsJson(r.options()),
                "cheapest", verdictJson(r.verdict(), in.tokensPerDay(), r.options()),
                "best_api_option", r.bestApi().id(),
                "crossovers", races,
                "overall", DecideVerdicts.overallLine(r, ENGLISH),
                "seed_threshold",
                        Json.obj(
                                "tokens_per_day",
                                t.tokensPerDay(),
                                "options",
                                optionsJson(t.options()),
                                "cheapest",
                                verdictJson(t.verdict(), t.tokensPerDay(), t.options())),
                "seed_checks", checks);
    }

    private static List<Object> optionsJson(List<OptionCost> options) {
        List<Object> out = new ArrayList<>();
        for (OptionCost o : options) {
            Map<String, Object> m =
                    Json.obj(
                            "option",
                            o.option().id(),
                            "offered",
                            o.offered(),
                            "usd_per_mtok",
                            o.usdPerMtok(),
                            "monthly_usd",
                            o.monthlyUsd(),
                            "over_cheapest_usd",
                            o.overCheapestUsd(),
                            "below_api_pct",
                            o.belowApiPct());
            if (!o.offered()) {
                m.put("not_offered_because", Words.ENGLISH.phrase(o.whyNot()));
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> verdictJson(
            DecisionReport.Verdict v, long volume, List<OptionCost> options) {
        return Json.obj(
                "option",
                v.winner().id(),
                "runner_up",
                v.runnerUp().id(),
                "saving_usd",
                v.savingUsd(),
                "saving_pct",
                v.savingPct(),
                "message",
                DecideVerdicts.verdictLine(volume, v, options, ENGLISH));
    }
}
