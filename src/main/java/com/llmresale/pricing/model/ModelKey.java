package com.llmresale.pricing.model;

import java.util.Comparator;

/** A model's identity across the product: provider id and the provider's model id. */
public record ModelKey(String provider, String model) implements Comparable<ModelKey> {
    private static final Comparator<ModelKey> ORDER =
            Comparator.comparing(ModelKey::provider)
                    .thenComparing(ModelKey::model, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(ModelKey::model);

    @Override
    public int compareTo(ModelKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return provider + ":" + model;
    }
}
