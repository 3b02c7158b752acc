package com.llmresale.pricing.io;

import com.llmresale.pricing.model.DecisionCase;
import com.llmresale.pricing.model.Numbers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Named build-or-buy examples for {@code pricing decide}: {@code decide/NAME.yaml} in the scenarios
 * folder (for instance {@code scenarios/decide/seed-003.yaml}). Fields are those of {@link
 * DecisionCase}; the optional ones take its defaults.
 */
public final class DecisionExamples {
    public static final String SUBFOLDER = "decide";
    static final Set<String> FIELDS =
            Set.of(
                    "description",
                    "source",
                    "model",
                    "tokens_per_day",
                    "input_share",
                    "days_per_month",
                    "cache_hit_rate",
                    "gpu_usd_per_hour",
                    "gpu_hours_per_month",
                    "gpu_tokens_per_second",
                    "overhead",
                    "overhead_usd_per_month");

    private DecisionExamples() {}

    /**
     * The names of the examples in {@code scenarios}, sorted; empty when it has no decide folder.
     */
    public static List<String> names(Folder scenarios) {
        return ExampleFiles.names(scenarios, SUBFOLDER);
    }

    /** The example {@code name}; null when there is no such file. */
    public static DecisionCase load(Folder scenarios, String name) {
        if (!names(scenarios).contains(name)) {
            return null;
        }
        Path file = scenarios.path().resolve(SUBFOLDER).resolve(name + ".yaml");
        YamlObject root = YamlObject.read(file, scenarios.display(file));
        root.rejectUnknown(FIELDS);
        long tokensPerDay = whole(root, "tokens_per_day");
        BigDecimal share = or(root.decimal("input_share"), DecisionCase.DEFAULT_INPUT_SHARE);
        Integer days = root.integer("days_per_month");
        BigDecimal hit = or(root.decimal("cache_hit_rate"), DecisionCase.DEFAULT_CACHE_HIT_RATE);
        BigDecimal price = root.requireDecimal("gpu_usd_per_hour");
        BigDecimal hours = root.decimal("gpu_hours_per_month");
        BigDecimal throughput = root.requireDecimal("gpu_tokens_per_second");
        BigDecimal overhead = or(root.decimal("overhead"), BigDecimal.ZERO);
        BigDecimal fixed = or(root.decimal("overhead_usd_per_month"), BigDecimal.ZERO);
        return root.build(
                () ->
                        new DecisionCase(
                                name,
                                root.string("description"),
                                root.string("source"),
                                root.string("model"),
                                tokensPerDay,
                                share,
                                days == null ? DecisionCase.DEFAULT_DAYS_PER_MONTH : days,
                                hit,
                                price,
                                hours,
                                throughput,
                                overhead,
                                fixed));
    }

    private static long whole(YamlObject root, String key) {
        BigDecimal value = root.requireDecimal(key);
        try {
            return Numbers.whole(value.toPlainString(), Long.MIN_VALUE, Long.MAX_VALUE);
        } catch (Numbers.NumberException e) {
            throw root.error(
                    key,
                    e.syntax()
                            ? "must be a whole number, got " + value.toPlainString()
                            : e.getMessage());
        }
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
