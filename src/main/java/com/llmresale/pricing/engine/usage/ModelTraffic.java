package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each sheet model carried in a period of spend logs: requests, the requests credits were
 * charged for (all but failures), and tokens. Rows are mapped to models as {@code pricing usage}
 * maps them ({@link ModelResolver}); rows of no sheet model are only counted.
 *
 * @param models per model, in provider and model order
 * @param from the first day with rows, or null when none
 * @param to the last day with rows, or null when none
 * @param requests every request read
 * @param unmapped requests no sheet model matches
 */
public record ModelTraffic(
        Map<ModelKey, Line> models, LocalDate from, LocalDate to, long requests, long unmapped) {

    public ModelTraffic {
        models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /**
     * One model's traffic.
     *
     * @param requests every request
     * @param charged requests whose status is not {@code failure} (credits are charged for these)
     * @param promptTokens prompt tokens of every request
     * @param completionTokens completion tokens of every request
     * @param billedPrompt prompt tokens of requests the provider billed (not answered from
     *     LiteLLM's cache)
     * @param billedCompletion completion tokens of those requests
     */
    public record Line(
            ModelKey key,
            ModelEntry entry,
            long requests,
            long charged,
            long promptTokens,
            long completionTokens,
            long billedPrompt,
            long billedCompletion) {
        Line plus(UsageCell c) {
            long prompt = c.cacheHit() ? 0 : c.promptTokens();
            long completion = c.cacheHit() ? 0 : c.completionTokens();
            return new Line(
                    key,
                    entry,
                    requests + c.requests(),
                    charged + c.requests() - c.failures(),
                    Math.addExact(promptTokens, c.promptTokens()),
                    Math.addExact(completionTokens, c.completionTokens()),
                    Math.addExact(billedPrompt, prompt),
                    Math.addExact(billedCompletion, completion));
        }
    }

    /**
     * The traffic per model of {@code data}.
     *
     * @param scenario whose mix aliases also map rows by {@code model_group}, or null
     */
    public static ModelTraffic of(
            UsageData data, Catalog catalog, com.llmresale.pricing.model.Scenario scenario) {
        ModelResolver.Cached resolver =
                new ModelResolver.Cached(new ModelResolver(catalog, scenario));
        Map<ModelKey, Line> lines = new TreeMap<>();
        LocalDate from = null;
        LocalDate to = null;
        long requests = 0;
        long unmapped = 0;
        for (UsageCell c : data.cells()) {
            requests += c.requests();
            from = from == null || c.day().isBefore(from) ? c.day() : from;
            to = to == null || c.day().isAfter(to) ? c.day() : to;
            ModelResolver.Resolution r = resolver.resolve(c.provider(), c.model(), c.modelGroup());
            if (!r.found()) {
                unmapped += c.requests();
                continue;
            }
            ModelKey key = new ModelKey(r.sheet().provider(), r.model().id());
            lines.merge(
                    key, new Line(key, r.model(), 0, 0, 0, 0, 0, 0).plus(c), (a, b) -> a.plus(c));
        }
        return new ModelTraffic(lines, from, to, requests, unmapped);
    }
}
