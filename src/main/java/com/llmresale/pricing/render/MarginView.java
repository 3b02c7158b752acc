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
        Doc.Builder doc =
                Doc.builder()
                        .paragraph(
                                mixLine(r.mix()),
                                valueLine(r.creditValue()),
                                PriceRowColumns.baselineLine(r.baseline())
                                        + baselineCost(r.summary()));
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
        Grid.Builder grid = Grid.builder(columns);
        for (Line m : r.models()) {
            List<String> cells = new ArrayList<>(List.of(m.provider(), m.model()));
            if (usage) {
                cells.addAll(
                        List.of(
                                String.valueOf(m.requests()),
                                Text.plain(m.tokensPerRequest()),
                                pct(m.inputShare())));
            }
            cells.addAll(
                    List.of(
                            Text.price(m.inputUsdPerMtok()),
                            Text.price(m.outputUsdPerMtok()),
                            Text.price(m.mixUsdPerMtok()),
                            String.valueOf(m.credits()),
                            String.valueOf(m.fairCredits()),
                            Text.usd(m.costPerRequestUsd()),
                            Text.usd(m.breakevenUsdPerCredit()),
                            Text.signedPct(m.costPerCreditVsBaselinePct())));
            if (value) {
                cells.addAll(
                        List.of(
                                Text.usd(m.marginPerRequestUsd()),
                                m.marginPct() == null ? "" : m.marginPct().toPlainString() + "%"));
            }
            cells.add(note(m));
            grid.row(cells);
        }
        doc.heading("Models, worst earner per credit first (" + r.models().size() + ")")
                .grid(grid.build());
        List<String> tail = new ArrayList<>();
        tail.add(summaryLine(r));
        if (!r.unlisted().isEmpty()) {
            tail.add("Not listed: " + String.join(", ", r.unlisted()) + ".");
        }
        r.notes().forEach(n -> tail.add("Note: " + n + "."));
        tail.add(
                "vs baseline: how much more (+) or less (-) a credit of the model costs than a credit of the "
                        + "baseline for the same tokens; fair: what the credit rule charges at this mix.");
        return doc.paragraph(tail).build();
    }

    private static String mixLine(MarginReport.Mix mix) {
        if (mix.fromUsage()) {
            return "Token mix: each model's own average from "
                    + mix.source()
                    + (mix.tokensPerRequest() == null
                            ? ""
                            : " (all listed: "
                                    + mix.tokensPerRequest().toPlainString()
                                    + " tokens per request, "
                                    + pct(mix.inputShare())
                                    + " input)");
        }
        return "Token mix: "
                + mix.tokensPerRequest().toPlainString()
                + " tokens per request, "
                + pct(mix.inputShare())
                + " input ("
                + mix.source()
                + ")";
    }

    private static String valueLine(MarginReport.CreditValue v) {
        return v == null
                ? "Credit value: not given (--credit-value-usd X, or credits_per_user in the scenario): "
                        + "break-even only, no margins"
                : "Credit value: " + Text.usd(v.usd()) + " per credit (" + v.source() + ")";
    }

    private static String baselineCost(MarginReport.Summary s) {
        return s.baselineUsdPerCredit() == null
                ? ""
                : "; a baseline credit costs "
                        + Text.usd(s.baselineUsdPerCredit())
                        + " at this mix";
    }

    private static String note(Line m) {
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(m.belowCost())) {
            parts.add("BELOW COST");
        }
        if (m.underCharged()) {
            parts.add("under-charged");
        } else if (m.overCharged()) {
            parts.add("over-charged");
        }
        if (m.pinned()) {
            parts.add("pinned");
        }
        return String.join("; ", parts);
    }

    /**
     * The summary: how many earn less per credit than the baseline, how the rule charges, how many
     * lose money.
     */
    public static String summaryLine(MarginReport r) {
        MarginReport.Summary s = r.summary();
        StringBuilder line = new StringBuilder();
        line.append(s.belowBaseline())
                .append(" of ")
                .append(Text.count(s.models(), "model"))
                .append(" earn less per credit than the baseline at this mix (")
                .append(s.aboveBaseline())
                .append(" more, ")
                .append(s.atBaseline())
                .append(" the same). The credit rule under-charges ")
                .append(s.underCharged())
                .append(" and over-charges ")
                .append(s.overCharged())
                .append(" against fair_credits.");
        if (s.belowCost() != null) {
            line.append(' ')
                    .append(s.belowCost())
                    .append(s.belowCost() == 1 ? " is" : " are")
                    .append(" sold below cost at ")
                    .append(Text.usd(r.creditValue().usd()))
                    .append(" per credit.");
        }
        return line.toString();
    }

    private static String pct(BigDecimal share) {
        return Fmt.ENGLISH.shareExact(share);
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
