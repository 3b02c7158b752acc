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

    // equals and hashCode written out, with the values the record's own would give: a record's are
    // made at run time (java.lang.runtime.ObjectMethods, method handles), which costs a short
    // command 5-8% of its start-up when models are kept in maps by key (docs/speed.md)
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelKey key
                && java.util.Objects.equals(provider, key.provider)
                && java.util.Objects.equals(model, key.model);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(provider) + java.util.Objects.hashCode(model);
    }

    @Override
    public String toString() {
        return provider + ":" + model;
    }
}
