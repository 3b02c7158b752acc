package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import java.util.List;

/**
 * {@code pricing compare} as CSV: one row per model mentioned, in long form (see {@link
 * CompareView}).
 */
final class CompareCsv {
    private CompareCsv() {}

    static Grid grid(CompareReport report) {
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.of(
                                List.of(
                                        "section",
                                        "group",
                                        "rank",
                                        "provider",
                                        "model",
                                        "credits",
                                        "input_usd_per_mtok",
                                        "output_usd_per_mtok",
                                        "note"),
                                java.util.Set.of(
                                        "rank",
                                        "credits",
                                        "input_usd_per_mtok",
                                        "output_usd_per_mtok")));
        for (CompareReport.ProviderSummary p : report.providers()) {
            String note =
                    Text.count(p.activeModels(), "active model")
                            + ", "
                            + CompareProvidersSection.range(
                                    p.minCredits(), p.maxCredits(), CompareWords.ENGLISH)
                            + " credits";
            csvRow(grid, "provider_cheapest", p.provider(), "", p.cheapest(), note);
            csvRow(grid, "provider_most_expensive", p.provider(), "", p.mostExpensive(), note);
        }
        for (CompareReport.FamilyComparison f : report.families()) {
            int rank = 1;
            for (CompareReport.Offer o : f.offers()) {
                csvRow(
                        grid,
                        "family",
                        f.family(),
                        String.valueOf(rank++),
                        o.model(),
                        CompareFamilySection.csvOfferNote(o, f, report.mix()));
            }
        }
        rank(grid, "cheapest", report.cheapest());
        rank(grid, "most_expensive", report.mostExpensive());
        for (CompareReport.Recommendation r : report.recommendations()) {
            int rank = 1;
            for (PricedModel m : r.models()) {
                csvRow(grid, "recommendation", r.title(), String.valueOf(rank++), m, "");
            }
        }
        for (CompareReport.ScenarioPick s : report.scenarios()) {
            csvRow(grid, "scenario", s.scenario(), "", s.model(), s.why() == null ? "" : s.why());
        }
        return grid.build();
    }

    private static void rank(Grid.Builder grid, String section, List<PricedModel> models) {
        int rank = 1;
        for (PricedModel m : models) {
            csvRow(grid, section, "", String.valueOf(rank++), m, "");
        }
    }

    private static void csvRow(
            Grid.Builder grid,
            String section,
            String group,
            String rank,
            PricedModel m,
            String note) {
        grid.row(
                section,
                group,
                rank,
                m.provider(),
                m.model(),
                Text.plain(m.credits()),
                Text.plain(m.inputUsdPerMtok()),
                Text.plain(m.outputUsdPerMtok()),
                note);
    }
}
