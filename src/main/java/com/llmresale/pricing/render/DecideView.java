package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.engine.DecisionReport.Change;
import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import com.llmresale.pricing.engine.DecisionReport.Race;
import com.llmresale.pricing.engine.DecisionReport.SeedCheck;
import com.llmresale.pricing.model.DecisionCase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pricing decide}: the options side by side, the volumes where the cheapest changes, and
 * seed 003's rules checked. Money in the table and Markdown to the cent (HALF_UP), a self-hosting
 * $/1M to 4 decimals (HALF_UP); exact in CSV and JSON.
 */
public final class DecideView implements View<DecisionReport> {

    @Override
    public Doc document(DecisionReport r) {
        Doc.Builder doc = Doc.builder();
        doc.paragraph(intro(r));
        doc.grid(optionsGrid(r.options()));
        doc.paragraph(verdictLine(r.inputs().tokensPerDay(), r.verdict(), r.options()));
        doc.heading("Where the cheaper option changes (whole tokens/day)");
        Grid.Builder changes =
                Grid.builder(
                        Grid.Column.text("self-hosting against"),
                        Grid.Column.number("from tokens/day"),
                        Grid.Column.text("cheaper from there"),
                        Grid.Column.number("GPUs"),
                        Grid.Column.number("costs equal at"));
        boolean any = false;
        for (Race race : r.races()) {
            for (Change c : race.changes()) {
                changes.row(
                        race.api().label(),
                        tokens(c.tokensPerDay()),
                        c.cheaper().label(),
                        c.gpus().toString(),
                        c.tieTokensPerDay() == null
                                ? "(a GPU added)"
                                : grouped(c.tieTokensPerDay()));
                any = true;
            }
        }
        if (any) {
            doc.grid(changes.build());
        }
        List<String> lines = new ArrayList<>();
        for (Race race : r.races()) {
            lines.add(raceLine(r, race));
        }
        lines.add(overallLine(r));
        doc.paragraph(lines);
        doc.heading("Seed 003's rules against these figures");
        doc.paragraph(r.seedChecks().stream().map(c -> "- " + checkLine(r, c)).toList());
        return doc.build();
    }

    private static List<String> intro(DecisionReport r) {
        DecisionCase in = r.inputs();
        List<String> lines = new ArrayList<>();
        lines.add(
                "Build or buy"
                        + (in.name() == null ? "" : " (example " + in.name() + ")")
                        + (in.description() == null ? "" : ": " + in.description()));
        if (in.source() != null) {
            lines.add("Source: " + in.source());
        }
        lines.add(
                "Workload: "
                        + grouped(in.tokensPerDay())
                        + " tokens/day, "
                        + pct(in.inputShare())
                        + " input, "
                        + in.daysPerMonth()
                        + "-day months = "
                        + tokens(r.tokensPerMonth())
                        + " tokens a month.");
        lines.add(
                "API: "
                        + r.model()
                        + " at "
                        + Text.usd(r.inputUsdPerMtok())
                        + " input / "
                        + Text.usd(r.outputUsdPerMtok())
                        + " output per 1M tokens"
                        + (r.cachedInputUsdPerMtok() == null
                                ? ""
                                : ", "
                                        + Text.usd(r.cachedInputUsdPerMtok())
                                        + " cached input ("
                                        + pct(in.cacheHitRate())
                                        + " hit rate)")
                        + (r.batchDiscount() == null
                                ? ""
                                : "; batch " + pct(r.batchDiscount()) + " off")
                        + ".");
        DecisionReport.SelfHost s = r.selfHost();
        lines.add(
                "Self-hosting: a GPU at "
                        + Text.usd(in.gpuUsdPerHour())
                        + "/hour x "
                        + in.gpuHours().toPlainString()
                        + " hours x (1 + "
                        + pct(in.overhead())
                        + " overhead) = "
                        + cents(s.gpuUsdPerMonth())
                        + " a month"
                        + (in.overheadUsdPerMonth().signum() == 0
                                ? ""
                                : ", plus "
                                        + cents(in.overheadUsdPerMonth())
                                        + " a month fixed overhead")
                        + ", serving "
                        + grouped(in.gpuTokensPerSecond())
                        + " tokens/s = "
                        + grouped(s.gpuTokensPerDay())
                        + " tokens/day: "
                        + perMtok(s.fullUseUsdPerMtok())
                        + " per 1M tokens at full use"
                        + (in.overheadUsdPerMonth().signum() == 0
                                ? "."
                                : " (fixed overhead aside)."));
        return lines;
    }

