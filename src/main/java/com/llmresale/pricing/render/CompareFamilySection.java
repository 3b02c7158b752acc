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

    /**
     * The mix as a split, with its source when that is not the split itself: 75/25 (scenario x).
     */
    static String mixName(TokenMix mix, Words w) {
        Fmt f = w.fmt();
        String split =
                f.plain(mix.inputShare().multiply(BigDecimal.valueOf(100)).stripTrailingZeros())
                        + "/"
                        + f.plain(
                                mix.outputShare()
                                        .multiply(BigDecimal.valueOf(100))
                                        .stripTrailingZeros());
        String source = w.phrase(mix.source());
        return source.equals(split) ? split : split + " (" + source + ")";
    }

    static void family(
            Doc.Builder doc,
            CompareReport.FamilyComparison f,
            TokenMix mix,
            boolean html,
            CompareWords x) {
        doc.heading(
                x.t(
                        f.providerCount() == 1 ? "family.one" : "family.many",
                        f.family(),
                        f.providerCount()));
        if (html) {
            doc.chart(CatalogCharts.family(f, mix, x));
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
                    x.count(m.credits()),
                    x.price(m.inputUsdPerMtok()),
                    x.price(m.outputUsdPerMtok()),
                    x.price(mix.usdPerMtok(m)),
                    offerNote(o, f, mix, x));
        }
        doc.grid(grid.build());
        doc.paragraph(verdict(f, x));
    }

    private static String offerNote(
            CompareReport.Offer o, CompareReport.FamilyComparison f, TokenMix mix, CompareWords x) {
        PricedModel m = o.model();
        List<String> parts = new ArrayList<>();
        if (m.free()) {
            parts.add(x.t("note.free"));
        } else if (!m.hasPrice()) {
            parts.add(x.t("note.no_price"));
        } else if (m.pinned()) {
            parts.add(x.w.format("remark.pinned_computes", x.count(m.computedCredits())));
        }
        if (o.compared()
                && m.provider().equals(f.cheapestProvider())
                && mix.usdPerMtok(m).compareTo(f.cheapestUsd()) == 0) {
            parts.add(x.t("note.cheapest"));
        }
        return String.join("; ", parts);
    }

    /** The family's verdict in words: decided on dollars at the mix, credits beside. */
    static String verdict(CompareReport.FamilyComparison f, CompareWords x) {
        if (!f.tiedProviders().isEmpty()) {
            return x.t(
                    "verdict.tie",
                    f.tiedProviders(),
                    x.usd(f.cheapestUsd()),
                    x.count(f.cheapestCredits()));
        }
        if (f.cheapestProvider() == null) {
            return x.t("verdict.none");
        }
        String pct =
                f.cheaperByPct() == null ? "" : x.t("verdict.pct", x.percent(f.cheaperByPct()));
        String credits =
                f.creditsHidePrice()
                        ? x.t("verdict.hidden", x.count(f.cheapestCredits()))
                        : x.t(
                                "verdict.credits",
                                x.count(f.cheapestCredits()),
                                x.count(f.runnerUpCredits()));
        return x.t(
                "verdict.cheapest",
                f.cheapestProvider(),
                x.usd(f.cheapestUsd()),
                x.usd(f.cheaperByUsd()),
                pct,
                f.runnerUp(),
                x.usd(f.runnerUpUsd()),
                credits);
    }

    /**
     * The offer's note with the family's verdict on the offers that decide it, since a CSV row has
     * no verdict line under it: "cheapest; 12 credits (20.7%) below together (58)", "tie: same
     * credits at groq and together".
     */
    static String csvOfferNote(
            CompareReport.Offer o, CompareReport.FamilyComparison f, TokenMix mix) {
        String note = offerNote(o, f, mix, CompareWords.ENGLISH);
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
