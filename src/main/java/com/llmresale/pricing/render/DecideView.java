package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.engine.DecisionReport.Change;
import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import com.llmresale.pricing.engine.DecisionReport.Race;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pricing decide}: the options side by side, the volumes where the cheapest changes, and
 * seed 003's rules checked. Money in the table and Markdown to the cent (HALF_UP), a self-hosting
 * $/1M to 4 decimals (HALF_UP); exact in CSV and JSON.
 */
public final class DecideView implements View<DecisionReport> {

    @Override
    public Doc document(DecisionReport r) {
        return document(r, Words.ENGLISH);
    }

    /** The HTML format: the table format's document in the reader's language. */
    @Override
    public Doc html(DecisionReport report, Words words) {
        return document(report, words);
    }

    @Override
    public Doc document(DecisionReport r, Words words) {
        DecidePhrases p = new DecidePhrases(words);
        Doc.Builder doc = Doc.builder();
        doc.paragraph(DecideIntro.lines(r, p));
        doc.grid(optionsGrid(r.options(), p));
        doc.paragraph(
                DecideVerdicts.verdictLine(r.inputs().tokensPerDay(), r.verdict(), r.options(), p));
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
                        p.label(race.api()),
                        p.tokens(c.tokensPerDay()),
                        p.label(c.cheaper()),
                        p.tokens(c.gpus()),
                        c.tieTokensPerDay() == null
                                ? p.format("gpu_added")
                                : p.grouped(c.tieTokensPerDay()));
                any = true;
            }
        }
        if (any) {
            doc.grid(changes.build());
        }
        List<String> lines = new ArrayList<>();
        for (Race race : r.races()) {
            lines.add(DecideVerdicts.raceLine(r, race, p));
        }
        lines.add(DecideVerdicts.overallLine(r, p));
        doc.paragraph(lines);
        doc.heading("Seed 003's rules against these figures");
        doc.paragraph(
                r.seedChecks().stream()
                        .map(c -> "- " + DecideSeedChecks.checkLine(r, c, p))
                        .toList());
        return doc.build();
    }

    private static Grid optionsGrid(List<OptionCost> options, DecidePhrases p) {
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
                grid.row(
                        p.label(o.option()),
                        "",
                        "",
                        "",
                        "",
                        p.format("not_offered", p.words.phrase(o.whyNot())));
                continue;
            }
            grid.row(
                    p.label(o.option()),
                    p.rate(o),
                    p.cents(o.monthlyUsd()),
                    o.overCheapestUsd().signum() == 0
                            ? p.format("cheapest")
                            : "+" + p.cents(o.overCheapestUsd()),
                    o.option() == Option.API || o.belowApiPct() == null
                            ? ""
                            : p.signedPct(o.belowApiPct().negate()),
                    "");
        }
        return grid.build();
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
                    o.whyNot() == null ? "" : Words.ENGLISH.phrase(o.whyNot()));
        }
        return grid.build();
    }

    @Override
    public Object json(DecisionReport r) {
        return DecideJson.json(r);
    }
}
