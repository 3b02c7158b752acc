package com.llmresale.pricing.io;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Settings;
import com.llmresale.pricing.model.Tier;
import com.llmresale.pricing.model.TierBand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Loads a folder of provider sheets and its settings.yaml into a validated {@link Catalog}. */
public final class CatalogLoader {
    public static final String SETTINGS_FILE = "settings.yaml";
    /** YAML files of a sheet folder that are not provider sheets. */
    static final Set<String> NOT_SHEETS = Set.of(SETTINGS_FILE, RecommendationsLoader.FILE_NAME);

    static final Set<String> SHEET_FIELDS = Set.of(
            "provider", "name", "currency", "updated", "source", "batch_discount", "notes", "models");
    static final Set<String> MODEL_FIELDS = Set.of(
            "id", "input", "output", "cached_input", "credits", "family", "active", "free", "tags",
            "params", "moe", "kind", "source", "note");
    static final Set<String> SETTINGS_FIELDS = Set.of(
            "baseline", "credits_per_multiplier", "multiplier_scale", "rounding", "tiers");

    private CatalogLoader() {
    }

    /** Loads every {@code *.yaml} / {@code *.yml} sheet in {@code folder} (settings.yaml and recommendations.yaml aside). */
    public static Catalog load(Folder folder) {
        List<Path> files = sheetFiles(folder);
        if (files.isEmpty()) {
            throw new DataException(folder.display(), 0, null, "no price sheets (*.yaml) in this folder");
        }
        Settings settings = loadSettings(folder);
        List<ProviderSheet> sheets = new ArrayList<>();
        Map<String, String> declaredIn = new HashMap<>();
        for (Path file : files) {
            String display = folder.display(file);
            YamlObject root = YamlObject.read(file, display);
            ProviderSheet sheet = sheet(root);
            String first = declaredIn.putIfAbsent(sheet.provider(), display);
            if (first != null) {
                throw root.error("provider", "'" + sheet.provider() + "' is already declared by " + first);
            }
            sheets.add(sheet);
        }
        return new Catalog(settings, sheets);
    }

    static List<Path> sheetFiles(Folder folder) {
        try (Stream<Path> list = Files.list(folder.path())) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !NOT_SHEETS.contains(name)
                                && !name.startsWith(".");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProviderSheet sheet(YamlObject root) {
        root.rejectUnknown(SHEET_FIELDS);
        String provider = root.requireString("provider");
        if (!root.has("models")) {
            throw root.error("models", "missing");
        }
        List<ModelEntry> models = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (YamlObject m : root.objects("models", "id")) {
            ModelEntry model = model(m);
            Integer first = lines.putIfAbsent(model.id(), m.line());
            if (first != null) {
                throw m.error("id", "duplicate model id '" + model.id() + "' (first on line " + first + ")");
            }
            models.add(model);
        }
        return root.build(() -> new ProviderSheet(
                provider,
                root.string("name"),
                root.requireString("currency"),
                root.date("updated"),
                root.string("source"),
                root.decimal("batch_discount"),
                root.strings("notes"),
                models));
    }

    static ModelEntry model(YamlObject m) {
        m.rejectUnknown(MODEL_FIELDS);
        String id = m.requireString("id");
        return m.build(() -> new ModelEntry(
                id,
                m.decimal("input"),
                m.decimal("output"),
                m.decimal("cached_input"),
                m.integer("credits"),
                m.string("family"),
                m.bool("active", true),
                m.bool("free", false),
                m.strings("tags"),
                m.decimal("params"),
                m.bool("moe", false),
                m.string("kind"),
                m.string("source"),
                m.string("note")));
    }

    /** The folder's settings.yaml, or the contract's defaults when there is none. */
    static Settings loadSettings(Folder folder) {
        Path file = folder.path().resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        YamlObject root = YamlObject.read(file, folder.display(file));
        root.rejectUnknown(SETTINGS_FIELDS);
        Settings defaults = Settings.defaults();
        YamlObject baseline = root.requireObject("baseline");
        baseline.rejectUnknown(Set.of("model", "avg_usd_per_mtok"));
        String model = baseline.requireString("model");
        var avg = baseline.requireDecimal("avg_usd_per_mtok");
        if (avg.signum() <= 0) {
            throw baseline.error("avg_usd_per_mtok", "must be greater than 0, got " + avg.toPlainString());
        }
        var perMultiplier = root.has("credits_per_multiplier") ? root.decimal("credits_per_multiplier")
                : defaults.creditsPerMultiplier();
        int scale = root.has("multiplier_scale") ? root.integer("multiplier_scale") : defaults.multiplierScale();
        RoundingMode rounding = root.has("rounding") ? rounding(root) : defaults.rounding();
        List<TierBand> tiers = root.has("tiers") ? tiers(root) : defaults.tiers();
        return root.build(() -> new Settings(model, avg, perMultiplier, scale, rounding, tiers));
    }

    private static RoundingMode rounding(YamlObject root) {
        String text = root.requireString("rounding").strip().toUpperCase(Locale.ROOT);
        try {
            RoundingMode mode = RoundingMode.valueOf(text);
            if (mode != RoundingMode.UNNECESSARY) {
                return mode;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw root.error("rounding", "unknown rounding '" + text
                + "' (expected one of: HALF_EVEN, HALF_UP, HALF_DOWN, UP, DOWN, CEILING, FLOOR)");
    }

    private static List<TierBand> tiers(YamlObject root) {
        List<TierBand> bands = new ArrayList<>();
        for (YamlObject t : root.objects("tiers", "tier")) {
            t.rejectUnknown(Set.of("tier", "min_multiplier"));
            String name = t.requireString("tier").strip().toUpperCase(Locale.ROOT);
            Tier tier;
            try {
                tier = Tier.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw t.error("tier", "unknown tier '" + name + "' (expected one of: "
                        + String.join(", ", Stream.of(Tier.values()).map(Tier::name).toList()) + ")");
            }
            var min = t.requireDecimal("min_multiplier");
            bands.add(t.build(() -> new TierBand(tier, min)));
        }
        return bands;
    }
}
