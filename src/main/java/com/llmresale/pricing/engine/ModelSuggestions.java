package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The catalog ids closest to one that is not in it, so that a typo gets "did you mean" rather than
 * a cost of $0. Ids are compared as {@code provider:model}, case-insensitively: an id that contains
 * the query (or is contained in it) comes first, then the smallest edit distance (Levenshtein) to
 * the whole id or to the model part alone.
 */
public final class ModelSuggestions {
    private ModelSuggestions() {}

    /**
     * Up to {@code limit} ids close to {@code query} ({@code provider:model} or a bare model id).
     */
    public static List<ModelKey> closest(Catalog catalog, String query, int limit) {
        String q = normalize(query);
        int colon = q.indexOf(':');
        String qProvider = colon >= 0 ? q.substring(0, colon) : null;
        String qModel = colon >= 0 ? q.substring(colon + 1) : q;
        record Scored(ModelKey key, boolean contains, boolean sameProvider, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (ProviderSheet sheet : catalog.sheets()) {
            for (ModelEntry model : sheet.models()) {
                ModelKey key = new ModelKey(sheet.provider(), model.id());
                String full = normalize(key.toString());
                String id = normalize(model.id());
                boolean contains =
                        !qModel.isEmpty()
                                && (id.contains(qModel)
                                        || (id.length() >= 4 && qModel.contains(id))
                                        || full.contains(q));
                int distance =
                        Math.min(
                                EditDistance.levenshtein(q, full),
                                EditDistance.levenshtein(qModel, id) + (colon >= 0 ? 1 : 0));
                // Only ids that are plausibly what was meant: at most a third of the query edited.
                if (contains || distance <= Math.max(2, q.length() / 3)) {
                    scored.add(
                            new Scored(
                                    key, contains, sheet.provider().equals(qProvider), distance));
                }
            }
        }
        return scored.stream()
                .sorted(
                        Comparator.comparing((Scored s) -> !s.contains())
                                .thenComparing(s -> !s.sameProvider())
                                .thenComparingInt(Scored::distance)
                                .thenComparing(Scored::key))
                .limit(limit)
                .map(Scored::key)
                .toList();
    }

    /** Lower case, with the separators people mix up ('.', '_', '/', ' ') read as '-'. */
    static String normalize(String id) {
        return id.toLowerCase(Locale.ROOT)
                .replace('.', '-')
                .replace('_', '-')
                .replace('/', '-')
                .replace(' ', '-');
    }
}
