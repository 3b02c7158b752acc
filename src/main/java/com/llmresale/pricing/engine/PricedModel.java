package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An active model with what it is charged: the common input of {@code tiers}, {@code compare} and
 * {@code lint}.
 *
 * @param key provider and model id
 * @param entry the sheet's model
 * @param credit what it is charged (a pin wins; the computed value is kept beside it)
 * @param family the family key ({@link Families#keyOf})
 */
public record PricedModel(ModelKey key, ModelEntry entry, Credit credit, String family) {

    /** Cheapest first; ties by provider, then model id. */
    public static final Comparator<PricedModel> BY_CREDITS =
            Comparator.comparingInt(PricedModel::credits).thenComparing(PricedModel::key);

    /** Most expensive first; ties by provider, then model id. */
    public static final Comparator<PricedModel> BY_CREDITS_DESCENDING =
            Comparator.comparingInt(PricedModel::credits)
                    .reversed()
                    .thenComparing(PricedModel::key);

    /**
     * Every active model that can be charged (it has a $ price or pinned credits), in sheet order
     * per provider.
     *
     * @param provider only this provider, or null for all
     */
    public static List<PricedModel> active(Catalog catalog, CreditEngine engine, String provider) {
        List<PricedModel> out = new ArrayList<>();
        for (ProviderSheet sheet : catalog.sheets()) {
            if (provider != null && !sheet.provider().equals(provider)) {
                continue;
            }
            for (ModelEntry model : sheet.models()) {
                if (model.active() && CreditEngine.isPriceable(model)) {
                    out.add(
                            new PricedModel(
                                    new ModelKey(sheet.provider(), model.id()),
                                    model,
                                    engine.price(model),
                                    Families.keyOf(model)));
                }
            }
        }
        return out;
    }

    public String provider() {
        return key.provider();
    }

    public String model() {
        return key.model();
    }

    public int credits() {
        return credit.credits();
    }

    public BigDecimal multiplier() {
        return credit.multiplier();
    }

    public Tier tier() {
        return credit.tier();
    }

    public boolean pinned() {
        return credit.pinned();
    }

    /** True when the sheet has a $ price for the model (pinned or not). */
    public boolean hasPrice() {
        return entry.hasPrice();
    }

    public boolean free() {
        return entry.free();
    }

    /** What the $ price computes to, or null without a $ price. */
    public Integer computedCredits() {
        return credit.computedCredits();
    }

    public BigDecimal inputUsdPerMtok() {
        return entry.input();
    }

    public BigDecimal outputUsdPerMtok() {
        return entry.output();
    }

    public boolean hasTag(String tag) {
        return entry.tags().contains(tag);
    }
}
