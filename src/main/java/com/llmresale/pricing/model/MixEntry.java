package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One model of a scenario's mix: the alias users call through the proxy, the sheet model behind it,
 * its weight (share of budget and traffic) and the proxy's global limits for it.
 *
 * @param alias the proxy's {@code model_name}
 * @param provider a sheet's provider id
 * @param model the model id in that sheet
 * @param weight the relative weight (the mix's weights should add up to 100)
 * @param rpm global requests per minute for this alias, or null
 * @param tpm global tokens per minute for this alias, or null
 * @param apiKeyEnv the environment variable holding the provider key, or null (then
 *     PROVIDER_API_KEY)
 * @param line the line of this entry's {@code model} in its scenario file (for errors), 0 when
 *     unknown
 */
public record MixEntry(
        String alias,
        String provider,
        String model,
        BigDecimal weight,
        Long rpm,
        Long tpm,
        String apiKeyEnv,
        int line) {
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public MixEntry {
        if (alias == null || alias.isBlank()) {
            throw new InvalidValueException("alias", "missing");
        }
        Ids.check("alias", alias);
        if (provider == null || provider.isBlank()) {
            throw new InvalidValueException("provider", "missing");
        }
        if (model == null || model.isBlank()) {
            throw new InvalidValueException("model", "missing");
        }
        if (weight == null) {
            throw new InvalidValueException("weight", "missing");
        }
        if (weight.signum() <= 0) {
            throw new InvalidValueException(
                    "weight", "must be greater than 0, got " + weight.toPlainString());
        }
        if (rpm != null && rpm <= 0) {
            throw new InvalidValueException("rpm", "must be greater than 0, got " + rpm);
        }
        if (tpm != null && tpm <= 0) {
            throw new InvalidValueException("tpm", "must be greater than 0, got " + tpm);
        }
        if (apiKeyEnv != null && !ENV.matcher(apiKeyEnv).matches()) {
            throw new InvalidValueException(
                    "api_key_env",
                    "not an environment variable name: " + Snippet.quoted(apiKeyEnv));
        }
    }

    public ModelKey key() {
        return new ModelKey(provider, model);
    }

    /**
     * The variable the proxy reads the key from: {@code api_key_env}, else {@code
     * PROVIDER_API_KEY}.
     */
    public String keyVariable() {
        return apiKeyEnv != null
                ? apiKeyEnv
                : provider.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                        + "_API_KEY";
    }
}
