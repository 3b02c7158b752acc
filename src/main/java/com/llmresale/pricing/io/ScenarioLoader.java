package com.llmresale.pricing.io;

import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.Levers;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Numbers;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.Snippet;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Loads {@code scenarios/NAME.yaml} files into validated {@link Scenario}s. */
public final class ScenarioLoader {
    static final Set<String> SCENARIO_FIELDS =
            Set.of(
                    "name",
                    "description",
                    "users",
                    "currency",
                    "price_per_user",
                    "fx_rate",
                    "cost_margin",
                    "tokens_per_request",
                    "token_split",
                    "limits",
                    "premium",
                    "mix",
                    "capacity_claim",
                    "levers",
                    "sensitivity",
                    "credits_per_user");
    static final Set<String> LIMIT_FIELDS;
    static final Set<String> MIX_FIELDS =
            Set.of("alias", "provider", "model", "weight", "rpm", "tpm", "api_key_env");
    static final Set<String> LEVER_FIELDS =
            Set.of(
                    "prompt_cache_hit_rate",
                    "batch_share",
                    "semantic_cache_hit_rate",
                    "output_cap_tokens");

    static {
        Set<String> fields = new java.util.HashSet<>(Set.of("max_budget_usd", "budget_duration"));
        for (LimitPeriod p : LimitPeriod.values()) {
            fields.add("requests_per_" + p.id());
            fields.add("tokens_per_" + p.id());
        }
        LIMIT_FIELDS = Set.copyOf(fields);
    }

    private ScenarioLoader() {}

    /**
     * Every good scenario of the folder by name, in name order; each bad file's error goes to
     * {@code bad} (in file order) instead of stopping the listing.
     */
    public static Map<String, Scenario> loadAll(
            Folder folder, java.util.function.Consumer<DataException> bad) {
        Map<String, Scenario> out = new TreeMap<>();
        for (Path file : files(folder)) {
            try {
                Scenario s = load(file, folder.display(file));
                out.put(s.name(), s);
            } catch (DataException e) {
                bad.accept(e);
            }
        }
        return out;
    }

    /** The names of the folder's scenarios (file names without .yaml), sorted. */
    public static List<String> names(Folder folder) {
        return files(folder).stream().map(ScenarioLoader::nameOf).toList();
    }

    /** The scenario called {@code name}, or null when the folder has no such file. */
    public static Scenario find(Folder folder, String name) {
        for (Path file : files(folder)) {
            if (nameOf(file).equals(name)) {
                return load(file, folder.display(file));
            }
        }
        return null;
    }