    private static Grid optionsGrid(List<OptionCost> options) {
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("option"),
                        Grid.Column.number("$ per 1M"),
                        Grid.Column.number("per month"),
                        Grid.Column.number("over cheapest"),
                        Grid.Column.number("vs API"),
                        Grid.Column.text("note"));
        for (OptionCost o : options) {
            if (!o.offered()) {
                grid.row(o.option().label(), "", "", "", "", "not offered: " + o.whyNot());
                continue;
            }
            grid.row(
                    o.option().label(),
                    rate(o),
                    cents(o.monthlyUsd()),
                    o.overCheapestUsd().signum() == 0
                            ? "cheapest"
                            : "+" + cents(o.overCheapestUsd()),
                    o.option() == Option.API || o.belowApiPct() == null
                            ? ""
                            : Text.signedPct(o.belowApiPct().negate()),
                    "");
        }
        return grid.build();
    }

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

    /** "the batch API", "self-hosting". */
    private static String the(Option o) {
        return o == Option.SELF_HOST ? o.label() : "the " + o.label();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static OptionCost find(List<OptionCost> options, Option option) {
        return options.stream().filter(o -> o.option() == option).findFirst().orElseThrow();
    }

    /** A $/1M: exact for the API options, 4 decimals HALF_UP for self-hosting's quotient. */
    private static String rate(OptionCost o) {
        return o.option() == Option.SELF_HOST ? perMtok(o.usdPerMtok()) : Text.usd(o.usdPerMtok());
    }

    /** Self-hosting's $/1M, a quotient: 4 decimals HALF_UP. */
    private static String perMtok(BigDecimal usd) {
        return Text.usd(usd.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static String cents(BigDecimal usd) {
        return Text.usd(usd.setScale(2, RoundingMode.HALF_UP));
    }

    /** A share as a percentage: 0.25 -> 25%. */
    private static String pct(BigDecimal share) {
        return Fmt.ENGLISH.shareExact(share);
    }

    private static String tokens(BigInteger n) {
        return Fmt.ENGLISH.number(new BigDecimal(n));
    }

    private static String grouped(long n) {
        return Fmt.ENGLISH.count(n);
    }

    private static String grouped(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return Fmt.ENGLISH.number(s.scale() < 0 ? s.setScale(0) : s);
    }

    static final List<String> COLUMNS =
            List.of(
                    "model",
                    "tokens_per_day",
                    "input_share",
                    "days_per_month",
                    "tokens_per_month",
                    "option",
                    "offered",
                    "usd_per_mtok",
                    "monthly_usd",
                    "over_cheapest_usd",
                    "below_api_pct",
                    "cheapest",
                    "gpus",
                    "first_self_host_win_tokens_per_day",
                    "self_host_always_from_tokens_per_day",
                    "not_offered_because");

    /** One row per option; the race columns say where self-hosting overtakes that API option. */
    @Override
    public Grid csv(DecisionReport r) {
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.of(
                                COLUMNS,
                                java.util.Set.of(
                                        "tokens_per_day",
                                        "input_share",
                                        "days_per_month",
                                        "tokens_per_month",
                                        "usd_per_mtok",
                                        "monthly_usd",
                                        "over_cheapest_usd",
                                        "below_api_pct",
                                        "gpus",
                                        "first_self_host_win_tokens_per_day",
                                        "self_host_always_from_tokens_per_day")));
        for (OptionCost o : r.options()) {
            Race race = r.race(o.option());
            grid.row(
                    r.model().toString(),
                    String.valueOf(r.inputs().tokensPerDay()),
                    Text.plain(r.inputs().inputShare()),
                    String.valueOf(r.inputs().daysPerMonth()),
                    r.tokensPerMonth().toString(),
                    o.option().id(),
                    String.valueOf(o.offered()),
                    Text.plain(o.usdPerMtok()),
                    Text.plain(o.monthlyUsd()),
                    Text.plain(o.overCheapestUsd()),
                    Text.plain(o.belowApiPct()),
                    String.valueOf(o.option() == r.verdict().winner()),
                    o.option() == Option.SELF_HOST ? r.selfHost().gpus().toString() : "",
                    race == null || race.firstSelfWin() == null
                            ? ""
                            : race.firstSelfWin().toString(),
                    race == null || race.selfAlwaysFrom() == null
                            ? ""
                            : race.selfAlwaysFrom().toString(),
                    o.whyNot() == null ? "" : o.whyNot());
        }
        return grid.build();
    }

    @Override
    public Object json(DecisionReport r) {
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
                            raceLine(r, race)));
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
                            checkLine(r, c)));
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
                "overall", overallLine(r),
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
                m.put("not_offered_because", o.whyNot());
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
                verdictLine(volume, v, options));
    }
}
