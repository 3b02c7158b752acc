package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import java.util.ArrayList;
import java.util.List;

/** {@code pricing compare}: the recommended models and the best choice by use case. */
final class CompareRecommendationsSection {
    private CompareRecommendationsSection() {}

    static void recommendations(Doc.Builder doc, CompareReport report, CompareWords x) {
        for (CompareReport.Recommendation r : report.recommendations()) {
            doc.heading("Recommended: " + r.title());
            Grid.Builder grid =
                    Grid.builder(
                            Grid.Column.text("provider"),
                            Grid.Column.text("model"),
                            Grid.Column.number("credits"),
                            Grid.Column.number("$ in"),
                            Grid.Column.number("$ out"),
                            Grid.Column.text("note"));
            for (int i = 0; i < r.models().size(); i++) {
                List<String> cells = new ArrayList<>(modelCells(r.models().get(i), x));
                cells.add(standIn(r.standIns().get(i), x));
                grid.row(cells);
            }
            doc.grid(grid.build());
            if (r.description() != null) {
                doc.paragraph(r.description());
            }
        }
        if (!report.scenarios().isEmpty()) {
            doc.heading("Best choice by use case");
            Grid.Builder grid =
                    Grid.builder(
                            Grid.Column.text("scenario"),
                            Grid.Column.text("provider"),
                            Grid.Column.text("model"),
                            Grid.Column.number("credits"),
                            Grid.Column.text("why"));
            for (CompareReport.ScenarioPick s : report.scenarios()) {
                String why = s.why() == null ? "" : s.why();
                grid.row(
                        s.scenario(),
                        s.model().provider(),
                        s.model().model(),
                        x.count(s.model().credits()),
                        s.taggedInstead() == null
                                ? why
                                : CompareFamilySection.join(why, standIn(s.taggedInstead(), x)));
            }
            doc.grid(grid.build());
        }
    }

    /** The note of an offer recommended in place of the tagged one of its family. */
    private static String standIn(PricedModel tagged, CompareWords x) {
        return tagged == null ? "" : x.t("stand_in", tagged.provider(), tagged.model());
    }

    private static List<String> modelCells(PricedModel m, CompareWords x) {
        return List.of(
                m.provider(),
                m.model(),
                x.count(m.credits()),
                x.price(m.inputUsdPerMtok()),
                x.price(m.outputUsdPerMtok()));
    }
}
