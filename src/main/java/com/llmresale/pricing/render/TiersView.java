package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.PricedModel;
import com.llmresale.pricing.engine.TierReport;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pricing tiers}: the seven tiers with their bands and models. The table and Markdown
 * formats draw a bar per model, {@value #BAR_WIDTH} characters for the most credits in the report,
 * in eighths of a block so that small values still show.
 */
public final class TiersView implements View<TierReport> {
    static final int BAR_WIDTH = 30;
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    @Override
    public Doc document(TierReport report) {
        Doc.Builder doc = Doc.builder().paragraph(PriceRowColumns.baselineLine(report.baseline()));
        for (TierReport.Group g : report.tiers()) {
            doc.heading(heading(g));
            if (g.models().isEmpty()) {
                continue;
            }
            Grid.Builder grid = Grid.builder(
                    Grid.Column.text("provider"), Grid.Column.text("model"), Grid.Column.number("mult"),
                    Grid.Column.number("credits"), Grid.Column.text("bar"));
            for (PricedModel m : g.models()) {
                grid.row(m.provider(), m.model() + (m.pinned() ? " (pinned)" : ""), Text.times(m.multiplier()),
                        Text.plain(m.credits()), bar(m.credits(), report.maxCredits()));
            }
            doc.grid(grid.build());
        }
        long providers = report.tiers().stream().flatMap(g -> g.models().stream())
                .map(PricedModel::provider).distinct().count();
        return doc.paragraph(report.modelCount() + " active models from " + providers
                + (providers == 1 ? " provider" : " providers") + ". A full bar ("
                + BAR_WIDTH + " blocks) is " + report.maxCredits() + " credits, the most in this report.").build();
    }

    private static String heading(TierReport.Group g) {
        String band = g.maxMultiplier() == null
                ? Text.times(g.minMultiplier()) + " and up, " + g.minCredits() + "+ credits"
                : g.minMultiplier().compareTo(g.maxMultiplier()) == 0
                        ? Text.times(g.minMultiplier()) + ", " + g.minCredits() + " credits"
                        : Text.times(g.minMultiplier()) + "-" + Text.times(g.maxMultiplier()) + ", "
                                + g.minCredits() + "-" + g.maxCredits() + " credits";
        int n = g.models().size();
        String models = n == 0 ? "no models"
                : n + (n == 1 ? " model" : " models") + ", " + range(g.lowestModelCredits(), g.highestModelCredits())
                        + " here";
        return g.tier().name() + ": " + band + " (" + models + ")";
    }

    private static String range(int low, int high) {
        return low == high ? String.valueOf(low) : low + "-" + high;
    }

    /** {@code credits} as a bar of up to {@link #BAR_WIDTH} blocks, {@code max} being a full bar. */
    static String bar(int credits, int max) {
        if (credits <= 0 || max <= 0) {
            return "";
        }
        long eighths = Math.max(1, ((long) credits * BAR_WIDTH * 8 * 2 + max) / (2L * max));
        return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
    }

    @Override
    public Grid csv(TierReport report) {
        Grid.Builder grid = Grid.builder(
                Grid.Column.text("tier"), Grid.Column.text("provider"), Grid.Column.text("model"),
                Grid.Column.text("multiplier"), Grid.Column.text("credits"), Grid.Column.text("pinned"),
                Grid.Column.text("input_usd_per_mtok"), Grid.Column.text("output_usd_per_mtok"));
        for (TierReport.Group g : report.tiers()) {
            for (PricedModel m : g.models()) {
                grid.row(g.tier().name(), m.provider(), m.model(), Text.plain(m.multiplier()), Text.plain(m.credits()),
                        String.valueOf(m.pinned()), Text.plain(m.inputUsdPerMtok()), Text.plain(m.outputUsdPerMtok()));
            }
        }
        return grid.build();
    }

    @Override
    public Object json(TierReport report) {
        List<Object> tiers = new ArrayList<>();
        for (TierReport.Group g : report.tiers()) {
            List<Object> models = new ArrayList<>();
            for (PricedModel m : g.models()) {
                models.add(Json.obj(
                        "provider", m.provider(),
                        "model", m.model(),
                        "multiplier", m.multiplier(),
                        "credits", m.credits(),
                        "pinned", m.pinned(),
                        "input_usd_per_mtok", m.inputUsdPerMtok(),
                        "output_usd_per_mtok", m.outputUsdPerMtok()));
            }
            tiers.add(Json.obj(
                    "tier", g.tier().name(),
                    "min_multiplier", g.minMultiplier(),
                    "max_multiplier", g.maxMultiplier(),
                    "min_credits", g.minCredits(),
                    "max_credits", g.maxCredits(),
                    "models", models));
        }
        return Json.obj(
                "baseline", PriceRowColumns.baselineJson(report.baseline()),
                "tiers", tiers);
    }
}
