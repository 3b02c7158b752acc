package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures given on the command line in place of a scenario file's own; null where the file's figure
 * stands.
 */
public record Overrides(
        Integer users,
        BigDecimal pricePerUser,
        BigDecimal fxRate,
        BigDecimal costMargin,
        BigDecimal promptCacheHitRate,
        BigDecimal batchShare,
        BigDecimal semanticCacheHitRate,
        Integer outputCapTokens) {

    public static final Overrides NONE =
            new Overrides(null, null, null, null, null, null, null, null);

    /**
     * One figure replaced: the scenario field, the file's value (null when the file has none, as
     * for a lever it does not use) and the value used.
     */
    public record Change(String field, BigDecimal file, BigDecimal used) {}

    public boolean any() {
        return !changes(null).isEmpty();
    }

    /** The scenario with these figures in place of its own. */
    public Scenario applyTo(Scenario s) {
        return s.with(
                users,
                pricePerUser,
                fxRate,
                costMargin,
                s.levers()
                        .with(
                                promptCacheHitRate,
                                batchShare,
                                semanticCacheHitRate,
                                outputCapTokens));
    }

    /**
     * Every figure given, with what {@code file} had there; in the order of the scenario's fields.
     */
    public List<Change> changes(Scenario file) {
        List<Change> out = new ArrayList<>();
        Levers levers = file == null ? Levers.NONE : file.levers();
        add(out, "users", file == null ? null : BigDecimal.valueOf(file.users()), number(users));
        add(out, "price_per_user", file == null ? null : file.pricePerUser(), pricePerUser);
        add(out, "fx_rate", file == null ? null : file.fxRate(), fxRate);
        add(out, "cost_margin", file == null ? null : file.costMargin(), costMargin);
        add(out, "prompt_cache_hit_rate", levers.promptCacheHitRate(), promptCacheHitRate);
        add(out, "batch_share", levers.batchShare(), batchShare);
        add(out, "semantic_cache_hit_rate", levers.semanticCacheHitRate(), semanticCacheHitRate);
        add(out, "output_cap_tokens", number(levers.outputCapTokens()), number(outputCapTokens));
        return out;
    }

    private static void add(List<Change> out, String field, BigDecimal file, BigDecimal used) {
        if (used != null) {
            out.add(new Change(field, file, used));
        }
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
