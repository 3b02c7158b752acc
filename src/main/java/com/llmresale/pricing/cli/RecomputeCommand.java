package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Lint;
import com.llmresale.pricing.engine.LintRules;
import com.llmresale.pricing.engine.Publication;
import com.llmresale.pricing.engine.RecomputeReport;
import com.llmresale.pricing.engine.Repricing;
import com.llmresale.pricing.engine.UsageImpact;
import com.llmresale.pricing.engine.usage.ModelTraffic;
import com.llmresale.pricing.io.AtomicFiles;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.FileFingerprint;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.OldPricesCsv;
import com.llmresale.pricing.io.OsErrors;
import com.llmresale.pricing.io.PostgresPublish;
import com.llmresale.pricing.io.ProtectedPaths;
import com.llmresale.pricing.io.PublishLock;
import com.llmresale.pricing.io.PublishSql;
import com.llmresale.pricing.io.PublishedCsv;
import com.llmresale.pricing.io.RecommendationsLoader;
import com.llmresale.pricing.io.WriteException;
import com.llmresale.pricing.io.usage.PostgresUsage;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ProviderScope;
import com.llmresale.pricing.model.PublishedCredit;
import com.llmresale.pricing.render.Format;
import com.llmresale.pricing.render.RecomputeView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pricing recompute}: recompute credits from $ prices, compare, optionally publish. */
@Command(
        name = "recompute",
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
            "  pricing recompute --provider groq,together --write",
            "                                publish two providers' credits",
            "  pricing recompute --against last-month.csv --format csv --output changes.csv",
            "  pricing recompute --usage november.csv.gz",
            "                                credit revenue change at a month's traffic",
            "  pricing recompute --usage logs.jsonl --against last-export.csv",
            "                                and the provider cost change",
            "  pricing recompute --write     publish; the previous file is kept as .bak",
            "  pricing recompute --write --db postgresql://app@db.internal:5432/app",
            "                                also publish into the app's ai_model_pricing",
            "  pricing recompute --write --format sql -o publish.sql",
            "                                the transaction to review (nothing is written)%n"
        })
final class RecomputeCommand extends BaseCommand implements Callable<Integer> {
    @Mixin ProviderOption provider;

    @Option(
            names = "--against",
            paramLabel = "FILE",
            description =
                    "Compare with this CSV (columns provider, model, credits) instead of the published credits.")
    Path against;

    @Option(
            names = "--write",
            description =
                    "Publish the new credits to published-credits.csv in the sheets folder "
                            + "(temp file + rename; the previous file is kept as published-credits.csv.bak).")
    boolean write;

    @Mixin AtOption at;

