package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Tiers;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.render.TiersView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pricing tiers}: the seven tiers with their bands and models. */
@Command(
        name = "tiers",
        description = {
            "Group the active models by price tier (FREE .. FLAGSHIP), cheapest first.",
            "Shows each tier's multiplier and credit band, empty tiers included; the table draws a bar per "
                    + "model scaled to its credits.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing tiers",
            "  pricing tiers --provider together",
            "  pricing tiers --format json%n"
        })
final class TiersCommand extends BaseCommand implements Callable<Integer> {
    @Mixin ProviderOption provider;

    @Override
    public Integer call() {
        Catalog catalog = loadCatalog().at(today());
        emit(
                new TiersView(),
                Tiers.report(catalog.onlyProviders(provider.resolve(catalog, spec)), null));
        return ExitCodes.OK;
    }
}
