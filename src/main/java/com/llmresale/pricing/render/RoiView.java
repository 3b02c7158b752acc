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
        Doc.Builder doc = Doc.builder();
        List<String> intro = new ArrayList<>();
        intro.add(
                "Fine-tuning ROI"
                        + (r.example() == null ? "" : " (example " + r.example() + ")")
                        + (r.description() == null ? "" : ": " + r.description()));
        if (r.source() != null) {
            intro.add("Source: " + r.source());
        }
        doc.paragraph(intro);
        doc.grid(
                Grid.builder(Grid.Column.text("cost"), Grid.Column.number("$"))
                        .row("training (one-off)", Text.usd(r.trainingUsd()))
                        .row("inference per month, before", Text.usd(r.monthlyBeforeUsd()))
                        .row("inference per month, after", Text.usd(r.monthlyAfterUsd()))
                        .row("saving per month", Text.usd(r.monthlySavingUsd()))
                        .build());
        doc.paragraph(breakEvenLine(r));
        Grid.Builder horizons =
                Grid.builder(
                        Grid.Column.number("months"),
                        Grid.Column.number("saving"),
                        Grid.Column.number("net of training"),
                        Grid.Column.number("ROI"));
        for (RoiReport.Horizon h : r.horizons()) {
            horizons.row(
                    String.valueOf(h.months()),
                    Text.usd(h.savingUsd()),
                    Text.usd(h.netUsd()),
                    h.roiPct() == null ? "" : Text.signedPct(h.roiPct()));
        }
        doc.grid(horizons.build());
        if (r.claim() != null) {
            doc.paragraph(claimLine(r));
        }
        return doc.build();
    }

    static String breakEvenLine(RoiReport r) {
        boolean free = r.trainingUsd().signum() == 0;
        if (!r.hasBreakEven()) {
            String why =
                    r.monthlySavingUsd().signum() == 0
                            ? "the fine-tuned model costs the same per month"
                            : "the fine-tuned model costs "
                                    + Text.usd(r.monthlySavingUsd().negate())
                                    + " more per month";
            return "No break-even: "
                    + why
                    + (free
                            ? "; there is no training cost, but it never saves anything."
                            : ", so the "
                                    + Text.usd(r.trainingUsd())
                                    + " training is never paid back.");
        }
        if (free) {
            return "Nothing to pay back: the training costs $0.00"
                    + (r.monthlySavingUsd().signum() == 0
                            ? " and the fine-tuned model costs the same per month."
                            : ", and the fine-tuned model saves "
                                    + Text.usd(r.monthlySavingUsd())
                                    + " a month from the first month.");
        }
        String when =
                r.underOneMonth() ? "under one month" : "paid back in month " + r.paysBackInMonth();
        return "Break-even: "
                + Text.usd(r.trainingUsd())
                + " / "
                + Text.usd(r.monthlySavingUsd())
                + " per month = "
                + months(r.breakEven().toString())
                + " = "
                + r.breakEvenMonths().toPlainString()
                + " months, about "
                + r.breakEvenDays().toPlainString()
                + " days ("
                + RoiEngine.DAYS_PER_MONTH
                + "-day months): "
                + when
                + ".";
    }

    static String claimLine(RoiReport r) {
        RoiReport.Claim c = r.claim();
        String claimed = "\"break-even in " + months(c.months().toPlainString()) + "\"";
        if (c.holds()) {
            return "The claimed " + claimed + " follows from these figures.";
        }
        StringBuilder line = new StringBuilder("The claimed " + claimed + " does not follow: ");
        boolean free = r.trainingUsd().signum() == 0;
        if (free) {
            line.append(
                    r.hasBreakEven()
                            ? "there is no training cost, so nothing to pay back."
                            : "there is no training cost, and no saving either.");
            if (c.trainingUsdForClaim() != null) {
                line.append(
                        " "
                                + months(c.months().toPlainString())
                                + " would need a training cost of "
                                + Text.usd(c.trainingUsdForClaim())
                                + ".");
            }
            return line.toString();
        }
        line.append(
                r.hasBreakEven()
                        ? "the break-even is "
                                + r.breakEvenMonths().toPlainString()
                                + " months (about "
                                + r.breakEvenDays().toPlainString()
                                + " days)"
                                + (r.underOneMonth() ? ", under one month." : ".")
                        : "there is no break-even.");
        line.append(" " + months(c.months().toPlainString()) + " would need ");
        if (c.trainingUsdForClaim() != null) {
            line.append("a training cost of " + Text.usd(c.trainingUsdForClaim()) + " or ");
        }
        line.append("a monthly saving of " + Text.usd(c.savingUsdForClaim()) + ".");
        return line.toString();
    }

    /** "1 month", "3 months", "0.5 months". */
    static String months(String amount) {
        return amount + (amount.equals("1") ? " month" : " months");
    }

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