    @Option(
            names = "--usage",
            paramLabel = "SOURCE",
            arity = "1..*",
            description =
                    "Spend-log files (CSV, JSON, JSON lines, .gz; - for stdin): per model, charged requests x "
                            + "(new - old credits), the total change in credit revenue and, when --against has "
                            + "input_usd_per_mtok/output_usd_per_mtok columns (a previous `recompute --format csv` export), "
                            + "the provider cost change of the same tokens.")
    List<String> usage = new ArrayList<>();

    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "With --write: also publish into the application's table (settings.yaml publish_table, "
                            + "default ai_model_pricing) in one transaction, before the file is renamed into place. "
                            + "URL: postgresql://user[:password]@host[:port]/db or jdbc:postgresql://...; "
                            + "user and password also from PGUSER / PGPASSWORD. "
                            + "--write --format sql prints that transaction instead (nothing is written or run).")
    String db;

    @Override
    @SuppressWarnings("try") // the publish lock is held by the try block, never read
    public Integer call() {
        if (db != null && !write) {
            throw usage("--db: publishes with --write (give --write --db URL)");
        }
        if (!write && format() == Format.SQL) {
            throw usage("--format sql: prints the publishing transaction; give it with --write");
        }
        PostgresUsage.Target target = null;
        if (db != null && !sqlOnly()) {
            try {
                target = PostgresPublish.target(db, System.getenv());
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        Folder sheets = sheetsFolder();
        if (sqlOnly()) {
            // a review: the transaction is printed, nothing is run or written (no lock needed)
            return recompute(sheets, sheets.path().resolve(PublishedCsv.FILE_NAME), null, null);
        }
        if (write && sheets.bundled()) {
            throw usage(
                    "--write: the bundled sheets are read-only; run where ./pricing exists or give --sheets DIR");
        }
        Path publishedFile = sheets.path().resolve(PublishedCsv.FILE_NAME);
        if (!write) {
            return recompute(sheets, publishedFile, null, null);
        }
        // one publication at a time: read, compute and write under the folder's lock, and
        // replace the published file only if it still is what was read (compare-and-swap)
        try (PublishLock lock =
                PublishLock.acquire(
                        sheets.path(),
                        sheets.display(sheets.path().resolve(PublishLock.FILE_NAME)))) {
            return recompute(sheets, publishedFile, FileFingerprint.of(publishedFile), target);
        } catch (WriteException e) {
            throw new CommandFailure("cannot lock " + e.display() + ": " + e.reason(), e);
        } catch (IOException e) {
            throw new CommandFailure(
                    "cannot read " + sheets.display(publishedFile) + ": " + OsErrors.reason(e), e);
        }
    }

    /** {@code --write --format sql}: print the publishing transaction instead of publishing. */
    private boolean sqlOnly() {
        return write && format() == Format.SQL;
    }

    /**
     * @param readAs what the published file held when the lock was taken; null without --write
     * @param target the application's database to publish into as well, or null
     */
    private int recompute(
            Folder sheets,
            Path publishedFile,
            FileFingerprint readAs,
            PostgresUsage.Target target) {
        Catalog catalog = CatalogLoader.load(sheets).at(at.orElse(today()));
        ProviderScope only = ProviderScope.of(provider.resolve(catalog, spec));

        String publishedName = sheets.display(publishedFile);
        // the published file is read only when needed: a corrupt one must not block
        // `recompute --write --against FILE`, the way to repair it
        boolean needPublished = against == null || (write && !only.all());
        List<PublishedCredit> published =
                needPublished ? readPublished(publishedFile, publishedName) : List.of();
        List<PublishedCredit> comparedWith = published;
        String againstName = publishedName;
        if (against != null) {
            // only the rows in scope are kept: an --against file may be large
            comparedWith = PublishedCsv.read(cwd().resolve(against), against.toString(), only);
            againstName = against.toString();
        }
        boolean nothingPublished = against == null && !Files.isRegularFile(publishedFile);

        RecomputeReport report = new Repricing(catalog).recompute(comparedWith, only);
        Publication publication =
                Publication.of(report, only, catalog.settings().creditsPerMultiplier());
        if (sqlOnly()) {
            deliver(PublishSql.script(catalog.settings().publishTable(), publication));
            return ExitCodes.OK;
        }
        int lintWarnings =
                Lint.check(
                                catalog,
                                RecommendationsLoader.load(sheets),
                                LintRules.defaults(today()),
                                only)
                        .warnings()
                        .size();
        UsageImpact impact = usage.isEmpty() ? null : impact(catalog, report, only);
        String text =
                render(
                        new RecomputeView(againstName, lintWarnings, nothingPublished, impact),
                        report);
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            List<String> notes = new ArrayList<>();
            if (write) {
                batch.requireUnchanged(publishedFile, publishedName, readAs);
                notes.add(
                        stagePublish(
                                batch,
                                publishedFile,
                                publishedName,
                                Repricing.toPublish(report, published, only)));
            }
            boolean[] committed = {false};
            if (target != null) {
                // the database commits after the files are staged and checked, before they are
                // renamed: a failure there leaves both as they were
                PostgresUsage.Target db = target;
                batch.beforeRename(
                        () -> {
                            notes.add(
                                    publishedNote(
                                            PostgresPublish.publish(
                                                    db,
                                                    catalog.settings().publishTable(),
                                                    publication)));
                            committed[0] = true;
                        });
            }
            try {
                deliver(text, batch, notes);
            } catch (CommandFailure e) {
                if (committed[0]) {
                    throw new CommandFailure(
                            e.getMessage()
                                    + " (the database was already updated; run the same "
                                    + "command again to bring the file in line)",
                            e);
                }
                throw e;
            }
        }
        return ExitCodes.OK;
    }

    private static String publishedNote(PostgresPublish.Result result) {
        return "Published to "
                + result.display()
                + " in one transaction: "
                + result.upserted()
                + (result.upserted() == 1 ? " row" : " rows")
                + " inserted or updated, "
                + result.deactivated()
                + " set inactive.";
    }

    /**
     * The recompute at the logs' traffic; old $ prices from --against when it has price columns.
     */
    private UsageImpact impact(Catalog catalog, RecomputeReport report, ProviderScope only) {
        ModelTraffic traffic = UsageLogs.read(usage, cwd(), catalog, null);
        var oldPrices =
                against == null
                        ? java.util.Map
                                .<com.llmresale.pricing.model.ModelKey, UsageImpact.OldPrice>of()
                        : OldPricesCsv.read(cwd().resolve(against), against.toString(), only);
        return UsageImpact.of(
                report,
                traffic,
                UsageLogs.display(usage),
                oldPrices,
                oldPrices.isEmpty() ? null : against.toString());
    }

    @Override
    ProtectedPaths protectedPaths() {
        ProtectedPaths paths = super.protectedPaths();
        return against == null ? paths : paths.file(cwd().resolve(against), "the --against file");
    }

    /**
     * Stages the new published file and a backup of the current one; returns the note to print once
     * written.
     */
    private String stagePublish(
            AtomicFiles.Batch batch, Path file, String display, List<PublishedCredit> credits) {
        Path backup = file.resolveSibling(PublishedCsv.FILE_NAME + ".bak");
        String content = PublishedCsv.format(credits);
        String values = credits.size() == 1 ? " credit value" : " credit values";
        if (sameContent(file, content)) {
            // publishing again would only replace the .bak with a copy of this file and lose the
            // one before
            return "Nothing to publish: "
                    + display
                    + " already holds these "
                    + credits.size()
                    + values
                    + " (left as it is, and its .bak too).";
        }
        boolean backedUp;
        try {
            backedUp = batch.stageBackup(file, backup, display + ".bak");
            batch.stageOwned(file, display, content);
        } catch (WriteException e) {
            throw new CommandFailure("cannot write " + e.display() + ": " + e.reason(), e);
        }
        return "Published "
                + credits.size()
                + values
                + " to "
                + display
                + (backedUp
                        ? " (previous file kept as " + PublishedCsv.FILE_NAME + ".bak)."
                        : " (nothing was published before).");
    }

    private static boolean sameContent(Path file, String content) {
        try {
            return Files.isRegularFile(file)
                    && java.util.Arrays.equals(
                            Files.readAllBytes(file), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false; // unreadable: let the write say why
        }
    }
}
