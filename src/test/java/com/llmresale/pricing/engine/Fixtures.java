package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Settings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small in-memory catalogs for engine tests. */
final class Fixtures {
    static final LocalDate UPDATED = LocalDate.of(2025, 11, 3);

    private Fixtures() {
    }

    static ProviderSheet sheet(String provider, ModelEntry... models) {
        return sheet(provider, UPDATED, models);
    }

    static ProviderSheet sheet(String provider, LocalDate updated, ModelEntry... models) {
        return new ProviderSheet(provider, null, "USD", updated, null, null, List.of(), List.of(models));
    }

    static Catalog catalog(ProviderSheet... sheets) {
        return new Catalog(Settings.defaults(), List.of(sheets));
    }

    static ModelEntry priced(String id, String in, String out, String family) {
        return ModelEntry.priced(id, in, out).withFamily(family);
    }

    static ModelEntry pinned(String id, int credits, String family) {
        return ModelEntry.pinned(id, credits).withFamily(family);
    }

    static ModelEntry free(String id, String family) {
        return new ModelEntry(id, BigDecimal.ZERO, BigDecimal.ZERO, null, null, family, true, true, List.of(),
                null, false, null, null, null);
    }

    static ModelEntry tagged(String id, String in, String out, String... tags) {
        return new ModelEntry(id, new BigDecimal(in), new BigDecimal(out), null, null, null, true, false,
                List.of(tags), null, false, null, null, null);
    }
}
