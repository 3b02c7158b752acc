package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Lint;
import com.llmresale.pricing.engine.LintRules;
import com.llmresale.pricing.engine.RecomputeReport;
import com.llmresale.pricing.engine.Repricing;
import com.llmresale.pricing.io.AtomicFiles;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.PublishedCsv;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.PublishedCredit;
import com.llmresale.pricing.render.RecomputeView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pricing recompute}: recompute credits from $ prices, compare, optionally publish. */
@Command(name = "recompute",
        description = {
                "Recompute credits from $ prices and compare them with the published credits.",
                "Compares with pricing/published-credits.csv (or --against FILE) and groups the models as "
                        + "increased, decreased, unchanged, new, removed and inactive, with old -> new credits "
                        + "and the %% change. Nothing is written unless --write is given. The summary line counts "
                        + "the warnings of `pricing lint` (default thresholds).",
                ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
                "  pricing recompute",
                "  pricing recompute --provider groq",
                "  pricing recompute --against last-month.csv --format csv --output changes.csv",
                "  pricing recompute --write     publish; the previous file is kept as .bak%n"
        })
final class RecomputeCommand extends BaseCommand implements Callable<Integer> {
    @Mixin
    ProviderOption provider;

    @Option(names = "--against", paramLabel = "FILE",
            description = "Compare with this CSV (columns provider, model, credits) instead of the published credits.")
    Path against;

    @Option(names = "--write",
            description = "Publish the new credits to published-credits.csv in the sheets folder "
                    + "(temp file + rename; the previous file is kept as published-credits.csv.bak).")
    boolean write;

    @Override
    public Integer call() {
        Folder sheets = sheetsFolder();
        if (write && sheets.bundled()) {
            throw usage("--write: the bundled sheets are read-only; run where ./pricing exists or give --sheets DIR");
        }
        Catalog catalog = CatalogLoader.load(sheets);
        String only = provider.resolve(catalog, spec);

        Path publishedFile = sheets.path().resolve(PublishedCsv.FILE_NAME);
        List<PublishedCredit> published = PublishedCsv.readIfPresent(publishedFile, sheets.display(publishedFile));
        List<PublishedCredit> comparedWith = published;
        String againstName = sheets.display(publishedFile);
        if (against != null) {
            comparedWith = PublishedCsv.read(cwd().resolve(against), against.toString());
            againstName = against.toString();
        }

        RecomputeReport report = new Repricing(catalog).recompute(comparedWith, only);
        int lintWarnings = Lint.check(catalog, LintRules.defaults(today()), only).warnings().size();
        String text = render(new RecomputeView(againstName, lintWarnings), report);
        if (write) {
            publish(publishedFile, sheets.display(publishedFile), Repricing.toPublish(report, published, only));
        }
        deliver(text);
        return ExitCodes.OK;
    }

    private void publish(Path file, String display, List<PublishedCredit> credits) {
        Path backup = file.resolveSibling(PublishedCsv.FILE_NAME + ".bak");
        try {
            AtomicFiles.replaceKeepingBackup(file, PublishedCsv.format(credits), backup);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + display + ": " + describe(e), e);
        }
        err().println("Published " + credits.size() + " credit values to " + display
                + " (previous file kept as " + PublishedCsv.FILE_NAME + ".bak).");
        err().flush();
    }
}
