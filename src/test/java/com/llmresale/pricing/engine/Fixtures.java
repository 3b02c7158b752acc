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

    private Fixtures() {}

    static ProviderSheet sheet(String provider, ModelEntry... models) {
        return sheet(provider, UPDATED, models);
    }

    static ProviderSheet sheet(String provider, LocalDate updated, ModelEntry... models) {
        return new ProviderSheet(
                provider, null, "USD", updated, null, null, List.of(), List.of(models));
    }

    static Catalog catalog(ProviderSheet... sheets) {
        return new Catalog(Settings.defaults(), List.of(sheets));
    }

    /** An active model with the sheet's own $ prices. */
    static ModelEntry priced(String id, String in, String out) {
        return ModelEntry.builder(id).prices(new BigDecimal(in), new BigDecimal(out)).build();
    }

    /** An active model whose credits are set by hand. */
    static ModelEntry pinned(String id, int credits) {
        return ModelEntry.builder(id).pinnedCredits(credits).build();
    }

    static ModelEntry priced(String id, String in, String out, String family) {
        return priced(id, in, out).toBuilder().family(family).build();
    }

    static ModelEntry pinned(String id, int credits, String family) {
        return pinned(id, credits).toBuilder().family(family).build();
    }

    static ModelEntry free(String id, String family) {
        return ModelEntry.builder(id)
                .prices(BigDecimal.ZERO, BigDecimal.ZERO)
                .family(family)
                .free(true)
                .build();
    }

    static ModelEntry tagged(String id, String in, String out, String... tags) {
        return priced(id, in, out).toBuilder().tags(List.of(tags)).build();
    }
}
