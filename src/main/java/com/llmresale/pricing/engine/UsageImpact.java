package com.llmresale.pricing.engine;

import com.llmresale.pricing.engine.usage.ModelTraffic;
import com.llmresale.pricing.model.ModelKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a recompute is worth at a period's real traffic (Infracost's diff, on spend logs): per
 * model, the requests credits were charged for x (new - old credits), the total change in credit
 * revenue, and, where the old $ prices are known, the change in provider cost of the same tokens.
 *
 * <pre>
 *   credit_change  = charged requests x (credits - previous_credits)
 *   cost_change    = (prompt tokens x (input - old input) + completion tokens x (output - old output))
 *                    / 1,000,000, over the requests the provider billed (not LiteLLM cache hits)
 * </pre>
 *
 * @param source where the logs came from
 * @param from first day with rows, or null
 * @param to last day with rows, or null
 * @param models every model in the recompute with traffic, largest credit change first
 * @param previousCreditRevenue charged requests x previous credits, over models whose both values
 *     are known
 * @param creditRevenue the same requests x new credits
 * @param costChangeUsd sum of the known cost changes, exact; null when no old $ price is known
 * @param oldPricesFrom where old $ prices came from, or null when none were available
 * @param notes what the figures leave out, as phrases the render layer words ({@code
 *     recompute.impact.note.*})
 */
public record UsageImpact(
        String source,
        LocalDate from,
        LocalDate to,
        long requests,
        List<Line> models,
        long previousCreditRevenue,
        long creditRevenue,
        BigDecimal costChangeUsd,
        String oldPricesFrom,
        List<Phrase> notes) {

    public UsageImpact {
        models = List.copyOf(models);
        notes = List.copyOf(notes);
    }

    /** The change in credits charged for the period's requests. */
    public long creditChange() {
        return creditRevenue - previousCreditRevenue;
    }

    /** A $ price before the change. */
    public record OldPrice(BigDecimal input, BigDecimal output) {}

    /**
     * @param creditChange charged x (credits - previous); null when either is unknown (new,
     *     inactive)
     * @param costChangeUsd null when the old or new $ prices are unknown
     */
    public record Line(
            String provider,
            String model,
            long requests,
            long charged,
            Integer previousCredits,
            Integer credits,
            Long creditChange,
            BigDecimal costChangeUsd) {}

    /**
     * @param oldPrices $ prices before the change by model (empty when none are known)
     * @param oldPricesFrom how the source of {@code oldPrices} is named
     */
    public static UsageImpact of(
            RecomputeReport report,
            ModelTraffic traffic,
            String source,
            Map<ModelKey, OldPrice> oldPrices,
            String oldPricesFrom) {
        List<Line> lines = new ArrayList<>();
        long before = 0;
        long after = 0;
        BigDecimal cost = null;
        long unknownCredits = 0;
        long unknownCost = 0;
        long inScope = 0;
        for (PriceRow row : report.rows()) {
            ModelTraffic.Line t = traffic.models().get(row.key());
            if (t == null) {
                continue;
            }
            inScope += t.requests();
            Long change = null;
            if (row.previousCredits() != null && row.credits() != null) {
                long old = Math.multiplyExact(t.charged(), (long) row.previousCredits());
                long now = Math.multiplyExact(t.charged(), (long) row.credits());
                before += old;
                after += now;
                change = now - old;
            } else {
                unknownCredits += t.charged();
            }
            BigDecimal costChange = null;
            OldPrice was = oldPrices.get(row.key());
            if (was != null && row.inputUsdPerMtok() != null) {
                boolean inputOnly = t.entry().billedOnInputOnly();
                long prompt =
                        inputOnly ? t.billedPrompt() + t.billedCompletion() : t.billedPrompt();
                long completion = inputOnly ? 0 : t.billedCompletion();
                costChange =
                        row.inputUsdPerMtok()
                                .subtract(was.input())
                                .multiply(BigDecimal.valueOf(prompt))
                                .add(
                                        row.outputUsdPerMtok()
                                                .subtract(was.output())
                                                .multiply(BigDecimal.valueOf(completion)))
                                .movePointLeft(6);
                cost = cost == null ? costChange : cost.add(costChange);
            } else if (row.inputUsdPerMtok() != null) {
                unknownCost += t.requests();
            }
            lines.add(
                    new Line(
                            row.provider(),
                            row.model(),
                            t.requests(),
                            t.charged(),
                            row.previousCredits(),
                            row.credits(),
                            change,
                            costChange));
        }
        lines.sort(
                Comparator.comparing(
                                (Line l) ->
                                        l.creditChange() == null ? -1 : Math.abs(l.creditChange()),
                                Comparator.reverseOrder())
                        .thenComparing(Line::provider)
                        .thenComparing(Line::model));
        List<Phrase> notes = new ArrayList<>();
        if (unknownCredits > 0) {
            notes.add(Phrase.of("recompute.impact.note.no_credits", unknownCredits));
        }
        if (oldPricesFrom == null) {
            notes.add(Phrase.of("recompute.impact.note.no_old_prices"));
        } else if (unknownCost > 0) {
            notes.add(Phrase.of("recompute.impact.note.no_old_price", unknownCost, oldPricesFrom));
        }
        long outside = traffic.requests() - inScope;
        if (outside > 0) {
            notes.add(Phrase.of("recompute.impact.note.outside", outside));
        }
        return new UsageImpact(
                source,
                traffic.from(),
                traffic.to(),
                traffic.requests(),
                lines,
                before,
                after,
                cost,
                oldPricesFrom,
                notes);
    }
}
