package com.llmresale.pricing.model;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The providers a command works on: every provider, or a set of provider ids ({@code --provider
 * groq,together}). What a recompute compares and what a publication replaces stay inside it.
 *
 * @param ids the provider ids in scope, sorted; empty for every provider
 */
public record ProviderScope(Set<String> ids) {
    /** Every provider. */
    public static final ProviderScope ALL = new ProviderScope(Set.of());

    public ProviderScope {
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a provider id is empty");
            }
        }
        ids = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    /** These providers; every provider when {@code ids} is empty. */
    public static ProviderScope of(Collection<String> ids) {
        return ids.isEmpty() ? ALL : new ProviderScope(Set.copyOf(ids));
    }

    /** One provider, or every provider when {@code id} is null. */
    public static ProviderScope of(String id) {
        return id == null ? ALL : new ProviderScope(Set.of(id));
    }

    /** True when no --provider limits it. */
    public boolean all() {
        return ids.isEmpty();
    }

    /** True when {@code provider} is in scope. */
    public boolean includes(String provider) {
        return ids.isEmpty() || ids.contains(provider);
    }
}
