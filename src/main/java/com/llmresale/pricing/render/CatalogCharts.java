package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PriceRow;
import com.llmresale.pricing.engine.PricedModel;
import com.llmresale.pricing.engine.RecomputeReport;
import com.llmresale.pricing.engine.Status;
import com.llmresale.pricing.engine.TierReport;
import com.llmresale.pricing.engine.TokenMix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of the catalog reports in the HTML format: recompute's old against new credits, the
 * tiers' spread and a family's offers side by side. Credits are on the tiers' log scale, as the
 * table's bars ({@link TiersView#bar}).
 */
final class CatalogCharts {
    private CatalogCharts() {}

    /** Every model whose credits moved: published credits to new ones; null when none moved. */
    static Doc.Chart moves(RecomputeReport report, Words words) {
        Fmt fmt = words.fmt();
        List<Charts.Move> moves = new ArrayList<>();
        for (PriceRow r : report.rows()) {
            if ((r.status() == Status.INCREASED || r.status() == Status.DECREASED)
                    && r.previousCredits() != null
                    && r.credits() != null) {
                moves.add(
                        new Charts.Move(
                                r.provider() + " " + r.model(),
                                r.previousCredits(),
                                r.credits(),
                                fmt.count(r.previousCredits())
                                        + " -> "
                                        + fmt.count(r.credits())
                                        + " ("
                                        + fmt.signedPercent(r.changePct())
                                        + ")"));
            }
        }
        return Charts.dumbbell(
                words.get("chart.moves.caption"),
                words.get("chart.moves.published"),
                words.get("chart.moves.new"),
                moves);
    }

    /** Each tier's band and where its models fall in it. */
    static Doc.Chart spread(TierReport report, Words words) {
        Fmt fmt = words.fmt();
        List<Charts.Lane> lanes = new ArrayList<>();
        for (TierReport.Group g : report.tiers()) {
            List<Charts.Dot> dots = new ArrayList<>();
            for (PricedModel m : g.models()) {
                dots.add(
                        new Charts.Dot(
                                m.credits(),
                                words.format(
                                        "chart.spread.dot",
                                        m.provider() + " " + m.model(),
                                        fmt.count(m.credits()),
                                        fmt.times(m.multiplier()))));
            }
            lanes.add(
                    new Charts.Lane(
                            g.tier().name(),
                            g.minCredits(),
                            g.maxCredits() == null ? null : Long.valueOf(g.maxCredits()),
                            dots));
        }
        return report.maxCredits() <= 0
                ? null
                : Charts.strip(words.get("chart.spread.caption"), lanes, report.maxCredits());
    }

    /** A family's offers side by side: $ per 1M tokens at the token mix, the cheapest marked. */
    static Doc.Chart family(CompareReport.FamilyComparison f, TokenMix mix, CompareWords x) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (CompareReport.Offer o : f.offers()) {
            PricedModel m = o.model();
            if (!o.compared() || !m.hasPrice() || m.free()) {
                continue;
            }
            BigDecimal usd = mix.usdPerMtok(m);
            boolean cheapest = f.cheapestUsd() != null && usd.compareTo(f.cheapestUsd()) == 0;
            bars.add(
                    Charts.Bar.of(
                                    m.provider() + " " + m.model(),
                                    usd,
                                    x.t("chart.bar", x.usd(usd), x.count(m.credits())))
                            .marked(cheapest ? "cheapest" : ""));
        }
        return bars.isEmpty()
                ? null
                : Charts.bars(
                        x.t("chart.caption", f.family()),
                        bars,
                        v -> x.usd(v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v),
                        null);
    }
}
