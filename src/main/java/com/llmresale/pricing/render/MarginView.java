package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.MarginReport;
import com.llmresale.pricing.engine.MarginReport.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pricing margin}: per model, the cost of one request at the token mix against its credits.
 * The document is built from plain blocks (paragraphs, one grid, a summary), so any renderer of
 * {@link Doc} (table, Markdown, an HTML page later) draws it the same way.
 */
public final class MarginView implements View<MarginReport> {
    @Override
    public Doc document(MarginReport r) {
        return document(r, Words.ENGLISH);
    }

    /** The page in the reader's language, numbers through its {@link Fmt}. */
    @Override
    public Doc document(MarginReport r, Words w) {
        Doc.Builder doc =
                Doc.builder()
                        .paragraph(
                                mixLine(r.mix(), w),
                                valueLine(r.creditValue(), w),
                                PriceRowColumns.baselineLine(r.baseline(), w)
                                        + baselineCost(r.summary(), w));
        boolean usage = r.mix().fromUsage();
        boolean value = r.creditValue() != null;
        List<Grid.Column> columns =
                new ArrayList<>(List.of(Grid.Column.text("provider"), Grid.Column.text("model")));
        if (usage) {
            columns.addAll(
                    List.of(
                            Grid.Column.number("requests"),
                            Grid.Column.number("tokens/req"),
                            Grid.Column.number("input")));
        }
        columns.addAll(
                List.of(
                        Grid.Column.number("$ in"),
                        Grid.Column.number("$ out"),
                        Grid.Column.number("$ mix"),
                        Grid.Column.number("credits"),
                        Grid.Column.number("fair"),
                        Grid.Column.number("cost/request"),
                        Grid.Column.number("break-even/credit"),
                        Grid.Column.number("vs baseline")));
        if (value) {
            columns.addAll(
                    List.of(Grid.Column.number("margin/request"), Grid.Column.number("margin %")));
        }
        columns.add(Grid.Column.text("note"));
        Fmt f = w.fmt();
        Grid.Builder grid = Grid.builder(columns);
        for (Line m : r.models()) {
            List<String> cells = new ArrayList<>(List.of(m.provider(), m.model()));
            if (usage) {
                cells.addAll(
                        List.of(
                                count(m.requests(), w),
                                decimal(m.tokensPerRequest(), w),
                                f.shareExact(m.inputShare())));
            }
            cells.addAll(
                    List.of(
                            f.price(m.inputUsdPerMtok()),
                            f.price(m.outputUsdPerMtok()),
                            f.price(m.mixUsdPerMtok()),
                            count(m.credits(), w),
                            count(m.fairCredits(), w),
                            usd(m.costPerRequestUsd(), w),
                            usd(m.breakevenUsdPerCredit(), w),
                            f.signedPercent(m.costPerCreditVsBaselinePct())));
            if (value) {
                cells.addAll(List.of(usd(m.marginPerRequestUsd(), w), f.percent(m.marginPct())));
            }
            cells.add(note(m, w));
            grid.row(cells);
        }
        doc.heading("Models, worst earner per credit first (" + r.models().size() + ")");
        Doc.Chart chart = MarginChart.of(r, w);
        if (chart != null) {
            doc.chart(chart);
        }
        doc.grid(grid.build());
        List<String> tail = new ArrayList<>();
        tail.add(summaryLine(r, w));
        if (!r.unlisted().isEmpty()) {
            tail.add(
                    w.format(
                            "margin.unlisted.line",
                            String.join(", ", r.unlisted().stream().map(w::phrase).toList())));
        }
        r.notes().forEach(n -> tail.add(w.format("margin.note", n)));
        tail.add(w.get("margin.legend"));
        return doc.paragraph(tail).build();
    }

    /** A count with thousands separators. */
    private static String count(Number n, Words w) {
        return n == null ? "" : w.fmt().count(n.longValue());
    }

    /** A decimal: plain in English (tokens per request), with thousands separators in Turkish. */
    private static String decimal(BigDecimal v, Words w) {
        return w.english() ? w.fmt().plain(v) : w.fmt().number(v);
    }

    /** Dollars as given, in the reader's format. */
    private static String usd(BigDecimal v, Words w) {
        return w.fmt().usd(v);
    }

    private static String mixLine(MarginReport.Mix mix, Words w) {
        Fmt f = w.fmt();
        if (mix.fromUsage()) {
            return w.format(
                    "margin.mix.usage",
                    mix.source(),
                    mix.tokensPerRequest() == null
                            ? ""
                            : w.format(
                                    "margin.mix.usage.all",
                                    decimal(mix.tokensPerRequest(), w),
                                    f.shareExact(mix.inputShare())));
        }
        return w.format(
                "margin.mix",
                decimal(mix.tokensPerRequest(), w),
                f.shareExact(mix.inputShare()),
                mix.source());
    }

    private static String valueLine(MarginReport.CreditValue v, Words w) {
        return v == null
                ? w.get("margin.value.none")
                : w.format("margin.value", usd(v.usd(), w), v.source());
    }

    private static String baselineCost(MarginReport.Summary s, Words w) {
        return s.baselineUsdPerCredit() == null
                ? ""
                : w.format("margin.baseline_cost", usd(s.baselineUsdPerCredit(), w));
    }

    private static String note(Line m, Words w) {
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(m.belowCost())) {
            parts.add(w.get("margin.below_cost"));
        }
        if (m.underCharged()) {
            parts.add(w.get("margin.under_charged"));
        } else if (m.overCharged()) {
            parts.add(w.get("margin.over_charged"));
        }
        if (m.pinned()) {
            parts.add(w.get("remark.pinned"));
        }
        return String.join("; ", parts);
    }

    /**
     * The summary in English, as the JSON's {@code summary.text} carries it: how many earn less per
     * credit than the baseline, how the rule charges, how many lose money.
     */
    public static String summaryLine(MarginReport r) {
        return summaryLine(r, Words.ENGLISH);
    }

    static String summaryLine(MarginReport r, Words w) {
        MarginReport.Summary s = r.summary();
        String line =
                w.format(
                        "margin.summary",
                        count(s.belowBaseline(), w),
                        w.format(
                                s.models() == 1 ? "noun.model.one" : "noun.model.many",
                                count(s.models(), w)),
                        count(s.aboveBaseline(), w),
                        count(s.atBaseline(), w),
                        count(s.underCharged(), w),
                        count(s.overCharged(), w));
        if (s.belowCost() != null) {
            line +=
                    w.format(
                            s.belowCost() == 1 ? "margin.below_cost.one" : "margin.below_cost.many",
                            count(s.belowCost(), w),
                            usd(r.creditValue().usd(), w));
        }
        return line;
    }

    /** How the credit rule charges against fair_credits: under, over or fair (CSV and JSON). */
    static String charge(Line m) {
        return m.underCharged() ? "under" : m.overCharged() ? "over" : "fair";
    }

    /** A row per model ({@link MarginCsv}). */
    @Override
    public Grid csv(MarginReport r) {
        return MarginCsv.csv(r);
    }

    /** The contract's keys ({@link MarginJson}). */
    @Override
    public Object json(MarginReport r) {
        return MarginJson.json(r);
    }
}
