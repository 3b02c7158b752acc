package com.llmresale.pricing.model;

import java.util.List;

/**
 * One model of an outside price catalog, in this tool's terms.
 *
 * @param provider the catalog's provider name (LiteLLM's {@code litellm_provider}, genai-prices'
 *     provider id, OpenRouter's id prefix)
 * @param key the catalog's own key for the model
 * @param model its prices in the sheet schema, id = the key without a provider prefix
 * @param notImported prices the catalog gives that the schema does not hold
 */
public record CatalogEntry(
        String provider, String key, ModelEntry model, List<String> notImported) {
    public CatalogEntry {
        notImported = List.copyOf(notImported);
    }
}
