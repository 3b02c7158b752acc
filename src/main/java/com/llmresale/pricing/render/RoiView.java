package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.RoiEngine;
import com.llmresale.pricing.engine.RoiReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code pricing roi}: fine-tuning break-even and the savings over a few horizons. */
public final class RoiView implements View<RoiReport> {

    @Override
    public Doc document(RoiReport r) {
        return document(r, Words.ENGLISH);
    }

    /** The HTML format: the table format's document in the reader's language. */
    @Override
    public Doc html(RoiReport report, Words words) {
        return document(report, words);
    }

    @Override
    public Doc document(RoiReport r, Words words) {
        RoiLines lines = new RoiLines(words);
        Doc.Builder doc = Doc.builder();
        List<String> intro = new ArrayList<>();
        String title =
                r.example() == null
                        ? words.get("roi.title")
                        : words.format("roi.title.example", r.example());
        intro.add(r.description() == null ? title : title + ": " + r.description());
        if (r.source() != null) {
            intro.add(words.format("roi.source", r.source()));
        }
        doc.paragraph(intro);
        doc.grid(
                Grid.builder(Grid.Column.text("cost"), Grid.Column.number("$"))
                        .row(words.get("roi.row.training"), lines.usd(r.trainingUsd()))
                        .row(words.get("roi.row.before"), lines.usd(r.monthlyBeforeUsd()))
                        .row(words.get("roi.row.after"), lines.usd(r.monthlyAfterUsd()))
                        .row(words.get("roi.row.saving"), lines.usd(r.monthlySavingUsd()))
                        .build());
        doc.paragraph(lines.breakEvenLine(r));
        Grid.Builder horizons =
                Grid.builder(
                        Grid.Column.number("months"),
                        Grid.Column.number("saving"),
                        Grid.Column.number("net of training"),
                        Grid.Column.number("ROI"));
        for (RoiReport.Horizon h : r.horizons()) {
            horizons.row(
                    Amounts.count(words, h.months()),
                    lines.usd(h.savingUsd()),
                    lines.usd(h.netUsd()),
                    h.roiPct() == null ? "" : words.fmt().signedPercent(h.roiPct()));
        }
        doc.grid(horizons.build());
        if (r.claim() != null) {
            doc.paragraph(lines.claimLine(r));
        }
        return doc.build();
    }

    static String breakEvenLine(RoiReport r) {
        return ENGLISH.breakEvenLine(r);
    }

    static String claimLine(RoiReport r) {
        return ENGLISH.claimLine(r);
    }

    private static final RoiLines ENGLISH = new RoiLines(Words.ENGLISH);

    static final List<String> COLUMNS =
            List.of(
                    "example",
                    "training_usd",
                    "monthly_before_usd",
                    "monthly_after_usd",
                    "monthly_saving_usd",
                    "break_even",
                    "break_even_months",
                    "break_even_months_exact",
                    "break_even_days",
                    "days_per_month",
                    "under_one_month",
                    "pays_back_in_month",
                    "horizon_months",
                    "saving_usd",
                    "net_usd",
                    "roi_pct",
                    "claimed_break_even_months",
                    "claim_holds");

    /** One row per horizon; the break-even columns repeat on each. */
    @Override
    public Grid csv(RoiReport r) {
        Set<String> text =
                Set.of(
                        "example",
                        "break_even",
                        "break_even_months_exact",
                        "under_one_month",
                        "claim_holds");
        Grid.Builder grid =
                Grid.builder(
                        COLUMNS.stream().map(c -> new Grid.Column(c, !text.contains(c))).toList());
        for (RoiReport.Horizon h : r.horizons()) {
            grid.row(
                    nz(r.example()),
                    Text.plain(r.trainingUsd()),
                    Text.plain(r.monthlyBeforeUsd()),
                    Text.plain(r.monthlyAfterUsd()),
                    Text.plain(r.monthlySavingUsd()),
                    String.valueOf(r.hasBreakEven()),
                    Text.plain(r.breakEvenMonths()),
                    r.breakEven() == null ? "" : r.breakEven().toString(),
                    Text.plain(r.breakEvenDays()),
                    String.valueOf(RoiEngine.DAYS_PER_MONTH),
                    String.valueOf(r.underOneMonth()),
                    r.paysBackInMonth() == null ? "" : r.paysBackInMonth().toString(),
                    String.valueOf(h.months()),
                    Text.plain(h.savingUsd()),
                    Text.plain(h.netUsd()),
                    Text.plain(h.roiPct()),
                    r.claim() == null ? "" : Text.plain(r.claim().months()),
                    r.claim() == null ? "" : String.valueOf(r.claim().holds()));
        }
        return grid.build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Object json(RoiReport r) {
        List<Object> horizons = new ArrayList<>();
        for (RoiReport.Horizon h : r.horizons()) {
            horizons.add(
                    Json.obj(
                            "months",
                            h.months(),
                            "saving_usd",
                            h.savingUsd(),
                            "net_usd",
                            h.netUsd(),
                            "roi_pct",
                            h.roiPct()));
        }
        Map<String, Object> claim =
                r.claim() == null
                        ? null
                        : Json.obj(
                                "break_even_months", r.claim().months(),
                                "holds", r.claim().holds(),
                                "training_usd_for_claim", r.claim().trainingUsdForClaim(),
                                "monthly_saving_usd_for_claim", r.claim().savingUsdForClaim(),
                                "message", claimLine(r));
        return Json.obj(
                "example", r.example(),
                "description", r.description(),
                "source", r.source(),
                "training_usd", r.trainingUsd(),
                "monthly_before_usd", r.monthlyBeforeUsd(),
                "monthly_after_usd", r.monthlyAfterUsd(),
                "monthly_saving_usd", r.monthlySavingUsd(),
                "break_even", r.hasBreakEven(),
                "break_even_months", r.breakEvenMonths(),
                "break_even_months_exact", r.breakEven() == null ? null : r.breakEven().toString(),
                "break_even_days", r.breakEvenDays(),
                "days_per_month", RoiEngine.DAYS_PER_MONTH,
                "under_one_month", r.underOneMonth(),
                "pays_back_in_month", r.paysBackInMonth(),
                "message", breakEvenLine(r),
                "horizons", horizons,
                "claim", claim);
    }
}
