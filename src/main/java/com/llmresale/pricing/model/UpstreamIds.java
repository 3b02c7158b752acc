package com.llmresale.pricing.model;

/**
 * Where a model is found in outside catalogs when its id alone does not say ({@code upstream}).
 *
 * @param litellm the key in LiteLLM's cost map, or null
 * @param genaiPrices the model id in genai-prices, or null
 * @param openrouter the model id at OpenRouter, or null
 */
public record UpstreamIds(String litellm, String genaiPrices, String openrouter) {
    public static final UpstreamIds NONE = new UpstreamIds(null, null, null);

    public UpstreamIds {
        if (litellm != null) {
            Ids.check("litellm", litellm);
        }
        if (genaiPrices != null) {
            Ids.check("genai_prices", genaiPrices);
        }
        if (openrouter != null) {
            Ids.check("openrouter", openrouter);
        }
    }

    /**
     * The id in the catalog of this kind ({@code litellm}, {@code genai-prices}, {@code
     * openrouter}), or null.
     */
    public String of(String kind) {
        return switch (kind) {
            case "litellm" -> litellm;
            case "genai-prices" -> genaiPrices;
            case "openrouter" -> openrouter;
            default -> null;
        };
    }
}
