package com.llmresale.pricing.io;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.PricePeriod;
import com.llmresale.pricing.model.PriceTier;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.PublishTable;
import com.llmresale.pricing.model.Settings;
import com.llmresale.pricing.model.SizeBand;
import com.llmresale.pricing.model.SizeBands;
import com.llmresale.pricing.model.Tier;
import com.llmresale.pricing.model.TierBand;
import com.llmresale.pricing.model.UpstreamIds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
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

    static final Set<String> SHEET_FIELDS =
            Set.of(
                    "provider",
                    "name",
                    "currency",
                    "updated",
                    "source",
                    "batch_discount",
                    "notes",
                    "models",
                    "size_bands",
                    "litellm_provider");
    static final Set<String> SIZE_BANDS_FIELDS = Set.of("dense", "moe", "source");
    static final Set<String> SIZE_BAND_FIELDS = Set.of("max_params", "price", "input", "output");
    static final Set<String> MODEL_FIELDS =
            Set.of(
                    "id",
                    "input",
                    "output",
                    "cached_input",
                    "credits",
                    "family",
                    "active",
                    "free",
                    "tags",
                    "params",
                    "moe",
                    "kind",
                    "source",
                    "note",
                    "aliases",
                    "cache_write",
                    "tiers",
                    "history",
                    "upstream");
    static final Set<String> TIER_FIELDS =
            Set.of("above_input_tokens", "input", "output", "cached_input", "cache_write");
    static final Set<String> HISTORY_FIELDS =
            Set.of("until", "input", "output", "cached_input", "cache_write", "tiers");
    static final Set<String> UPSTREAM_FIELDS = Set.of("litellm", "genai_prices", "openrouter");
    static final Set<String> SETTINGS_FIELDS =
            Set.of(
                    "baseline",
                    "credits_per_multiplier",
                    "multiplier_scale",
                    "rounding",
                    "tiers",
                    "credit_rule",
                    PublishTable.KEY);

    private CatalogLoader() {}

    /**
     * Loads every {@code *.yaml} / {@code *.yml} sheet in {@code folder} (settings.yaml and
     * recommendations.yaml aside).
     */
    public static Catalog load(Folder folder) {
        List<Path> files = sheetFiles(folder);
        if (files.isEmpty()) {
            throw new DataException(
                    folder.display(), 0, null, "no price sheets (*.yaml) in this folder");
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
                throw root.error(
                        "provider", "'" + sheet.provider() + "' is already declared by " + first);
            }
            sheets.add(sheet);
        }
        return new Catalog(settings, sheets);
    }

    /**
     * Only the sheets of {@code providers}, when each is in a file named after it ({@code
     * groq.yaml}) that declares it: a command about one model reads one sheet, not the whole
     * folder. Null when a provider has no such file (then {@link #load(Folder)} reads them all and
     * says what is wrong). The folder-wide checks (one sheet per provider) are left to the commands
     * that read every sheet.
     */
    public static Catalog loadOnly(Folder folder, java.util.Collection<String> providers) {
        List<ProviderSheet> sheets = new ArrayList<>();
        for (String provider : new java.util.TreeSet<>(providers)) {
            Path file = null;
            for (String ext : List.of(".yaml", ".yml")) {
                Path candidate = folder.path().resolve(provider + ext);
                if (provider.matches("[a-z0-9._-]+")
                        && java.nio.file.Files.isRegularFile(candidate)) {
                    file =
                            file == null
                                    ? candidate
                                    : null; // both spellings: let the full load report it
                }
            }
            if (file == null) {
                return null;
            }
            ProviderSheet sheet = sheet(YamlObject.read(file, folder.display(file)));
            if (!sheet.provider().equals(provider)) {
                return null;
            }
            sheets.add(sheet);
        }
        return sheets.isEmpty() ? null : new Catalog(loadSettings(folder), sheets);
    }

    /** Each sheet's file, by provider id (for tools that edit sheets in place). */
    public static Map<String, Path> sheetFilesByProvider(Folder folder) {
        Map<String, Path> out = new HashMap<>();
        for (Path file : sheetFiles(folder)) {
            out.put(YamlObject.read(file, folder.display(file)).requireString("provider"), file);
        }
        return out;
    }

    static List<Path> sheetFiles(Folder folder) {
        return folder.yamlFiles(NOT_SHEETS);
    }

    static ProviderSheet sheet(YamlObject root) {
        root.rejectUnknown(SHEET_FIELDS);
        String provider = root.requireString("provider");
        if (!root.has("models")) {
            throw root.error("models", "missing");
        }
        SizeBands bands =
                root.has("size_bands") ? sizeBands(root.requireObject("size_bands")) : null;
        List<ModelEntry> models = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        List<YamlObject> nodes = new ArrayList<>();
        for (YamlObject m : root.objects("models", "id")) {
            ModelEntry model = model(m, bands);
            Integer first = lines.putIfAbsent(model.id(), m.line());
            if (first != null) {
                throw m.error(
                        "id",
                        "duplicate model id '" + model.id() + "' (first on line " + first + ")");
            }
            models.add(model);
            nodes.add(m);
        }
        checkAliases(models, nodes, lines);
        return root.build(
                () ->
                        new ProviderSheet(
                                provider,
                                root.string("name"),
                                root.requireString("currency"),
                                root.date("updated"),
                                root.string("source"),
                                root.decimal("batch_discount"),
                                root.strings("notes"),
                                models,
                                bands,
                                root.string("litellm_provider")));
    }

    /**
     * Every alias names one model only, and no alias is another model's id (the error at the
     * alias's model).
     */
    private static void checkAliases(
            List<ModelEntry> models, List<YamlObject> nodes, Map<String, Integer> idLines) {
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            ModelEntry model = models.get(i);
            for (String alias : model.aliases()) {
                Integer idLine = idLines.get(alias);
                if (idLine != null) {
                    throw nodes.get(i)
                            .error(
                                    "aliases",
                                    "'"
                                            + alias
                                            + "' is the id of another model (line "
                                            + idLine
                                            + ")");
                }
                String first = owner.putIfAbsent(alias, model.id());
                if (first != null && !first.equals(model.id())) {
                    throw nodes.get(i)
                            .error("aliases", "'" + alias + "' is already an alias of " + first);
                }
            }
        }
    }

    /**
     * One model. A model with {@code params} but no $ price and no pinned credits takes its price
     * from the sheet's size bands (when the sheet has them): resolved here, at load time, so that
     * every engine sees an ordinary priced model, flagged as derived.
     */
    static ModelEntry model(YamlObject m, SizeBands bands) {
        m.rejectUnknown(MODEL_FIELDS);
        String id = m.requireString("id");
        BigDecimal input = m.decimal("input");
        BigDecimal output = m.decimal("output");
        Integer credits = m.integer("credits");
        BigDecimal params = m.decimal("params");
        boolean moe = m.bool("moe", false);
        String kind = m.string("kind");
        boolean active = m.bool("active", true);
        SizeBand band = null;
        if (bands != null
                && input == null
                && output == null
                && credits == null
                && params != null
                && params.signum() > 0
                && (kind == null || kind.equals(ModelEntry.DEFAULT_KIND))) {
            band = bands.bandFor(params, moe).orElse(null);
            if (band == null && active) {
                String architecture = moe ? SizeBand.MOE : SizeBand.DENSE;
                BigDecimal top = bands.topParams(moe);
                throw m.error(
                        "params",
                        params.toPlainString()
                                + "B is above the top "
                                + architecture
                                + " size band"
                                + (top == null
                                        ? " (the sheet has no " + architecture + " bands)"
                                        : " (max_params " + top.toPlainString() + ")")
                                + " and the model has no price: give `input` and `output`, or pin `credits`");
            }
        }
        SizeBand derived = band;
        return m.build(
                () ->
                        ModelEntry.builder(id)
                                .prices(
                                        derived == null ? input : derived.input(),
                                        derived == null ? output : derived.output())
                                .cachedInput(m.decimal("cached_input"))
                                .pinnedCredits(credits)
                                .family(m.string("family"))
                                .active(active)
                                .free(m.bool("free", false))
                                .tags(m.strings("tags"))
                                .params(params)
                                .moe(moe)
                                .kind(kind)
                                .source(m.string("source"))
                                .note(m.string("note"))
                                .priceBand(derived)
                                .aliases(m.strings("aliases"))
                                .cacheWrite(m.decimal("cache_write"))
                                .tiers(priceTiers(m))
                                .history(history(m))
                                .upstream(upstream(m))
                                .build());
    }

    /** A model's (or a history period's) {@code tiers}; each tier checked on its own line. */
    static List<PriceTier> priceTiers(YamlObject m) {
        List<PriceTier> tiers = new ArrayList<>();
        for (YamlObject t : m.objects("tiers", "above_input_tokens")) {
            t.rejectUnknown(TIER_FIELDS);
            Integer above = t.requireInteger("above_input_tokens");
            if (!tiers.isEmpty() && above <= tiers.get(tiers.size() - 1).aboveInputTokens()) {
                throw t.error(
                        "above_input_tokens",
                        above
                                + " must be above the previous tier's "
                                + tiers.get(tiers.size() - 1).aboveInputTokens()
                                + " (tiers ascend)");
            }
            tiers.add(
                    t.build(
                            () ->
                                    new PriceTier(
                                            above,
                                            t.decimal("input"),
                                            t.decimal("output"),
                                            t.decimal("cached_input"),
                                            t.decimal("cache_write"))));
        }
        return tiers;
    }

    static List<PricePeriod> history(YamlObject m) {
        List<PricePeriod> periods = new ArrayList<>();
        for (YamlObject h : m.objects("history", "until")) {
            h.rejectUnknown(HISTORY_FIELDS);
            LocalDate until = h.date("until");
            if (until != null
                    && !periods.isEmpty()
                    && !until.isAfter(periods.get(periods.size() - 1).until())) {
                throw h.error(
                        "until",
                        until
                                + " must be after the previous period's until "
                                + periods.get(periods.size() - 1).until()
                                + " (history is oldest first)");
            }
            List<PriceTier> tiers = priceTiers(h);
            periods.add(
                    h.build(
                            () ->
                                    new PricePeriod(
                                            until,
                                            h.decimal("input"),
                                            h.decimal("output"),
                                            h.decimal("cached_input"),
                                            h.decimal("cache_write"),
                                            tiers)));
        }
        return periods;
    }

    static UpstreamIds upstream(YamlObject m) {
        YamlObject u = m.object("upstream");
        if (u == null) {
            return UpstreamIds.NONE;
        }
        u.rejectUnknown(UPSTREAM_FIELDS);
        return u.build(
                () ->
                        new UpstreamIds(
                                u.string("litellm"),
                                u.string("genai_prices"),
                                u.string("openrouter")));
    }

    /** A sheet's {@code size_bands}: each list ascending, contiguous from 0, positive prices. */
    static SizeBands sizeBands(YamlObject node) {
        node.rejectUnknown(SIZE_BANDS_FIELDS);
        List<SizeBand> dense = bandList(node, SizeBand.DENSE);
        List<SizeBand> moe = bandList(node, SizeBand.MOE);
        return node.build(() -> new SizeBands(dense, moe, node.string("source")));
    }

    private static List<SizeBand> bandList(YamlObject node, String architecture) {
        List<SizeBand> bands = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (YamlObject b : node.objects(architecture, null)) {
            b.rejectUnknown(SIZE_BAND_FIELDS);
            BigDecimal max = b.requireDecimal("max_params");
            if (max.compareTo(previous) <= 0) {
                throw b.error(
                        "max_params",
                        max.toPlainString()
                                + " must be above the previous band's "
                                + previous.toPlainString()
                                + " (bands ascend without overlap)");
            }
            BigDecimal price = b.decimal("price");
            BigDecimal input = b.decimal("input");
            BigDecimal output = b.decimal("output");
            if (price != null && (input != null || output != null)) {
                throw b.error(
                        "price",
                        "give either `price` (input and output) or `input` and `output`, not both");
            }
            if (price == null && (input == null || output == null)) {
                throw b.error(
                        input == null ? "input" : "output",
                        "missing (give `price`, or `input` and `output`)");
            }
            BigDecimal above = previous;
            bands.add(
                    b.build(
                            () ->
                                    new SizeBand(
                                            architecture,
                                            above,
                                            max,
                                            price != null ? price : input,
                                            price != null ? price : output)));
            previous = max;
        }
        return bands;
    }

    /** The folder's settings.yaml, or the contract's defaults when there is none. */
    static Settings loadSettings(Folder folder) {
        Path file = folder.path().resolve(SETTINGS_FILE);
        if (!folder.requireReadableIfPresent(file)) {
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
            throw baseline.error(
                    "avg_usd_per_mtok", "must be greater than 0, got " + avg.toPlainString());
        }
        var perMultiplier =
                root.has("credits_per_multiplier")
                        ? root.decimal("credits_per_multiplier")
                        : defaults.creditsPerMultiplier();
        int scale =
                root.has("multiplier_scale")
                        ? root.integer("multiplier_scale")
                        : defaults.multiplierScale();
        RoundingMode rounding = root.has("rounding") ? rounding(root) : defaults.rounding();
        List<TierBand> tiers = root.has("tiers") ? tiers(root) : defaults.tiers();
        var share = defaults.ruleInputShare();
        YamlObject rule = root.object("credit_rule");
        if (rule != null) {
            rule.rejectUnknown(Set.of("input_share"));
            share = rule.requireDecimal("input_share");
            if (share.signum() < 0 || share.compareTo(java.math.BigDecimal.ONE) > 0) {
                throw rule.error(
                        "input_share",
                        "must be a share between 0 and 1 (0.5: (input + output) / 2), got "
                                + share.toPlainString());
            }
        }
        var ruleShare = share;
        PublishTable table =
                root.has(PublishTable.KEY) ? publishTable(root) : defaults.publishTable();
        return root.build(
                () ->
                        new Settings(
                                model,
                                avg,
                                perMultiplier,
                                scale,
                                rounding,
                                tiers,
                                ruleShare,
                                table));
    }

    /**
     * {@code publish_table: {schema, name, columns: {provider, model_key, credit_multiplier,
     * is_active}}}; each optional.
     */
    private static PublishTable publishTable(YamlObject root) {
        PublishTable d = PublishTable.defaults();
        YamlObject t = root.requireObject(PublishTable.KEY);
        t.rejectUnknown(Set.of("schema", "name", "columns"));
        YamlObject columns = t.has("columns") ? t.requireObject("columns") : null;
        if (columns != null) {
            columns.rejectUnknown(
                    Set.of("provider", "model_key", "credit_multiplier", "is_active"));
        }
        String schema = t.has("schema") ? t.requireString("schema") : null;
        String name = t.has("name") ? t.requireString("name") : d.name();
        String provider = column(columns, "provider", d.provider());
        String modelKey = column(columns, "model_key", d.modelKey());
        String multiplier = column(columns, "credit_multiplier", d.creditMultiplier());
        String active = column(columns, "is_active", d.isActive());
        return root.build(
                () -> new PublishTable(schema, name, provider, modelKey, multiplier, active));
    }

    private static String column(YamlObject columns, String key, String otherwise) {
        return columns != null && columns.has(key) ? columns.requireString(key) : otherwise;
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
        throw root.error(
                "rounding",
                "unknown rounding '"
                        + text
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
                throw t.error(
                        "tier",
                        "unknown tier '"
                                + name
                                + "' (expected one of: "
                                + String.join(
                                        ", ", Stream.of(Tier.values()).map(Tier::name).toList())
                                + ")");
            }
            var min = t.requireDecimal("min_multiplier");
            bands.add(t.build(() -> new TierBand(tier, min)));
        }
        return bands;
    }
}
