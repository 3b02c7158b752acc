package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.ModelSuggestions;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelKey;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ParameterException;

/**
 * A {@code PROVIDER:MODEL} argument resolved against the catalog; an unknown one names the closest
 * ids.
 */
final class ModelArgument {
    private static final int SUGGESTIONS = 5;

    private ModelArgument() {}

    /**
     * The model {@code id} names.
     *
     * @param command the command whose usage error it is
     * @param label how the argument is named in messages ({@code PROVIDER:MODEL}, {@code --model})
     */
    static ModelKey resolve(BaseCommand command, Catalog catalog, String id, String label) {
        int colon = id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            throw usage(
                    command,
                    label
                            + ": expected a provider id and a model id separated by ':', got '"
                            + id
                            + "'"
                            + didYouMean(catalog, id));
        }
        // provider ids are lower-case (contract); model ids are the provider's own, case and all
        ModelKey key =
                new ModelKey(
                        id.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        id.substring(colon + 1));
        if (catalog.sheet(key.provider()).isEmpty()) {
            throw usage(
                    command,
                    label
                            + ": no sheet for provider '"
                            + key.provider()
                            + "' in "
                            + command.sheetsFolder().display()
                            + didYouMean(catalog, id));
        }
        if (catalog.model(key.provider(), key.model()).isEmpty()) {
            throw usage(command, label + ": unknown model '" + key + "'" + didYouMean(catalog, id));
        }
        return key;
    }

    private static ParameterException usage(BaseCommand command, String message) {
        return command.usage(message);
    }

    static String didYouMean(Catalog catalog, String id) {
        List<ModelKey> closest = ModelSuggestions.closest(catalog, id, SUGGESTIONS);
        if (closest.isEmpty()) {
            return " (no close match; `pricing models` lists every id)";
        }
        return " (did you mean "
                + String.join(", ", closest.stream().map(ModelKey::toString).toList())
                + "?)";
    }
}
