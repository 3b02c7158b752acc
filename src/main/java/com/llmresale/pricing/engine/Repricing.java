package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderScope;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.PublishedCredit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prices every model of a catalog and compares the result with the published credits. */
public final class Repricing {
    /** Cheapest first within a provider; ties by model id. */
    public static final Comparator<PriceRow> BY_PROVIDER_AND_CREDITS =
            Comparator.comparing((PriceRow r) -> r.key().provider())
                    .thenComparing(r -> r.credits() == null ? Integer.MAX_VALUE : r.credits())
                    .thenComparing(PriceRow::key);

    private static final Comparator<PriceRow> BY_STATUS =
            Comparator.comparing(PriceRow::status).thenComparing(BY_PROVIDER_AND_CREDITS);

    private final Catalog catalog;
    private final CreditEngine engine;

    public Repricing(Catalog catalog) {
        this.catalog = catalog;
        this.engine = new CreditEngine(catalog.settings());
    }

    public CreditEngine engine() {
        return engine;
    }

    /**
     * The recompute report.
     *
     * @param published the credits last published
     * @param scope the providers compared: their sheets against their published credits
     */
    public RecomputeReport recompute(List<PublishedCredit> published, ProviderScope scope) {
        Map<ModelKey, Integer> previous = index(published, scope);
        List<PriceRow> rows = new ArrayList<>();
        Set<ModelKey> seen = new HashSet<>();
        for (ProviderSheet sheet : sheets(scope)) {
            for (ModelEntry model : sheet.models()) {
                ModelKey key = new ModelKey(sheet.provider(), model.id());
                seen.add(key);
                PriceRow row = row(key, model, previous.get(key));
                rows.add(model.active() ? row : row.withdrawn());
            }
        }
        previous.forEach(
                (key, credits) -> {
                    if (!seen.contains(key)) {
                        rows.add(PriceRow.removed(key, credits));
                    }
                });
        rows.sort(BY_STATUS);
        return new RecomputeReport(Baseline.of(engine), rows, summarize(rows));
    }

    /**
     * Every model's credits, cheapest first per provider.
     *
     * @param includeInactive also the models that are no longer sold
     */
    public List<PriceRow> models(
            List<PublishedCredit> published, ProviderScope scope, boolean includeInactive) {
        Map<ModelKey, Integer> previous = index(published, scope);
        List<PriceRow> rows = new ArrayList<>();
        for (ProviderSheet sheet : sheets(scope)) {
            for (ModelEntry model : sheet.models()) {
                if (model.active() || includeInactive) {
                    ModelKey key = new ModelKey(sheet.provider(), model.id());
                    rows.add(row(key, model, previous.get(key)));
                }
            }
        }
        rows.sort(BY_PROVIDER_AND_CREDITS);
        return rows;
    }

    /**
     * The credits to publish after a recompute: every active model in scope at its new credits, and
     * the published credits of providers outside the scope as they were.
     */
    public static List<PublishedCredit> toPublish(
            RecomputeReport report, List<PublishedCredit> published, ProviderScope scope) {
        Map<ModelKey, PublishedCredit> out = new LinkedHashMap<>();
        for (PublishedCredit p : published) {
            if (!scope.includes(p.provider())) {
                out.put(p.key(), p);
            }
        }
        for (PriceRow row : report.rows()) {
            if (row.status() != Status.REMOVED && row.status() != Status.INACTIVE) {
                out.put(row.key(), new PublishedCredit(row.provider(), row.model(), row.credits()));
            }
        }
        return out.values().stream().sorted(Comparator.comparing(PublishedCredit::key)).toList();
    }

    private List<ProviderSheet> sheets(ProviderScope scope) {
        for (String id : scope.ids()) {
            if (catalog.sheet(id).isEmpty()) {
                throw new IllegalArgumentException("no sheet for provider '" + id + "'");
            }
        }
        return catalog.onlyProviders(scope.ids()).sheets();
    }

    private static Map<ModelKey, Integer> index(
            List<PublishedCredit> published, ProviderScope scope) {
        Map<ModelKey, Integer> map = new LinkedHashMap<>();
        for (PublishedCredit p : published) {
            if (scope.includes(p.provider())) {
                map.put(p.key(), p.credits());
            }
        }
        return map;
    }

    private PriceRow row(ModelKey key, ModelEntry model, Integer previous) {
        Credit credit = CreditEngine.isPriceable(model) ? engine.price(model) : null;
        Integer credits = credit == null ? null : credit.credits();
        Status status = statusOf(model.active(), credits, previous);
        BigDecimal change = changePct(previous, credits);
        return new PriceRow(
                key,
                model.input(),
                model.output(),
                credit == null ? null : credit.avgUsdPerMtok(),
                credit == null ? null : credit.multiplier(),
                credits,
                credit == null ? null : credit.tier(),
                model.isPinned(),
                credit == null ? null : credit.computedCredits(),
                previous,
                change,
                status,
                model.family(),
                model.priceBand());
    }

    static Status statusOf(boolean active, Integer credits, Integer previous) {
        if (!active) {
            return Status.INACTIVE;
        }
        if (previous == null) {
            return Status.NEW;
        }
        int cmp = Integer.compare(credits, previous);
        return cmp > 0 ? Status.INCREASED : cmp < 0 ? Status.DECREASED : Status.UNCHANGED;
    }

    /** (new - old) / old x 100, one decimal HALF_UP; null when old is 0 or unknown. */
    public static BigDecimal changePct(Integer previous, Integer current) {
        if (previous == null || current == null || previous == 0) {
            return null;
        }
        return BigDecimal.valueOf((long) current - previous)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
    }

    private static RecomputeReport.Summary summarize(List<PriceRow> rows) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        PriceRow rise = null;
        PriceRow fall = null;
        int withdrawn = 0;
        for (PriceRow row : rows) {
            counts.merge(row.status(), 1, Integer::sum);
            if ((row.status() == Status.REMOVED || row.status() == Status.INACTIVE)
                    && row.previousCredits() != null) {
                withdrawn++;
            }
            if (row.status() == Status.INCREASED && (rise == null || biggerMove(row, rise) > 0)) {
                rise = row;
            }
            if (row.status() == Status.DECREASED && (fall == null || biggerMove(row, fall) > 0)) {
                fall = row;
            }
        }
        return new RecomputeReport.Summary(rows.size(), counts, rise, fall, withdrawn);
    }

    /**
     * Positive when {@code a} moved further than {@code b}: by |change %|, then by |credits moved|.
     */
    private static int biggerMove(PriceRow a, PriceRow b) {
        int byPct = pctMagnitude(a).compareTo(pctMagnitude(b));
        if (byPct != 0) {
            return byPct;
        }
        return Integer.compare(
                Math.abs(a.credits() - a.previousCredits()),
                Math.abs(b.credits() - b.previousCredits()));
    }

    private static BigDecimal pctMagnitude(PriceRow row) {
        // The % is unknown only for a rise from 0 credits (a free model that is now charged):
        // an unbounded rise, so it outranks every finite one.
        return row.changePct() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : row.changePct().abs();
    }
}
