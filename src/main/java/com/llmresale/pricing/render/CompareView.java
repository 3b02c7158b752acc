package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import java.util.List;

/**
 * {@code pricing compare}: provider summaries, families side by side, the cheapest and most
 * expensive models, provider notes and recommendations.
 *
 * <p>CSV is one row per model mentioned, in long form: {@code section} says which part of the
 * report the row belongs to ({@code provider_cheapest}, {@code provider_most_expensive}, {@code
 * family}, {@code cheapest}, {@code most_expensive}, {@code recommendation}, {@code scenario}),
 * {@code group} which provider, family, recommendation or scenario. Provider notes are prose and
 * appear in the other formats only.
 */
public final class CompareView implements View<CompareReport> {
    private final boolean notes;
    private final boolean recommend;

    /** The full report in every format; with a family filter, the table shows only the families. */
    public CompareView() {
        this(false, false);
    }

    /**
     * @param notes show provider notes even when the table is filtered to some families
     * @param recommend show recommendations even when the table is filtered to some families
     */
    public CompareView(boolean notes, boolean recommend) {
        this.notes = notes;
        this.recommend = recommend;
    }

    @Override
    public Doc document(CompareReport report) {
        return document(report, Words.ENGLISH);
    }

    /** The document with a title and each family's offers side by side as bars. */
    @Override
    public Doc html(CompareReport report) {
        return html(report, Words.ENGLISH);
    }

    @Override
    public Doc document(CompareReport report, Words words) {
        return document(report, false, new CompareWords(words));
    }

    @Override
    public Doc html(CompareReport report, Words words) {
        return document(report, true, new CompareWords(words));
    }

    private Doc document(CompareReport report, boolean html, CompareWords x) {
        // a family or model argument asks for that comparison: sized for a terminal
        boolean full = report.filter().isEmpty();
        Doc.Builder doc = Doc.builder();
        if (html) {
            doc.title(
                    report.filter().isEmpty()
                            ? x.t("title")
                            : x.t("title.filter", String.join(", ", report.filter())));
        }
        doc.paragraph(PriceRowColumns.baselineLine(report.baseline(), x.w));
        if (!report.providerFilter().isEmpty()) {
            doc.paragraph(
                    x.t(
                            report.providerFilter().size() == 1
                                    ? "only_provider.one"
                                    : "only_provider.many",
                            String.join(", ", report.providerFilter())));
        }
        if (!report.filter().isEmpty()) {
            doc.paragraph(
                    x.t(
                            report.filter().size() == 1 ? "only_family.one" : "only_family.many",
                            String.join(", ", report.filter())));
        }
        if (full) {
            CompareProvidersSection.providers(doc, report, x);
        }
        if (!report.families().isEmpty()) {
            doc.paragraph(x.t("ranked", CompareFamilySection.mixName(report.mix(), x.w)));
        }
        for (CompareReport.FamilyComparison f : report.families()) {
            CompareFamilySection.family(doc, f, report.mix(), html, x);
        }
        if (full) {
            ranking(
                    doc,
                    "Cheapest " + Text.count(report.cheapest().size(), "active model"),
                    report.cheapest(),
                    x);
            ranking(
                    doc,
                    "Most expensive " + Text.count(report.mostExpensive().size(), "active model"),
                    report.mostExpensive(),
                    x);
        }
        if (full || notes) {
            CompareProvidersSection.notes(doc, report);
        }
        if (full || recommend) {
            CompareRecommendationsSection.recommendations(doc, report, x);
        }
        return doc.build();
    }

    private static void ranking(
            Doc.Builder doc, String title, List<PricedModel> models, CompareWords x) {
        if (models.isEmpty()) {
            return;
        }
        doc.heading(title);
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.number("#"),
                        Grid.Column.text("provider"),
                        Grid.Column.text("model"),
                        Grid.Column.number("credits"),
                        Grid.Column.text("tier"));
        int rank = 1;
        for (PricedModel m : models) {
            grid.row(
                    String.valueOf(rank++),
                    m.provider(),
                    m.model(),
                    x.count(m.credits()),
                    m.tier().name());
        }
        doc.grid(grid.build());
    }

    @Override
    public Grid csv(CompareReport report) {
        return CompareCsv.grid(report);
    }

    @Override
    public Object json(CompareReport report) {
        return CompareJson.json(report);
    }
}
