package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import java.util.ArrayList;
import java.util.List;

/** {@code pricing compare}: the provider summaries and the notes on them. */
final class CompareProvidersSection {
    private CompareProvidersSection() {}

    static void providers(Doc.Builder doc, CompareReport report) {
        doc.heading("Providers: " + Text.count(report.activeModels(), "active model"));
        if (report.providers().isEmpty()) {
            doc.paragraph(
                    "No provider has an active model here (`pricing models --all` lists the inactive ones).");
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
                    Text.plain(p.activeModels()),
                    range(p.minCredits(), p.maxCredits()),
                    named(p.cheapest()),
                    named(p.mostExpensive()));
        }
        doc.grid(grid.build());
        List<String> summary = new ArrayList<>();
        for (CompareReport.ProviderSummary p : report.providers()) {
            summary.add(
                    p.name()
                            + " "
                            + p.activeModels()
                            + " ("
                            + range(p.minCredits(), p.maxCredits())
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

    private static String named(PricedModel m) {
        return m.model() + " (" + m.credits() + ")";
    }

    static String range(int low, int high) {
        return low + "-" + high;
    }
}
