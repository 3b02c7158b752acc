package com.llmresale.pricing.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every provider sheet of a folder, with the credit rules that apply to them. */
public record Catalog(Settings settings, List<ProviderSheet> sheets) {

    public Catalog {
        if (settings == null) {
            throw new InvalidValueException("settings", "missing");
        }
        sheets = sheets.stream().sorted(Comparator.comparing(ProviderSheet::provider)).toList();
        Set<String> ids = new HashSet<>();
        for (ProviderSheet sheet : sheets) {
            if (!ids.add(sheet.provider())) {
                throw new InvalidValueException(
                        "provider", "'" + sheet.provider() + "' is declared by two sheets");
            }
        }
    }

    public Optional<ProviderSheet> sheet(String provider) {
        return sheets.stream().filter(s -> s.provider().equals(provider)).findFirst();
    }

    public Optional<ModelEntry> model(String provider, String model) {
        return sheet(provider).flatMap(s -> s.model(model));
    }

    /**
     * The same rules with only these providers' sheets (every sheet when {@code providers} is
     * empty).
     */
    public Catalog onlyProviders(Collection<String> providers) {
        if (providers.isEmpty()) {
            return this;
        }
        return new Catalog(
                settings, sheets.stream().filter(s -> providers.contains(s.provider())).toList());
    }

    /** Every sheet with the prices in force on {@code date}: what the engines price with. */
    public Catalog at(java.time.LocalDate date) {
        return new Catalog(settings, sheets.stream().map(s -> s.at(date)).toList());
    }

    public int modelCount() {
        return sheets.stream().mapToInt(s -> s.models().size()).sum();
    }
}
