package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.PricedModel;
import com.llmresale.pricing.engine.TierReport;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pricing tiers}: the seven tiers with their bands and models. The table and Markdown
 * formats draw a bar per model, {@value #BAR_WIDTH} characters for the most credits in the report,
 * in eighths of a block. The bar is logarithmic (each doubling of credits adds the same length):
 * credits run from 2 to thousands in one catalog, and on a linear scale everything below a tenth of
 * the dearest model would draw the same sliver.
 */
public final class TiersView implements View<TierReport> {
    static final int BAR_WIDTH = 30;
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    @Override
    public Doc document(TierReport report) {
        return document(report, Words.ENGLISH, false);
    }

    @Override
    public Doc document(TierReport report, Words words) {
        return document(report, words, false);
    }

    /** The document with a title and the spread drawn on the bars' log scale. */
    @Override
    public Doc html(TierReport report) {
        return document(report, Words.ENGLISH, true);
    }

    @Override
    public Doc html(TierReport report, Words words) {
        return document(report, words, true);
    }

    private static Doc document(TierReport report, Words words, boolean html) {
        Fmt fmt = words.fmt();
        Doc.Builder doc = Doc.builder();
        if (html) {
            doc.title(words.get("tiers.title"));
        }
        doc.paragraph(PriceRowColumns.baselineLine(report.baseline(), words));
        Doc.Chart spread = html ? CatalogCharts.spread(report, words) : null;
        if (spread != null) {
            doc.heading("Spread").chart(spread);
        }
        for (TierReport.Group g : report.tiers()) {
            doc.heading(heading(g, words));
            if (g.models().isEmpty()) {
                continue;
            }
            Grid.Builder grid =
                    Grid.builder(
                            Grid.Column.text("provider"),
                            Grid.Column.text("model"),
                            Grid.Column.number("mult"),
                            Grid.Column.number("credits"),
                            Grid.Column.text("bar"));
            for (PricedModel m : g.models()) {
                grid.row(
                        m.provider(),
                        m.pinned() ? words.format("tiers.pinned", m.model()) : m.model(),
                        fmt.times(m.multiplier()),
                        fmt.count(m.credits()),
                        bar(m.credits(), report.maxCredits()));
            }
            doc.grid(grid.build());
        }
        long providers =
                report.tiers().stream()
                        .flatMap(g -> g.models().stream())
                        .map(PricedModel::provider)
                        .distinct()
                        .count();
        String line =
                words.format(
                        "catalog.from_providers",
                        noun(words, "active_model", report.modelCount()),
                        noun(words, "provider", providers));
        if (report.maxCredits() > 0) {
            line +=
                    " "
                            + words.format(
                                    "tiers.scale",
                                    fmt.count(BAR_WIDTH),
                                    fmt.count(report.maxCredits()));
        }
        return doc.paragraph(line).build();
    }

    /** {@code 1 active model}, {@code 47 active models} / {@code 47 aktif model}. */
    static String noun(Words words, String noun, long n) {
        return words.format("noun." + noun + (n == 1 ? ".one" : ".many"), words.fmt().count(n));
    }

    private static String heading(TierReport.Group g, Words words) {
        Fmt fmt = words.fmt();
        String band =
                g.maxMultiplier() == null
                        ? words.format(
                                "tiers.band.open",
                                fmt.times(g.minMultiplier()),
                                fmt.count(g.minCredits()))
                        : g.minMultiplier().compareTo(g.maxMultiplier()) == 0
                                ? words.format(
                                        "tiers.band.one",
                                        fmt.times(g.minMultiplier()),
                                        fmt.count(g.minCredits()))
                                : words.format(
                                        "tiers.band.range",
                                        fmt.times(g.minMultiplier()),
                                        fmt.times(g.maxMultiplier()),
                                        fmt.count(g.minCredits()),
                                        fmt.count(g.maxCredits()));
        int n = g.models().size();
        String models =
                n == 0
                        ? words.get("tiers.models.none")
                        : words.format(
                                n == 1 ? "tiers.models.one" : "tiers.models.many",
                                fmt.count(n),
                                range(g.lowestModelCredits(), g.highestModelCredits(), fmt));
        return g.tier().name() + ": " + band + " (" + models + ")";
    }

    private static String range(int low, int high, Fmt fmt) {
        return low == high ? fmt.count(low) : fmt.count(low) + "-" + fmt.count(high);
    }

    /**
     * {@code credits} as a bar of up to {@link #BAR_WIDTH} blocks, {@code max} being a full bar, on
     * a log scale: the length is log2(1 + credits) / log2(1 + max), so 0 credits draws nothing and
     * any credit at all at least an eighth of a block.
     */
    static String bar(int credits, int max) {
        if (credits <= 0 || max <= 0) {
            return "";
        }
        long full = BAR_WIDTH * 8L;
        long lgMax = log2Fixed(max + 1L);
        long eighths =
                Math.min(
                        full,
                        Math.max(1, (log2Fixed(credits + 1L) * full * 2 + lgMax) / (2 * lgMax)));
        return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
    }

    /**
     * log2(x) in 1/1024 units for x >= 1, exact at powers of two and linear between them: integer
     * arithmetic only, so a bar is the same on every machine, and strictly increasing in x.
     */
    static long log2Fixed(long x) {
        int e = 63 - Long.numberOfLeadingZeros(x);
        long pow = 1L << e;
        return e * 1024L + ((x - pow) * 1024L) / pow;
    }

    @Override
    public Grid csv(TierReport report) {
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("tier"),
                        Grid.Column.text("provider"),
                        Grid.Column.text("model"),
                        Grid.Column.number("multiplier"),
                        Grid.Column.number("credits"),
                        Grid.Column.text("pinned"),
                        Grid.Column.number("input_usd_per_mtok"),
                        Grid.Column.number("output_usd_per_mtok"));
        for (TierReport.Group g : report.tiers()) {
            for (PricedModel m : g.models()) {
                grid.row(
                        g.tier().name(),
                        m.provider(),
                        m.model(),
                        Text.plain(m.multiplier()),
                        Text.plain(m.credits()),
                        String.valueOf(m.pinned()),
                        Text.plain(m.inputUsdPerMtok()),
                        Text.plain(m.outputUsdPerMtok()));
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
                models.add(
                        Json.obj(
                                "provider", m.provider(),
                                "model", m.model(),
                                "multiplier", m.multiplier(),
                                "credits", m.credits(),
                                "pinned", m.pinned(),
                                "input_usd_per_mtok", m.inputUsdPerMtok(),
                                "output_usd_per_mtok", m.outputUsdPerMtok()));
            }
            tiers.add(
                    Json.obj(
                            "tier", g.tier().name(),
                            "min_multiplier", g.minMultiplier(),
                            "max_multiplier", g.maxMultiplier(),
                            "min_credits", g.minCredits(),
                            "max_credits", g.maxCredits(),
                            "models", models));
        }
        return Json.obj(
                "baseline", PriceRowColumns.baselineJson(report.baseline()), "tiers", tiers);
    }
}
