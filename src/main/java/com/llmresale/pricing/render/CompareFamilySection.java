package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import com.llmresale.pricing.engine.TokenMix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pricing compare}: one family's offers side by side, the note on each offer and the
 * family's verdict in words.
 */
final class CompareFamilySection {
    private CompareFamilySection() {}

    static String mixName(TokenMix mix) {
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

    static void family(
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

    /**
     * The offer's note with the family's verdict on the offers that decide it, since a CSV row has
     * no verdict line under it: "cheapest; 12 credits (20.7%) below together (58)", "tie: same
     * credits at groq and together".
     */
    static String csvOfferNote(
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

    /** Two notes as one, "a; b", or b alone when a is empty. */
    static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
