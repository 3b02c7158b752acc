package com.llmresale.pricing.model;

/** The credits a model was last published at. */
public record PublishedCredit(String provider, String model, int credits) {
    public PublishedCredit {
        if (provider == null || provider.isBlank()) {
            throw new InvalidValueException("provider", "missing");
        }
        if (model == null || model.isBlank()) {
            throw new InvalidValueException("model", "missing");
        }
        Ids.check("model", model);
        if (credits < 0) {
            throw new InvalidValueException("credits", "must not be negative, got " + credits);
        }
    }

    public ModelKey key() {
        return new ModelKey(provider, model);
    }
}
