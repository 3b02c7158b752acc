package com.llmresale.pricing.cli;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ProviderSheet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --provider P}: limits a report to one provider's sheet. */
final class ProviderOption {
    @Option(names = "--provider", paramLabel = "P", description = "Only this provider (its sheet's `provider` id).")
    String provider;

    /** The provider id, checked against the catalog; null for all providers. */
    String resolve(Catalog catalog, CommandSpec spec) {
        if (provider == null) {
            return null;
        }
        if (catalog.sheet(provider).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--provider: no sheet for provider '" + provider
                    + "' (known: " + String.join(", ", catalog.sheets().stream().map(ProviderSheet::provider).toList()) + ")");
        }
        return provider;
    }
}
