package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What "the same model at another provider" means, and how far apart two credit values are.
 *
 * <p>A model's family key is its sheet's {@code family}, lower-cased; a model without one (the
 * genai-prices catalog has none) falls back to its id with any {@code vendor/} prefix stripped
 * (everything up to the last {@code /}), lower-cased: {@code openai/gpt-oss-20b} at Groq and {@code
 * gpt-oss-20b} at another provider are one family.
 */
public final class Families {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Families() {}

    public static String keyOf(ModelEntry model) {
        if (model.family() != null) {
            return model.family().strip().toLowerCase(Locale.ROOT);
        }
        return fallbackKey(model.id());
    }

    /** The id without any {@code vendor/} prefix, lower-cased. */
    public static String fallbackKey(String id) {
        return id.substring(id.lastIndexOf('/') + 1).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * How far apart two credit values are, in % of the larger one, one decimal HALF_UP: {@code |a -
     * b| / max(a, b) x 100}. 0 when both are 0; symmetric; at most 100.
     */
    public static BigDecimal apartPct(int a, int b) {
        int larger = Math.max(a, b);
        if (larger == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(Math.abs((long) a - b))
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(larger), 1, RoundingMode.HALF_UP);
    }

    /**
     * The names closest to {@code wanted} (case-insensitive edit distance, or one containing the
     * other), nearest first, at most {@code limit}.
     */
    public static List<String> closest(String wanted, Collection<String> names, int limit) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, w.length() / 3);
        record Scored(String name, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            String n = name.toLowerCase(Locale.ROOT);
            int d = EditDistance.levenshtein(w, n);
            boolean contains =
                    w.length() >= 3 && (n.contains(w) || w.contains(n) && n.length() >= 3);
            if (d <= allowed || contains) {
                scored.add(new Scored(name, contains ? Math.min(d, allowed) : d));
            }
        }
        return scored.stream()
                .sorted(
                        Comparator.comparingInt(Scored::distance)
                                .thenComparingInt(s -> Math.abs(s.name().length() - w.length()))
                                .thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }
}
