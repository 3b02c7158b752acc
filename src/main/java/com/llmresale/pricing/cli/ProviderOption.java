package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Families;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ProviderSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --provider P[,P...]}: limits a report to these providers' sheets. Repeatable and
 * comma-separated ({@code --provider groq,together} = {@code --provider groq --provider together}),
 * any case.
 */
// addMethodSubcommands = false: picocli otherwise scans every method of this class (reflection,
// at every start) for @Command methods to add as subcommands; there are none
@picocli.CommandLine.Command(addMethodSubcommands = false)
final class ProviderOption {
    @Option(
            names = "--provider",
            paramLabel = "P",
            split = ",",
            description =
                    "Only these providers (sheet `provider` ids, any case): repeat the option or separate "
                            + "the ids with commas.")
    List<String> providers = new ArrayList<>();

    /**
     * The provider ids as the catalog spells them, each once, in the order given; empty for every
     * provider.
     */
    List<String> resolve(Catalog catalog, CommandSpec spec) {
        return providers.stream().map(p -> check(p, catalog, spec)).distinct().toList();
    }

    /**
     * A provider id as the catalog spells it (ids are lower-case, so {@code GROQ} is {@code groq});
     * an unknown one is a usage error that names the closest ids, or every id.
     */
    static String check(String given, Catalog catalog, CommandSpec spec) {
        String id = given.strip().toLowerCase(Locale.ROOT);
        if (catalog.sheet(id).isPresent()) {
            return id;
        }
        List<String> known = catalog.sheets().stream().map(ProviderSheet::provider).toList();
        List<String> close = Families.closest(id, known, 3);
        throw new ParameterException(
                spec.commandLine(),
                "--provider: no sheet for provider '"
                        + given
                        + "' ("
                        + (close.isEmpty()
                                ? "known: " + String.join(", ", known)
                                : "did you mean: " + String.join(", ", close) + "?")
                        + ")");
    }
}
