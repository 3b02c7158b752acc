package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Sync;
import com.llmresale.pricing.engine.SyncReport;
import com.llmresale.pricing.io.AtomicFiles;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Download;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.OsErrors;
import com.llmresale.pricing.io.OutsideCatalog;
import com.llmresale.pricing.io.SheetEditor;
import com.llmresale.pricing.io.WriteException;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.CatalogEntry;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.render.SyncView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pricing sync}: the sheets against an outside catalog; --apply writes their prices in
 * place.
 */
@Command(
        name = "sync",
        description = {
            "Compare the sheets with an outside catalog: LiteLLM's model_prices_and_context_window.json, "
                    + "genai-prices' data.json or OpenRouter's /api/v1/models (detected, or --source).",
            "A model is matched by its `upstream` id for that catalog, else by its id or an alias under the "
                    + "sheet's provider in the catalog's naming (LiteLLM: litellm_provider); never fuzzy. "
                    + "--apply writes their prices into the sheets in place: only those values and `updated` "
                    + "change, the replaced prices move into `history` (until = today), every comment and line "
                    + "stays; all files or none. --add-new appends the catalog's other models of providers "
                    + "we sell as `active: false` entries.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing sync --from \\",
            "      ../shared/external/upstream/litellm-model_prices_and_context_window.json",
            "  pricing sync --from litellm.json --provider anthropic --apply",
            "  pricing sync --from https://openrouter.ai/api/v1/models --source openrouter \\",
            "      --format json",
            "  pricing sync --from data.json --add-new --apply%n"
        })
final class SyncCommand extends BaseCommand implements Callable<Integer> {
    @Option(
            names = "--from",
            paramLabel = "FILE|URL",
            required = true,
            description =
                    "The catalog: a file, or an http(s) URL (downloaded with a 30 s timeout, at most 64 MB).")
    String from;

    @Option(
            names = "--source",
            paramLabel = "KIND",
            description =
                    "litellm, genai-prices or openrouter (default: detected from the content).")
    String source;

    @Mixin ProviderOption provider;

    @Option(
            names = "--apply",
            description = "Write the catalog's prices into the sheets (in place).")
    boolean apply;

    @Option(
            names = "--add-new",
            description =
                    "With --apply: add the catalog's models missing here as inactive entries.")
    boolean addNew;

    @Override
    public Integer call() {
        if (source != null && !OutsideCatalog.KINDS.contains(source)) {
            throw usage(
                    "--source: expected one of "
                            + String.join(", ", OutsideCatalog.KINDS)
                            + ", got '"
                            + source
                            + "'");
        }
        if (addNew && !apply) {
            throw usage("--add-new: give --apply too (it writes the sheets)");
        }
        Folder sheets = sheetsFolder();
        if (apply && sheets.bundled()) {
            throw usage(
                    "--apply: the bundled sheets are read-only; run where ./pricing exists or give --sheets DIR");
        }
        OutsideCatalog outside =
                Download.isUrl(from)
                        ? OutsideCatalog.parse(
                                Download.fetch(from, Download.MAX_BYTES, Download.TIMEOUT),
                                from,
                                source)
                        : OutsideCatalog.read(cwd().resolve(from), from, source);
        Catalog catalog = CatalogLoader.load(sheets);
        SyncReport report =
                Sync.compare(
                        catalog.onlyProviders(provider.resolve(catalog, spec)),
                        outside.kind(),
                        outside.file(),
                        outside.entries(),
                        null);
        String text = render(new SyncView(), report);
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            List<String> notes = new ArrayList<>();
            if (apply) {
                stageEdits(sheets, catalog, report, outside, batch, notes);
            }
            deliver(text, batch, notes);
        }
        return ExitCodes.OK;
    }

    private void stageEdits(
            Folder sheets,
            Catalog catalog,
            SyncReport report,
            OutsideCatalog outside,
            AtomicFiles.Batch batch,
            List<String> notes) {
        Map<String, Path> files = CatalogLoader.sheetFilesByProvider(sheets);
        int values = 0;
        int added = 0;
        for (ProviderSheet sheet : catalog.sheets()) {
            List<SheetEditor.Change> changes =
                    report.differences().stream()
                            .filter(d -> d.provider().equals(sheet.provider()))
                            .map(d -> new SheetEditor.Change(d.model(), d.field(), d.theirs()))
                            .toList();
            List<ModelEntry> newModels = new ArrayList<>();
            if (addNew) {
                for (SyncReport.Missing m : report.missingHere()) {
                    if (m.provider().equals(sheet.provider())) {
                        outside.entries().stream()
                                .filter(e -> e.key().equals(m.upstreamKey()))
                                .findFirst()
                                .map(CatalogEntry::model)
                                .filter(e -> !e.billedOnInputOnly())
                                .ifPresent(newModels::add);
                    }
                }
            }
            if (changes.isEmpty() && newModels.isEmpty()) {
                continue;
            }
            Path file = files.get(sheet.provider());
            String display = sheets.display(file);
            try {
                String before = Files.readString(file, StandardCharsets.UTF_8);
                String after =
                        SheetEditor.apply(before, display, sheet, changes, newModels, today());
                batch.stage(file, display, after);
            } catch (WriteException e) {
                throw new CommandFailure("cannot write " + e.display() + ": " + e.reason(), e);
            } catch (IOException e) {
                throw new CommandFailure("cannot read " + display + ": " + OsErrors.reason(e), e);
            }
            values += changes.size();
            added += newModels.size();
            notes.add(
                    words().format(
                                    newModels.isEmpty() ? "sync.updated" : "sync.updated.added",
                                    display,
                                    SyncView.count(words(), changes.size(), "sync.price"),
                                    SyncView.count(words(), newModels.size(), "sync.new_model")));
        }
        if (values == 0 && added == 0) {
            notes.add(words().format("sync.nothing", outside.file()));
        }
    }
}
