package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.Settings;
import com.llmresale.pricing.model.TierBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Groups the active models by tier (seed 000's price categories). */
public final class Tiers {
    private Tiers() {}

    /**
     * @param provider only this provider, or null for all
     */
    public static TierReport report(Catalog catalog, String provider) {
        CreditEngine engine = new CreditEngine(catalog.settings());
        return report(engine, PricedModel.active(catalog, engine, provider));
    }

    static TierReport report(CreditEngine engine, List<PricedModel> models) {
        Settings settings = engine.settings();
        List<TierReport.Group> groups = new ArrayList<>();
        for (TierBand band : settings.tiers()) {
            BigDecimal max = settings.maxMultiplierOf(band.tier());
            List<PricedModel> in =
                    models.stream()
                            .filter(m -> m.tier() == band.tier())
                            .sorted(PricedModel.BY_CREDITS)
                            .toList();
            groups.add(
                    new TierReport.Group(
                            band.tier(),
                            band.minMultiplier(),
                            max,
                            engine.creditsOf(band.minMultiplier()),
                            max == null ? null : engine.creditsOf(max),
                            in));
        }
        int most = models.stream().mapToInt(PricedModel::credits).max().orElse(0);
        return new TierReport(Baseline.of(engine), groups, most);
    }
}
