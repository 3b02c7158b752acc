package com.llmresale.pricing.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.llmresale.pricing.model.CatalogEntry;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Numbers;
import com.llmresale.pricing.model.PricePeriod;
import com.llmresale.pricing.model.PriceTier;
import com.llmresale.pricing.model.Snippet;
import com.llmresale.pricing.model.UpstreamIds;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An outside price catalog read into this tool's terms: LiteLLM's cost map ({@code
 * model_prices_and_context_window.json}, $ per token), genai-prices' {@code data.json} ($ per 1M
 * tokens, tiers, dated prices) or OpenRouter's {@code /api/v1/models} ($ per token as strings, "-1"
 * for dynamic pricing). Every entry becomes a {@link ModelEntry} with the prices the sheet schema
 * holds; what it cannot hold is listed, never silently priced.
 *
 * @param kind {@code litellm}, {@code genai-prices} or {@code openrouter}
 * @param file the file as named
 * @param entries every priced model
 * @param skipped models left out, with why
 */
public record OutsideCatalog(
        String kind, String file, List<CatalogEntry> entries, List<String> skipped) {
    public static final String LITELLM = "litellm";
    public static final String GENAI_PRICES = "genai-prices";
    public static final String OPENROUTER = "openrouter";
    public static final List<String> KINDS = List.of(LITELLM, GENAI_PRICES, OPENROUTER);

    /**
     * Per-token prices are turned into per-1M prices rounded to this many places (float artefacts
     * go).
     */
    private static final int PER_MTOK_SCALE = 10;

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * genai-prices price keys the schema holds; the others are named in {@link
     * CatalogEntry#notImported()}.
     */
    private static final Set<String> GENAI_KEYS =
            Set.of("input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok");

    public OutsideCatalog {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }

    /** Reads {@code file}; {@code kind} null detects it from the content. */
    public static OutsideCatalog read(Path file, String display, String kind) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(display, 0, null, "file not found", e);
        } catch (IOException e) {
            throw new DataException(display, 0, null, "cannot read: " + e.getMessage(), e);
        }
        return parse(bytes, display, kind);
    }

    public static OutsideCatalog parse(byte[] bytes, String display, String kind) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DataException(
                    display, line, null, "not JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new DataException(display, 0, null, "cannot read: " + e.getMessage(), e);
        }
        String detected = kind != null ? kind : detect(root, display);
        return switch (detected) {
            case LITELLM -> litellm(root, display);
            case GENAI_PRICES -> genai(root, display);
            case OPENROUTER -> openrouter(root, display);
            default -> throw new IllegalArgumentException(detected);
        };
    }

    private static String detect(JsonNode root, String display) {
        if (root != null && root.isArray() && root.size() > 0 && root.get(0).has("models")) {
            return GENAI_PRICES;
        }
        if (root != null && root.isObject() && root.path("data").isArray()) {
            return OPENROUTER;
        }
        if (root != null && root.isObject()) {
            for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
                JsonNode v = it.next();
                if (v.isObject() && v.has("litellm_provider")) {
                    return LITELLM;
                }
            }
        }
        throw new DataException(
                display,
                0,
                null,
                "not a catalog this tool knows (LiteLLM's cost map, "
                        + "genai-prices' data.json or OpenRouter's models list); give --source");
    }

    // ---- LiteLLM -------------------------------------------------------------------------------

    private static OutsideCatalog litellm(JsonNode root, String display) {
        if (!root.isObject()) {
            throw new DataException(
                    display, 0, null, "LiteLLM's cost map is a JSON object of models");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isObject()
                    || !v.path("litellm_provider").isTextual()
                    || e.getKey().equals("sample_spec")) {
                continue;
            }
            String provider = v.get("litellm_provider").asText();
            String mode = v.path("mode").asText("chat");
            if (!mode.equals("chat")
                    && !mode.equals("completion")
                    && !mode.equals("embedding")
                    && !mode.equals("responses")) {
                continue; // images, audio, rerank...: not priced per token
            }
            String key = e.getKey();
            String id = key.startsWith(provider + "/") ? key.substring(provider.length() + 1) : key;
            try {
                BigDecimal in = perToken(v, "input_cost_per_token", display, key);
                BigDecimal out = perToken(v, "output_cost_per_token", display, key);
                if (in == null || (out == null && !mode.equals("embedding"))) {
                    skipped.add(key + ": no per-token input and output price");
                    continue;
                }
                List<PriceTier> tiers = new ArrayList<>();
                BigDecimal tIn =
                        perToken(v, "input_cost_per_token_above_200k_tokens", display, key);
                BigDecimal tOut =
                        perToken(v, "output_cost_per_token_above_200k_tokens", display, key);
                BigDecimal tCached =
                        perToken(v, "cache_read_input_token_cost_above_200k_tokens", display, key);
                BigDecimal tWrite =
                        perToken(
                                v,
                                "cache_creation_input_token_cost_above_200k_tokens",
                                display,
                                key);
                if (tIn != null || tOut != null || tCached != null || tWrite != null) {
                    tiers.add(new PriceTier(200_000, tIn, tOut, tCached, tWrite));
                }
                ModelEntry model =
                        ModelEntry.builder(id)
                                .prices(in, out == null ? BigDecimal.ZERO : out)
                                .cachedInput(
                                        perToken(v, "cache_read_input_token_cost", display, key))
                                .kind(mode.equals("embedding") ? ModelEntry.EMBEDDING : null)
                                .cacheWrite(
                                        perToken(
                                                v, "cache_creation_input_token_cost", display, key))
                                .tiers(tiers)
                                .upstream(new UpstreamIds(key, null, null))
                                .build();
                entries.add(new CatalogEntry(provider, key, model, List.of()));
            } catch (InvalidValueException ex) {
                skipped.add(key + ": " + ex.getMessage());
            }
        }
        return new OutsideCatalog(LITELLM, display, entries, skipped);
    }

    private static BigDecimal perToken(JsonNode v, String field, String display, String key) {
        JsonNode n = v.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        BigDecimal perToken = number(n, display, key + "." + field);
        return perMtok(perToken);
    }

    /**
     * $ per token -> $ per 1M tokens, float artefacts rounded away (3.0000000000000004e-07 -> 0.3).
     */
    static BigDecimal perMtok(BigDecimal perToken) {
        BigDecimal s =
                perToken.multiply(MILLION)
                        .setScale(PER_MTOK_SCALE, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static BigDecimal number(JsonNode n, String display, String field) {
        if (!n.isNumber() && !n.isTextual()) {
            throw new DataException(display, 0, field, "not a number: " + Snippet.of(n.toString()));
        }
        try {
            // a double carries 15 significant digits safely: 0.0000029999900000000002 is
            // 0.00000299999
            return Numbers.decimal(
                    n.isNumber()
                            ? n.decimalValue().round(new java.math.MathContext(15)).toString()
                            : n.asText());
        } catch (Numbers.NumberException e) {
            throw new DataException(display, 0, field, e.getMessage(), e);
        }
    }

    // ---- OpenRouter ----------------------------------------------------------------------------

    private static OutsideCatalog openrouter(JsonNode root, String display) {
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode m : root.path("data")) {
            String key = m.path("id").asText("");
            if (key.isEmpty()) {
                continue;
            }
            JsonNode p = m.path("pricing");
            String prompt = p.path("prompt").asText(null);
            String completion = p.path("completion").asText(null);
            if (prompt == null || completion == null) {
                skipped.add(key + ": no prompt and completion price");
                continue;
            }
            if (prompt.strip().equals("-1") || completion.strip().equals("-1")) {
                skipped.add(key + ": dynamic pricing (-1)");
                continue;
            }
            int slash = key.indexOf('/');
            String provider = slash > 0 ? key.substring(0, slash) : "openrouter";
            String id = slash > 0 ? key.substring(slash + 1) : key;
            try {
                BigDecimal cached = optionalString(p, "input_cache_read", display, key);
                BigDecimal write = optionalString(p, "input_cache_write", display, key);
                ModelEntry model =
                        ModelEntry.builder(id)
                                .prices(
                                        perMtok(number(p.get("prompt"), display, key + ".prompt")),
                                        perMtok(
                                                number(
                                                        p.get("completion"),
                                                        display,
                                                        key + ".completion")))
                                .cachedInput(cached)
                                .cacheWrite(write)
                                .upstream(new UpstreamIds(null, null, key))
                                .build();
                entries.add(new CatalogEntry(provider, key, model, List.of()));
            } catch (InvalidValueException e) {
                skipped.add(key + ": " + e.getMessage());
            }
        }
        return new OutsideCatalog(OPENROUTER, display, entries, skipped);
    }

    private static BigDecimal optionalString(JsonNode p, String field, String display, String key) {
        JsonNode n = p.get(field);
        if (n == null || n.isNull() || n.asText().strip().equals("-1")) {
            return null;
        }
        return perMtok(number(n, display, key + "." + field));
    }

    // ---- genai-prices --------------------------------------------------------------------------

    private static OutsideCatalog genai(JsonNode root, String display) {
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode provider : root) {
            String pid = provider.path("id").asText("");
            for (JsonNode m : provider.path("models")) {
                String id = m.path("id").asText("");
                String key = pid + "/" + id;
                try {
                    CatalogEntry entry = genaiModel(pid, id, m, display);
                    if (entry == null) {
                        skipped.add(
                                key
                                        + ": priced by time of day, or per request (not per token only)");
                    } else {
                        entries.add(entry);
                    }
                } catch (InvalidValueException e) {
                    skipped.add(key + ": " + e.getMessage());
                }
            }
        }
        return new OutsideCatalog(GENAI_PRICES, display, entries, skipped);
    }

    /** One genai-prices model; null when its prices cannot be held by a sheet. */
    private static CatalogEntry genaiModel(String provider, String id, JsonNode m, String display) {
        JsonNode prices = m.path("prices");
        List<JsonNode> periods = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        if (prices.isArray()) {
            for (int i = 0; i < prices.size(); i++) {
                JsonNode c = prices.get(i);
                JsonNode constraint = c.get("constraint");
                if (constraint != null && !constraint.isNull()) {
                    if (!constraint.has("start_date")
                            || constraint.size() != 1 && !constraint.has("type")) {
                        return null;
                    }
                    if (i == 0) {
                        // before every start date the first prices apply anyway (genai-prices'
                        // fallback)
                        periods.add(c.path("prices"));
                        continue;
                    }
                    try {
                        starts.add(LocalDate.parse(constraint.get("start_date").asText()));
                    } catch (DateTimeParseException e) {
                        throw new InvalidValueException(
                                "history",
                                "start_date "
                                        + Snippet.quoted(constraint.get("start_date").asText())
                                        + " is not a date");
                    }
                } else if (i > 0) {
                    return null; // an unconditional price after the first would always win: not a
                    // history
                }
                periods.add(c.path("prices"));
            }
        } else {
            periods.add(prices);
        }
        Set<String> ignored = new TreeSet<>();
        for (JsonNode p : periods) {
            if (p.has("requests_kcount")) {
                return null;
            }
            p.fieldNames()
                    .forEachRemaining(
                            k -> {
                                if (!GENAI_KEYS.contains(k)) {
                                    ignored.add(k);
                                }
                            });
        }
        List<PricePeriod> history = new ArrayList<>();
        for (int i = 0; i < periods.size() - 1; i++) {
            Flat f = flat(periods.get(i), display, provider + "/" + id);
            if (f.input == null || f.output == null) {
                return null;
            }
            history.add(
                    new PricePeriod(starts.get(i), f.input, f.output, f.cached, f.write, f.tiers));
        }
        Flat top = flat(periods.get(periods.size() - 1), display, provider + "/" + id);
        if (top.input == null) {
            return null;
        }
        boolean embedding = top.output == null;
        ModelEntry model =
                ModelEntry.builder(id)
                        .prices(top.input, embedding ? BigDecimal.ZERO : top.output)
                        .cachedInput(top.cached)
                        .active(!m.path("deprecated").asBoolean(false))
                        .kind(embedding ? ModelEntry.EMBEDDING : null)
                        .cacheWrite(top.write)
                        .tiers(top.tiers)
                        .history(history)
                        .upstream(new UpstreamIds(null, id, null))
                        .build();
        return new CatalogEntry(provider, id, model, List.copyOf(ignored));
    }

    /** One genai-prices price set: base prices and the union of every field's tiers. */
    private record Flat(
            BigDecimal input,
            BigDecimal output,
            BigDecimal cached,
            BigDecimal write,
            List<PriceTier> tiers) {}

    private static Flat flat(JsonNode p, String display, String key) {
        Map<String, TreeMap<Long, BigDecimal>> tiered = new TreeMap<>();
        BigDecimal[] base = new BigDecimal[4];
        String[] fields = {"input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok"};
        TreeSet<Long> starts = new TreeSet<>();
        for (int i = 0; i < fields.length; i++) {
            JsonNode v = p.get(fields[i]);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isObject()) {
                base[i] = number(v.path("base"), display, key + "." + fields[i] + ".base");
                TreeMap<Long, BigDecimal> t = new TreeMap<>();
                for (JsonNode tier : v.path("tiers")) {
                    long start = tier.path("start").asLong(-1);
                    if (start < 0 || !tier.path("start").isIntegralNumber()) {
                        throw new InvalidValueException(
                                "tiers", "a tier start is not a whole number");
                    }
                    t.put(
                            start,
                            number(tier.path("price"), display, key + "." + fields[i] + ".tiers"));
                    starts.add(start);
                }
                tiered.put(fields[i], t);
            } else {
                base[i] = number(v, display, key + "." + fields[i]);
            }
        }
        List<PriceTier> tiers = new ArrayList<>();
        for (long start : starts) {
            BigDecimal[] at = new BigDecimal[4];
            for (int i = 0; i < fields.length; i++) {
                TreeMap<Long, BigDecimal> t = tiered.get(fields[i]);
                if (t != null) {
                    Map.Entry<Long, BigDecimal> e = t.floorEntry(start);
                    at[i] = e == null ? base[i] : e.getValue();
                }
            }
            tiers.add(new PriceTier(start, at[0], at[1], at[2], at[3]));
        }
        return new Flat(base[0], base[1], base[2], base[3], tiers);
    }

    private static String firstLine(String message) {
        return message == null
                ? "syntax error"
                : message.strip().lines().findFirst().orElse("syntax error");
    }
}