    /** The scenario files; two files for one name (economy.yaml and economy.yml) are an error. */
    static List<Path> files(Folder folder) {
        List<Path> files = folder.yamlFiles(Set.of());
        Map<String, Path> byName = new TreeMap<>();
        for (Path file : files) {
            Path first = byName.putIfAbsent(nameOf(file), file);
            if (first != null) {
                throw new DataException(
                        folder.display(file),
                        0,
                        null,
                        "a second file for scenario '"
                                + nameOf(file)
                                + "' (the first is "
                                + folder.display(first)
                                + "): keep one");
            }
        }
        return files;
    }

    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    /** Reads and validates one scenario file; {@code display} is how errors name it. */
    public static Scenario load(Path file, String display) {
        YamlObject root = YamlObject.read(file, display);
        root.rejectUnknown(SCENARIO_FIELDS);
        String expected = nameOf(file);
        String name = root.has("name") ? root.requireString("name") : expected;
        if (!name.equals(expected)) {
            throw root.error(
                    "name",
                    Snippet.quoted(name)
                            + " differs from the file name '"
                            + expected
                            + "' (a scenario is called by its file name)");
        }

        YamlObject split = root.requireObject("token_split");
        split.rejectUnknown(Set.of("input", "output"));
        BigDecimal input = split.requireDecimal("input");
        BigDecimal output = split.requireDecimal("output");
        split.build(() -> checkShare("input", input));
        split.build(() -> checkShare("output", output));

        UserLimits limits = limits(root.requireObject("limits"));

        BigDecimal premiumFactor = null;
        List<String> premiumUsers = List.of();
        YamlObject premium = root.object("premium");
        if (premium != null) {
            premium.rejectUnknown(Set.of("limit_factor", "users"));
            premiumUsers = premium.strings("users");
            premiumFactor = premium.requireDecimal("limit_factor");
            if (premiumFactor.signum() <= 0) {
                throw premium.error(
                        "limit_factor",
                        "must be greater than 0, got " + premiumFactor.toPlainString());
            }
        }

        if (!root.has("mix")) {
            throw root.error("mix", "missing");
        }
        List<MixEntry> mix = new ArrayList<>();
        Map<String, Integer> aliasLines = new TreeMap<>();
        for (YamlObject m : root.objects("mix", "alias")) {
            MixEntry entry = mixEntry(m);
            Integer first = aliasLines.putIfAbsent(entry.alias(), m.line());
            if (first != null) {
                throw m.error(
                        "alias",
                        "duplicate alias '" + entry.alias() + "' (first on line " + first + ")");
            }
            mix.add(entry);
        }
        if (mix.isEmpty()) {
            throw root.error("mix", "missing: give at least one model");
        }

        Long claimMonth = null;
        Long claimUser = null;
        YamlObject claim = root.object("capacity_claim");
        if (claim != null) {
            claim.rejectUnknown(Set.of("tokens_per_month", "tokens_per_user"));
            claimMonth = positiveLong(claim, "tokens_per_month");
            claimUser = positiveLong(claim, "tokens_per_user");
        }

        Levers levers = Levers.NONE;
        YamlObject l = root.object("levers");
        if (l != null) {
            l.rejectUnknown(LEVER_FIELDS);
            levers =
                    l.build(
                            () ->
                                    new Levers(
                                            l.decimal("prompt_cache_hit_rate"),
                                            l.decimal("batch_share"),
                                            l.decimal("semantic_cache_hit_rate"),
                                            l.integer("output_cap_tokens")));
        }

        List<Integer> gridUsers = List.of();
        List<BigDecimal> gridPrices = List.of();
        YamlObject grid = root.object("sensitivity");
        if (grid != null) {
            grid.rejectUnknown(Set.of("users", "prices"));
            gridUsers = integers(grid, "users");
            gridPrices = decimals(grid, "prices");
        }

        Scenario.Builder scenario =
                Scenario.builder(name)
                        .file(display)
                        .tokenSplit(input, output)
                        .limits(limits)
                        .premium(premiumFactor, premiumUsers)
                        .mix(mix)
                        .capacityClaim(claimMonth, claimUser)
                        .levers(levers)
                        .grid(gridUsers, gridPrices)
                        .users(users(root))
                        .currency(root.requireString("currency"))
                        .pricePerUser(root.requireDecimal("price_per_user"))
                        .fxRate(root.requireDecimal("fx_rate"))
                        .costMargin(root.requireDecimal("cost_margin"))
                        .tokensPerRequest(root.requireInteger("tokens_per_request"))
                        .creditsPerUser(
                                positiveWhole(
                                        root, "credits_per_user", Scenario.MAX_CREDITS_PER_USER));
        return root.build(() -> scenario.description(root.string("description")).build());
    }

