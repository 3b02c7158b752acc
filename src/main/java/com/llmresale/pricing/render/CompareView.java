package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import com.llmresale.pricing.engine.TokenMix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        return document(report, false);
    }

    /** The document with a title and each family's offers side by side as bars. */
    @Override
    public Doc html(CompareReport report) {
        return document(report, true);
    }

    private Doc document(CompareReport report, boolean html) {
        // a family or model argument asks for that comparison: sized for a terminal
        boolean full = report.filter().isEmpty();
        Doc.Builder doc = Doc.builder();
        if (html) {
            doc.title(
                    "Compare providers"
                            + (report.filter().isEmpty()
                                    ? ""
                                    : ": " + String.join(", ", report.filter())));
        }
        doc.paragraph(PriceRowColumns.baselineLine(report.baseline()));
        if (!report.providerFilter().isEmpty()) {
            doc.paragraph(
                    "Only the provider"
                            + (report.providerFilter().size() == 1 ? " " : "s ")
                            + String.join(", ", report.providerFilter())
                            + ".");
        }
        if (!report.filter().isEmpty()) {
            doc.paragraph(
                    "Only the famil"
                            + (report.filter().size() == 1 ? "y " : "ies ")
                            + String.join(", ", report.filter())
                            + ".");
        }
        if (full) {
            providers(doc, report);
        }
        if (!report.families().isEmpty()) {
            doc.paragraph(
                    "Offers are ranked by their $ price per 1M tokens at the "
                            + mixName(report.mix())
                            + " token mix (credits are rounded and can hide a difference).");
        }
        for (CompareReport.FamilyComparison f : report.families()) {
            family(doc, f, report.mix(), html);
        }
        if (full) {
            ranking(
                    doc,
                    "Cheapest " + Text.count(report.cheapest().size(), "active model"),
                    report.cheapest());
            ranking(
                    doc,
                    "Most expensive " + Text.count(report.mostExpensive().size(), "active model"),
                    report.mostExpensive());
        }
        if (full || notes) {
            notes(doc, report);
        }
        if (full || recommend) {
            recommendations(doc, report);
        }
        return doc.build();
    }

    private static String mixName(TokenMix mix) {
        String split =
                mix.inputShare()
                                .multiply(BigDecimal.valueOf(100))
                                .stripTrailingZeros()
                                .toPlainString()
                        + "/"
                        + mix.outputShare()
                                .multiply(BigDecimal.valueOf(100))
                                .stripTrailingZeros()
                                .toPlainString();
        return mix.source().equals(split) ? split : split + " (" + mix.source() + ")";
    }

    private static void recommendations(Doc.Builder doc, CompareReport report) {
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
                List<String> cells = new ArrayList<>(modelCells(r.models().get(i)));
                cells.add(standIn(r.standIns().get(i)));
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
                        Text.plain(s.model().credits()),
                        s.taggedInstead() == null ? why : join(why, standIn(s.taggedInstead())));
            }
            doc.grid(grid.build());
        }
    }

    /** The note of an offer recommended in place of the tagged one of its family. */
    private static String standIn(PricedModel tagged) {
        return tagged == null
                ? ""
                : "cheaper offer of " + tagged.provider() + " " + tagged.model() + " (tagged)";
    }

    private static void providers(Doc.Builder doc, CompareReport report) {
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

    private static void family(
            Doc.Builder doc, CompareReport.FamilyComparison f, TokenMix mix, boolean html) {
        doc.heading(
                "Family "
                        + f.family()
                        + " ("
                        + f.providerCount()
                        + (f.providerCount() == 1 ? " provider)" : " providers)"));
        if (html) {
            doc.chart(CatalogCharts.family(f, mix));
        }
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("provider"),
                        Grid.Column.text("model"),
                        Grid.Column.number("credits"),
                        Grid.Column.number("$ in"),
                        Grid.Column.number("$ out"),
                        Grid.Column.number("$ at mix"),
                        Grid.Column.text("note"));
        for (CompareReport.Offer o : f.offers()) {
            PricedModel m = o.model();
            grid.row(
                    m.provider(),
                    m.model(),
                    Text.plain(m.credits()),
                    Text.price(m.inputUsdPerMtok()),
                    Text.price(m.outputUsdPerMtok()),
                    Text.price(mix.usdPerMtok(m)),
                    offerNote(o, f, mix));
        }
        doc.grid(grid.build());
        doc.paragraph(verdict(f));
    }

    private static String offerNote(
            CompareReport.Offer o, CompareReport.FamilyComparison f, TokenMix mix) {
        PricedModel m = o.model();
        List<String> parts = new ArrayList<>();
        if (m.free()) {
            parts.add("free: not compared");
        } else if (!m.hasPrice()) {
            parts.add("pinned, no $ price: not compared");
        } else if (m.pinned()) {
            parts.add("pinned; price computes to " + m.computedCredits());
        }
        if (o.compared()
                && m.provider().equals(f.cheapestProvider())
                && mix.usdPerMtok(m).compareTo(f.cheapestUsd()) == 0) {
            parts.add("cheapest");
        }
        return String.join("; ", parts);
    }

    /** The family's verdict in words: decided on dollars at the mix, credits beside. */
    static String verdict(CompareReport.FamilyComparison f) {
        if (!f.tiedProviders().isEmpty()) {
            return "Same price at "
                    + String.join(" and ", f.tiedProviders())
                    + ": "
                    + Text.usd(f.cheapestUsd())
                    + " per 1M tokens ("
                    + f.cheapestCredits()
                    + " credits).";
        }
        if (f.cheapestProvider() == null) {
            return "Not compared: fewer than two providers have a $ price for it (free and pinned-only offers do not count).";
        }
        String pct = f.cheaperByPct() == null ? "" : " (" + f.cheaperByPct().toPlainString() + "%)";
        String credits =
                f.creditsHidePrice()
                        ? "both charge "
                                + f.cheapestCredits()
                                + " credits: the rounding hides the difference"
                        : f.cheapestCredits() + " credits against " + f.runnerUpCredits();
        return "Cheapest: "
                + f.cheapestProvider()
                + " at "
                + Text.usd(f.cheapestUsd())
                + " per 1M tokens, "
                + Text.usd(f.cheaperByUsd())
                + pct
                + " below "
                + f.runnerUp()
                + " ("
                + Text.usd(f.runnerUpUsd())
                + "); "
                + credits
                + ".";
    }

    private static void ranking(Doc.Builder doc, String title, List<PricedModel> models) {
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
                    Text.plain(m.credits()),
                    m.tier().name());
        }
        doc.grid(grid.build());
    }

    private static void notes(Doc.Builder doc, CompareReport report) {
        List<String> lines = new ArrayList<>();
        for (CompareReport.ProviderSummary p : report.providers()) {
            p.notes().forEach(n -> lines.add(p.name() + ": " + n));
        }
        if (!lines.isEmpty()) {
            doc.heading("Provider notes");
            doc.paragraph(lines);
        }
    }

    private static Grid.Builder modelGrid() {
        return Grid.builder(
                Grid.Column.text("provider"),
                Grid.Column.text("model"),
                Grid.Column.number("credits"),
                Grid.Column.number("$ in"),
                Grid.Column.number("$ out"));
    }

    private static List<String> modelCells(PricedModel m) {
        return List.of(
                m.provider(),
                m.model(),
                Text.plain(m.credits()),
                Text.price(m.inputUsdPerMtok()),
                Text.price(m.outputUsdPerMtok()));
    }

    private static String named(PricedModel m) {
        return m.model() + " (" + m.credits() + ")";
    }

    private static String range(int low, int high) {
        return low + "-" + high;
    }

    @Override
    public Grid csv(CompareReport report) {
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
                            + range(p.minCredits(), p.maxCredits())
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
                        csvOfferNote(o, f, report.mix()));
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

    /**
     * The offer's note with the family's verdict on the offers that decide it, since a CSV row has
     * no verdict line under it: "cheapest; 12 credits (20.7%) below together (58)", "tie: same
     * credits at groq and together".
     */
    private static String csvOfferNote(
            CompareReport.Offer o, CompareReport.FamilyComparison f, TokenMix mix) {
        String note = offerNote(o, f, mix);
        PricedModel m = o.model();
        if (!o.compared()
                || f.cheapestUsd() == null
                || mix.usdPerMtok(m).compareTo(f.cheapestUsd()) != 0) {
            return note;
        }
        if (f.tiedProviders().contains(m.provider())) {
            return join(note, "tie: same price at " + String.join(" and ", f.tiedProviders()));
        }
        if (m.provider().equals(f.cheapestProvider())) {
            String pct =
                    f.cheaperByPct() == null ? "" : " (" + f.cheaperByPct().toPlainString() + "%)";
            return join(
                    note,
                    Text.usd(f.cheaperByUsd())
                            + " per 1M tokens"
                            + pct
                            + " below "
                            + f.runnerUp()
                            + " ("
                            + Text.usd(f.runnerUpUsd())
                            + ")"
                            + (f.creditsHidePrice() ? "; same credits" : ""));
        }
        return note;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
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

    @Override
    public Object json(CompareReport report) {
        List<Object> providers = new ArrayList<>();
        for (CompareReport.ProviderSummary p : report.providers()) {
            providers.add(
                    Json.obj(
                            "provider", p.provider(),
                            "active_models", p.activeModels(),
                            "min_credits", p.minCredits(),
                            "max_credits", p.maxCredits(),
                            "cheapest", p.cheapest().model(),
                            "most_expensive", p.mostExpensive().model(),
                            "name", p.name(),
                            "notes", p.notes()));
        }
        List<Object> families = new ArrayList<>();
        for (CompareReport.FamilyComparison f : report.families()) {
            List<Object> offers = new ArrayList<>();
            for (CompareReport.Offer o : f.offers()) {
                PricedModel m = o.model();
                Map<String, Object> offer =
                        Json.obj(
                                "provider", m.provider(),
                                "model", m.model(),
                                "credits", m.credits(),
                                "input_usd_per_mtok", m.inputUsdPerMtok(),
                                "output_usd_per_mtok", m.outputUsdPerMtok(),
                                "pinned", m.pinned(),
                                "free", m.free(),
                                "compared", o.compared(),
                                "usd_per_mtok_at_mix", report.mix().usdPerMtok(m));
                offers.add(offer);
            }
            families.add(
                    Json.obj(
                            "family", f.family(),
                            "offers", offers,
                            "cheapest_provider", f.cheapestProvider(),
                            "cheapest_credits", f.cheapestCredits(),
                            "runner_up", f.runnerUp(),
                            "runner_up_credits", f.runnerUpCredits(),
                            "tied_providers", f.tiedProviders(),
                            "cheaper_by_credits", f.cheaperByCredits(),
                            "cheapest_usd_per_mtok", f.cheapestUsd(),
                            "runner_up_usd_per_mtok", f.runnerUpUsd(),
                            "cheaper_by_usd_per_mtok", f.cheaperByUsd(),
                            "cheaper_by_pct", f.cheaperByPct(),
                            "credits_hide_price", f.creditsHidePrice(),
                            "verdict", verdict(f)));
        }
        List<Object> recommendations = new ArrayList<>();
        for (CompareReport.Recommendation r : report.recommendations()) {
            recommendations.add(
                    Json.obj(
                            "title", r.title(),
                            "tag", r.tag(),
                            "description", r.description(),
                            "models", brief(r.models(), r.standIns())));
        }
        List<Object> scenarios = new ArrayList<>();
        for (CompareReport.ScenarioPick s : report.scenarios()) {
            scenarios.add(
                    Json.obj(
                            "scenario", s.scenario(),
                            "tag", s.tag(),
                            "provider", s.model().provider(),
                            "model", s.model().model(),
                            "credits", s.model().credits(),
                            "why", s.why(),
                            "instead_of",
                                    s.taggedInstead() == null
                                            ? null
                                            : s.taggedInstead().key().toString()));
        }
        return Json.obj(
                "providers", providers,
                "families", families,
                "cheapest", brief(report.cheapest()),
                "most_expensive", brief(report.mostExpensive()),
                "baseline", PriceRowColumns.baselineJson(report.baseline()),
                "filter", report.filter(),
                "provider_filter", report.providerFilter(),
                "top", report.top(),
                "active_models", report.activeModels(),
                "recommendations", recommendations,
                "scenarios", scenarios,
                "token_mix",
                        Json.obj(
                                "input_share",
                                report.mix().inputShare(),
                                "source",
                                report.mix().source()));
    }

    private static List<Object> brief(List<PricedModel> models) {
        List<Object> out = new ArrayList<>();
        models.forEach(m -> out.add(briefRow(m)));
        return out;
    }

    /**
     * {@link #brief(List)} with, for a stand-in, the tagged model it replaces ({@code instead_of}).
     */
    private static List<Object> brief(List<PricedModel> models, List<PricedModel> standIns) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Map<String, Object> row = briefRow(models.get(i));
            if (standIns.get(i) != null) {
                row.put("instead_of", standIns.get(i).key().toString());
            }
            out.add(row);
        }
        return out;
    }

    private static Map<String, Object> briefRow(PricedModel m) {
        return Json.obj(
                "provider",
                m.provider(),
                "model",
                m.model(),
                "credits",
                m.credits(),
                "tier",
                m.tier().name());
    }
}
