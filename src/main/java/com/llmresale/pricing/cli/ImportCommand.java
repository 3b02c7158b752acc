package com.llmresale.pricing.cli;

import com.llmresale.pricing.io.AtomicFiles;
import com.llmresale.pricing.io.OsErrors;
import com.llmresale.pricing.io.OutsideCatalog;
import com.llmresale.pricing.io.SheetYaml;
import com.llmresale.pricing.io.WriteException;
import com.llmresale.pricing.model.CatalogEntry;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pricing import}: new provider sheets from an outside catalog; an existing sheet is never
 * touched.
 */
@Command(
        name = "import",
        description = {
            "Write one provider sheet per provider of an outside catalog (genai-prices' data.json, LiteLLM's "
                    + "cost map or OpenRouter's models list) into a folder, with every price the sheet schema "
                    + "holds: cached input, cache writes, long-context tiers, dated price history.",
            "A provider that already has a sheet in the folder is left alone (said on stderr). Models the "
                    + "schema cannot price exactly (time-of-day or per-request prices) are left out and "
                    + "counted; prices it does not hold (audio, images, web searches, 1-hour cache writes) "
                    + "are named in the model's note. All sheets are written, or none.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing import --into imported \\",
            "      --from ../shared/external/upstream/genai-prices-data.json",
            "  pricing import --from data.json --into pricing --provider anthropic,google",
            "  pricing --sheets imported estimate anthropic:claude-sonnet-4-5 \\",
            "      --input-tokens 250000 --cached-input-tokens 100000 \\",
            "      --cache-write-tokens 50000 --output-tokens 4000%n"
        })
final class ImportCommand extends BaseCommand implements Callable<Integer> {
    private static final Pattern PROVIDER_LINE =
            Pattern.compile("(?m)^provider:\\s*[\"']?([^\"'#\\s]+)");

    @Option(
            names = "--from",
            paramLabel = "FILE",
            required = true,
            description = "The catalog file.")
    Path from;

    @Option(
            names = "--into",
            paramLabel = "DIR",
            required = true,
            description = "The sheet folder to write into.")
    Path into;

    @Option(
            names = "--source",
            paramLabel = "KIND",
            description = "litellm, genai-prices or openrouter (default: detected from the file).")
    String source;

    @Option(
            names = "--provider",
            paramLabel = "P",
            split = ",",
            description =
                    "Only these catalog providers: repeat the option or separate the ids with commas.")
    List<String> providers = new ArrayList<>();

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
        Path dir = cwd().resolve(into);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw usage("--into: " + into + " is a file, not a folder");
        }
        OutsideCatalog catalog = OutsideCatalog.read(cwd().resolve(from), from.toString(), source);
        Map<String, List<CatalogEntry>> byProvider = new TreeMap<>();
        for (CatalogEntry e : catalog.entries()) {
            byProvider
                    .computeIfAbsent(e.provider().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(e);
        }
        for (String p : providers) {
            if (!byProvider.containsKey(p.toLowerCase(Locale.ROOT))) {
                throw usage(
                        "--provider: '"
                                + p
                                + "' is not a provider of "
                                + from
                                + " (it has: "
                                + String.join(", ", byProvider.keySet().stream().limit(40).toList())
                                + ")");
            }
        }
        Map<String, String> existing = existingSheets(dir);
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int skipped = catalog.skipped().size();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            for (Map.Entry<String, List<CatalogEntry>> group : byProvider.entrySet()) {
                String provider = group.getKey();
                if (!providers.isEmpty()
                        && providers.stream().noneMatch(p -> p.equalsIgnoreCase(provider))) {
                    continue;
                }
                if (existing.containsKey(provider)) {
                    notes.add(
                            "note: "
                                    + provider
                                    + " already has a sheet ("
                                    + existing.get(provider)
                                    + "): left as it is");
                    continue;
                }
                Map<String, ModelEntry> models = new LinkedHashMap<>();
                Map<String, String> modelNotes = new LinkedHashMap<>();
                for (CatalogEntry e : group.getValue()) {
                    if (models.putIfAbsent(e.model().id(), e.model()) != null) {
                        skipped++;
                        continue; // LiteLLM lists some models under two keys ("x" and "provider/x")
                    }
                    if (!e.notImported().isEmpty()) {
                        modelNotes.put(
                                e.model().id(),
                                catalog.kind()
                                        + " also prices "
                                        + String.join(", ", e.notImported())
                                        + " (not imported)");
                    }
                }
                ProviderSheet sheet;
                try {
                    sheet =
                            new ProviderSheet(
                                    provider,
                                    provider,
                                    "USD",
                                    today(),
                                    null,
                                    null,
                                    null,
                                    List.copyOf(models.values()),
                                    null,
                                    null);
                } catch (IllegalArgumentException e) {
                    notes.add("note: " + provider + " skipped: " + e.getMessage());
                    continue;
                }
                String file = provider + ".yaml";
                String text =
                        SheetYaml.sheet(
                                List.of(
                                        "Imported by `pricing import` from "
                                                + from.getFileName()
                                                + " ("
                                                + catalog.kind()
                                                + ") on "
                                                + today()
                                                + "."),
                                sheet.provider(),
                                sheet.name(),
                                null,
                                today(),
                                catalog.kind() + " (" + from.getFileName() + ")",
                                sheet.models(),
                                modelNotes);
                batch.stage(dir.resolve(file), into.resolve(file).toString(), text);
                lines.add(
                        String.format(
                                Locale.ROOT,
                                "%-32s %5d models  -> %s",
                                provider,
                                sheet.models().size(),
                                into.resolve(file)));
            }
            if (lines.isEmpty()) {
                throw new CommandFailure(
                        "nothing to import into "
                                + into
                                + " (every provider asked for already has a sheet)");
            }
            Files.createDirectories(dir);
            batch.commit();
        } catch (WriteException e) {
            throw new CommandFailure("cannot write " + e.display() + ": " + e.reason(), e);
        } catch (IOException e) {
            throw new CommandFailure("cannot create " + into + ": " + OsErrors.reason(e), e);
        }
        notes.forEach(err()::println);
        err().flush();
        out().println(
                        "Imported "
                                + lines.size()
                                + (lines.size() == 1 ? " sheet" : " sheets")
                                + " from "
                                + from
                                + " ("
                                + catalog.kind()
                                + "); "
                                + skipped
                                + " models of the catalog left out (not priced per token only, or listed twice).");
        lines.forEach(out()::println);
        out().flush();
        return ExitCodes.OK;
    }

    /**
     * Provider id -> file of every sheet already in {@code dir} (by file name and by its
     * `provider:` line).
     */
    private static Map<String, String> existingSheets(Path dir) {
        Map<String, String> found = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                    continue;
                }
                found.put(name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT), name);
                try {
                    var m = PROVIDER_LINE.matcher(Files.readString(f));
                    if (m.find()) {
                        found.put(m.group(1).toLowerCase(Locale.ROOT), name);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // unreadable: its file name still counts
                }
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot list " + dir + ": " + OsErrors.reason(e), e);
        }
        return found;
    }
}
