package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.Phrase;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A logged row's model, as the contract says: (1) the sheet whose provider id or {@code
 * litellm_provider} is the row's {@code custom_llm_provider}, the row's {@code model} without a
 * leading {@code <custom_llm_provider>/} matching a model id or alias exactly; else (2) {@code
 * model_group} equal to a mix alias of the scenario: that entry's model; else (3) none.
 */
public final class ModelResolver {
    /**
     * A row's model, or why there is none (then {@code model} is null), a phrase the render layer
     * words ({@code usage.why.*}).
     */
    public record Resolution(ProviderSheet sheet, ModelEntry model, Phrase reason) {
        public boolean found() {
            return model != null;
        }
    }

    private final Catalog catalog;
    private final List<MixEntry> mix;

    public ModelResolver(Catalog catalog, Scenario scenario) {
        this.catalog = catalog;
        this.mix = scenario == null ? List.of() : scenario.mix();
    }

    public Resolution resolve(String provider, String model, String modelGroup) {
        Phrase why;
        if (!provider.isEmpty()) {
            Optional<ProviderSheet> sheet =
                    catalog.sheets().stream()
                            .filter(
                                    s ->
                                            s.provider().equals(provider)
                                                    || s.litellmProvider().equals(provider))
                            .findFirst();
            if (sheet.isPresent()) {
                String id =
                        model.startsWith(provider + "/")
                                ? model.substring(provider.length() + 1)
                                : model;
                Optional<ModelEntry> entry = sheet.get().modelOrAlias(id);
                if (entry.isPresent()) {
                    return new Resolution(sheet.get(), entry.get(), null);
                }
                why = Phrase.of("usage.why.no_model", id, sheet.get().provider());
            } else {
                why = Phrase.of("usage.why.no_sheet", provider);
            }
        } else {
            why = Phrase.of("usage.why.no_provider");
        }
        for (MixEntry entry : mix) {
            if (entry.alias().equals(modelGroup)) {
                Optional<ProviderSheet> sheet = catalog.sheet(entry.provider());
                Optional<ModelEntry> m = sheet.flatMap(s -> s.model(entry.model()));
                if (m.isPresent()) {
                    return new Resolution(sheet.get(), m.get(), null);
                }
            }
        }
        return new Resolution(
                null,
                null,
                mix.isEmpty() || modelGroup.isEmpty()
                        ? why
                        : Phrase.of("usage.why.no_alias", why, modelGroup));
    }

    /** The same answers, remembered per (provider, model, model_group). */
    public static final class Cached {
        private record Key(String provider, String model, String group) {}

        private final ModelResolver resolver;
        private final Map<Key, Resolution> known = new HashMap<>();

        public Cached(ModelResolver resolver) {
            this.resolver = resolver;
        }

        public Resolution resolve(String provider, String model, String modelGroup) {
            return known.computeIfAbsent(
                    new Key(provider, model, modelGroup),
                    k -> resolver.resolve(k.provider(), k.model(), k.group()));
        }
    }
}