    private static Object checkShare(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(
                    field, "must be a share between 0 and 1, got " + value.toPlainString());
        }
        return value;
    }

    private static UserLimits limits(YamlObject l) {
        l.rejectUnknown(LIMIT_FIELDS);
        Map<LimitPeriod, Long> requests = new EnumMap<>(LimitPeriod.class);
        Map<LimitPeriod, Long> tokens = new EnumMap<>(LimitPeriod.class);
        for (LimitPeriod p : LimitPeriod.values()) {
            Long r = positiveLong(l, "requests_per_" + p.id());
            Long t = positiveLong(l, "tokens_per_" + p.id());
            if (r != null) {
                requests.put(p, r);
            }
            if (t != null) {
                tokens.put(p, t);
            }
        }
        BigDecimal maxBudget = l.decimal("max_budget_usd");
        String duration = l.string("budget_duration");
        return l.build(() -> new UserLimits(requests, tokens, maxBudget, duration));
    }

    private static MixEntry mixEntry(YamlObject m) {
        m.rejectUnknown(MIX_FIELDS);
        String alias = m.requireString("alias");
        String provider = m.requireString("provider");
        String model = m.requireString("model");
        BigDecimal weight = m.requireDecimal("weight");
        Long rpm = positiveLong(m, "rpm");
        Long tpm = positiveLong(m, "tpm");
        return m.build(
                () ->
                        new MixEntry(
                                alias,
                                provider,
                                model,
                                weight,
                                rpm,
                                tpm,
                                m.string("api_key_env"),
                                m.lineOf("model")));
    }

    /**
     * users: a whole number in {@link Scenario#USERS_RANGE} (read as a decimal so that 5000000000
     * is out of range, not "not whole").
     */
    private static Integer users(YamlObject root) {
        BigDecimal value = root.requireDecimal("users");
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.signum() <= 0) {
            throw root.error("users", "must be greater than 0, got " + value.toPlainString());
        }
        if (whole.scale() > 0
                || !Scenario.usersInRange(
                        whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                                ? Long.MAX_VALUE
                                : whole.longValue())) {
            throw root.error(
                    "users",
                    "must be a whole number "
                            + Scenario.USERS_RANGE
                            + ", got "
                            + value.toPlainString());
        }
        return whole.intValueExact();
    }

    /** A whole number above 0, or null when absent. */
    private static Long positiveLong(YamlObject o, String key) {
        BigDecimal value = o.decimal(key);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw o.error(key, "must be a whole number, got " + value.toPlainString());
        }
        if (value.compareTo(BigDecimal.valueOf(UserLimits.MAX_LIMIT)) > 0) {
            throw o.error(
                    key,
                    "must be at most "
                            + UserLimits.MAX_LIMIT
                            + " (a trillion: leave it out for no cap), got "
                            + value.toPlainString());
        }
        long whole = value.longValueExact();
        if (whole <= 0) {
            throw o.error(key, "must be greater than 0, got " + value.toPlainString());
        }
        return whole;
    }

    /** A whole number above 0 and at most {@code max}, or null when absent. */
    private static Long positiveWhole(YamlObject o, String key, long max) {
        BigDecimal value = o.decimal(key);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw o.error(key, "must be a whole number, got " + value.toPlainString());
        }
        if (value.signum() <= 0) {
            throw o.error(key, "must be greater than 0, got " + value.toPlainString());
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw o.error(key, "must be at most " + max + ", got " + value.toPlainString());
        }
        return value.longValueExact();
    }

    private static List<Integer> integers(YamlObject o, String key) {
        List<Integer> out = new ArrayList<>();
        for (String text : o.strings(key)) {
            try {
                out.add(Math.toIntExact(Numbers.whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE)));
            } catch (Numbers.NumberException e) {
                throw o.error(
                        key,
                        e.syntax()
                                ? e.getMessage()
                                : "every count must be "
                                        + Scenario.USERS_RANGE
                                        + ", got "
                                        + Numbers.echo(text.strip()));
            }
        }
        return out;
    }

    private static List<BigDecimal> decimals(YamlObject o, String key) {
        List<BigDecimal> out = new ArrayList<>();
        for (String text : o.strings(key)) {
            try {
                out.add(Numbers.decimal(text));
            } catch (Numbers.NumberException e) {
                throw o.error(key, e.getMessage());
            }
        }
        return out;
    }
}
