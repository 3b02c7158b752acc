package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One provider's price sheet.
 *
 * @param provider the provider id: lower-case, unique across sheets
 * @param name display name
 * @param currency currency of every price in the sheet
 * @param updated when the prices were checked
 * @param source where the prices come from
 * @param batchDiscount share taken off input and output by the provider's batch API, or null
 * @param notes remarks that matter when choosing a provider
 * @param models the models, in sheet order
 * @param sizeBands the size-based price schedule (seed 002), or null
 * @param litellmProvider the provider name LiteLLM logs ({@code custom_llm_provider}); defaults to
 *     {@code provider}
 */
public record ProviderSheet(
        String provider,
        String name,
        String currency,
        LocalDate updated,
        String source,
        BigDecimal batchDiscount,
        List<String> notes,
        List<ModelEntry> models,
        SizeBands sizeBands,
        String litellmProvider) {

    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public ProviderSheet {
        if (provider == null || provider.isBlank()) {
            throw new InvalidValueException("provider", "missing");
        }
        if (!PROVIDER_ID.matcher(provider).matches()) {
            throw new InvalidValueException(
                    "provider",
                    Snippet.quoted(provider)
                            + " must be lower-case letters, digits, '.', '_' or '-'");
        }
        if (name == null || name.isBlank()) {
            name = provider;
        }
        if (currency == null || currency.isBlank()) {
            throw new InvalidValueException("currency", "missing");
        }
        if (!currency.equals("USD")) {
            throw new InvalidValueException(
                    "currency", "only USD sheets are supported, got " + currency);
        }
        if (batchDiscount != null
                && (batchDiscount.signum() <= 0 || batchDiscount.compareTo(BigDecimal.ONE) >= 0)) {
            throw new InvalidValueException(
                    "batch_discount",
                    "must be a share between 0 and 1 (0.5 = 50% off), got "
                            + batchDiscount.toPlainString());
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        models = List.copyOf(models);
        Set<String> ids = new HashSet<>();
        for (ModelEntry model : models) {
            if (!ids.add(model.id())) {
                throw new InvalidValueException(
                        "models", "duplicate model id '" + model.id() + "'");
            }
        }
        Set<String> aliases = new HashSet<>();
        for (ModelEntry model : models) {
            for (String alias : model.aliases()) {
                if (ids.contains(alias)) {
                    throw new IllegalArgumentException(
                            "aliases: '"
                                    + alias
                                    + "' of "
                                    + model.id()
                                    + " is the id of another model");
                }
                if (!aliases.add(alias)) {
                    throw new IllegalArgumentException(
                            "aliases: '" + alias + "' is an alias of two models");
                }
            }
        }
        if (litellmProvider == null || litellmProvider.isBlank()) {
            litellmProvider = provider;
        }
    }

    /** The model with this id or alias. */
    public Optional<ModelEntry> modelOrAlias(String idOrAlias) {
        for (ModelEntry m : models) {
            if (m.id().equals(idOrAlias) || m.aliases().contains(idOrAlias)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** A sheet without size bands. */
    public ProviderSheet(
            String provider,
            String name,
            String currency,
            LocalDate updated,
            String source,
            BigDecimal batchDiscount,
            List<String> notes,
            List<ModelEntry> models) {
        this(provider, name, currency, updated, source, batchDiscount, notes, models, null, null);
    }

    /**
     * This sheet with every model's prices in force on {@code date} (see {@link ModelEntry#at}).
     */
    public ProviderSheet at(LocalDate date) {
        return new ProviderSheet(
                provider,
                name,
                currency,
                updated,
                source,
                batchDiscount,
                notes,
                models.stream().map(m -> m.at(date)).toList(),
                sizeBands,
                litellmProvider);
    }

    public Optional<ModelEntry> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
