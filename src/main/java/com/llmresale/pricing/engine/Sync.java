package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.CatalogEntry;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares sheets with an outside catalog. A model is matched by its {@code upstream} id for that
 * catalog, else by its id or an alias under the sheet's provider in the catalog's own naming
 * (LiteLLM: {@code litellm_provider}; genai-prices and OpenRouter: the provider id); never fuzzy.
 */
public final class Sync {
    /** The sheet price fields compared, in report order. */
    public static final List<String> FIELDS =
            List.of("input", "output", "cached_input", "cache_write");

    private Sync() {}

    public static SyncReport compare(
            Catalog catalog, String kind, String file, List<CatalogEntry> entries, String only) {
        List<SyncReport.Difference> differences = new ArrayList<>();
        List<SyncReport.Missing> missingHere = new ArrayList<>();
        List<SyncReport.Missing> missingThere = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (ProviderSheet sheet : catalog.sheets()) {
            if (only != null && !sheet.provider().equals(only)) {
                continue;
            }
            String naming = naming(sheet, kind);
            for (ModelEntry model : sheet.models()) {
                if (!model.hasPrice() || model.priceDerived()) {
                    continue;
                }
                CatalogEntry entry = find(entries, kind, naming, model);
                if (entry == null) {
                    if (model.active()) {
                        missingThere.add(
                                new SyncReport.Missing(
                                        sheet.provider(), model.id(), null, null, null));
                    }
                    continue;
                }
                matched.add(entry.key());
                for (String field : FIELDS) {
                    BigDecimal ours = value(model, field);
                    BigDecimal theirs = value(entry.model(), field);
                    if (theirs != null && (ours == null || ours.compareTo(theirs) != 0)) {
                        differences.add(
                                new SyncReport.Difference(
                                        sheet.provider(),
                                        model.id(),
                                        field,
                                        ours,
                                        theirs,
                                        changePct(ours, theirs),
                                        entry.key()));
                    }
                }
            }
            Set<String> listed = new HashSet<>();
            for (CatalogEntry entry : entries) {
                if (entry.provider().equals(naming)
                        && !matched.contains(entry.key())
                        && sheet.modelOrAlias(entry.model().id()).isEmpty()
                        && listed.add(entry.model().id())) {
                    missingHere.add(
                            new SyncReport.Missing(
                                    sheet.provider(),
                                    entry.model().id(),
                                    entry.model().input(),
                                    entry.model().output(),
                                    entry.key()));
                }
            }
        }
        return new SyncReport(kind, file, entries.size(), differences, missingHere, missingThere);
    }

    /** The catalog's name for the sheet's provider. */
    static String naming(ProviderSheet sheet, String kind) {
        return kind.equals("litellm") ? sheet.litellmProvider() : sheet.provider();
    }

    private static CatalogEntry find(
            List<CatalogEntry> entries, String kind, String naming, ModelEntry model) {
        String upstream = model.upstream().of(kind);
        if (upstream != null) {
            for (CatalogEntry e : entries) {
                if (e.key().equals(upstream)) {
                    return e;
                }
            }
            return null;
        }
        List<String> names = new ArrayList<>();
        names.add(model.id());
        names.addAll(model.aliases());
        for (String name : names) {
            for (CatalogEntry e : entries) {
                if (e.provider().equals(naming) && e.model().id().equals(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A model's price for a sheet field, or null. */
    public static BigDecimal value(ModelEntry m, String field) {
        return switch (field) {
            case "input" -> m.input();
            case "output" -> m.output();
            case "cached_input" -> m.cachedInput();
            case "cache_write" -> m.cacheWrite();
            default -> throw new IllegalArgumentException(field);
        };
    }

    static BigDecimal changePct(BigDecimal ours, BigDecimal theirs) {
        if (ours == null || ours.signum() == 0) {
            return null;
        }
        return theirs.subtract(ours)
                .multiply(BigDecimal.valueOf(100))
                .divide(ours, 1, RoundingMode.HALF_UP);
    }
}
