package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import java.util.ArrayList;
import java.util.List;

/** {@code pricing compare}: the provider summaries and the notes on them. */
final class CompareProvidersSection {
    private CompareProvidersSection() {}

    static void providers(Doc.Builder doc, CompareReport report, CompareWords x) {
        doc.heading(
                x.t(
                        "providers",
                        x.w.format(
                                report.activeModels() == 1
                                        ? "noun.active_model.one"
                                        : "noun.active_model.many",
                                x.count(report.activeModels()))));
        if (report.providers().isEmpty()) {
            doc.paragraph(x.t("no_providers"));
            return;
        }
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("provider"),
                        Grid.Column.text("name"),
                        Grid.Column.number("models"),
                        Grid.Column.number("credits"),
                        Grid.Column.text("cheapest"),
                        Grid.Column.text("most expensive"));
        for (CompareReport.ProviderSummary p : report.providers()) {
            grid.row(
                    p.provider(),
                    p.name(),
                    x.count(p.activeModels()),
                    range(p.minCredits(), p.maxCredits(), x),
                    named(p.cheapest(), x),
                    named(p.mostExpensive(), x));
        }
        doc.grid(grid.build());
        List<String> summary = new ArrayList<>();
        for (CompareReport.ProviderSummary p : report.providers()) {
            summary.add(
                    p.name()
                            + " "
                            + x.count(p.activeModels())
                            + " ("
                            + range(p.minCredits(), p.maxCredits(), x)
                            + ")");
        }
        doc.paragraph(String.join(", ", summary) + ".");
    }

    static void notes(Doc.Builder doc, CompareReport report) {
        List<String> lines = new ArrayList<>();
        for (CompareReport.ProviderSummary p : report.providers()) {
            p.notes().forEach(n -> lines.add(p.name() + ": " + n));
        }
        if (!lines.isEmpty()) {
            doc.heading("Provider notes");
            doc.paragraph(lines);
        }
    }

    private static String named(PricedModel m, CompareWords x) {
        return m.model() + " (" + x.count(m.credits()) + ")";
    }

    static String range(int low, int high, CompareWords x) {
        return x.count(low) + "-" + x.count(high);
    }
}
