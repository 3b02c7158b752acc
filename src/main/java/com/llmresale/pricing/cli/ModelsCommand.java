package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Baseline;
import com.llmresale.pricing.engine.ModelsReport;
import com.llmresale.pricing.engine.Repricing;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.PublishedCsv;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.render.ModelsView;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pricing models}: every model with its prices, multiplier, credits and tier. */
@Command(
        name = "models",
        description = {"List every model with its $ prices, multiplier, credits and tier.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing models",
            "  pricing models --provider together --format markdown",
            "  pricing models --all --format csv --output models.csv",
            "  pricing models --at 2025-06-01      the prices in force that day%n"
        })
final class ModelsCommand extends BaseCommand implements Callable<Integer> {
    @Mixin ProviderOption provider;

    @Option(names = "--all", description = "Include inactive models.")
    boolean all;

    @Mixin AtOption at;

    @Override
    public Integer call() {
        Folder sheets = sheetsFolder();
        Catalog catalog =
                com.llmresale.pricing.io.CatalogLoader.load(sheets).at(at.orElse(today()));
        Catalog scoped = catalog.onlyProviders(provider.resolve(catalog, spec));
        Path publishedFile = sheets.path().resolve(PublishedCsv.FILE_NAME);
        Repricing repricing = new Repricing(scoped);
        var rows =
                repricing.models(
                        readPublished(publishedFile, sheets.display(publishedFile)),
                        com.llmresale.pricing.model.ProviderScope.ALL,
                        all);
        emit(new ModelsView(), new ModelsReport(Baseline.of(repricing.engine()), rows));
        return ExitCodes.OK;
    }
}
