package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sentence before it is worded: the key of its wording in the render layer's resource bundle and
 * its values, kept typed (the render layer formats them for the reader's language).
 *
 * @param key the wording's key (render/messages.properties)
 * @param args the values: String, Long/Integer, BigDecimal, another Phrase, or a List of these
 */
public record Phrase(String key, List<Object> args) {
    public Phrase {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a phrase needs a key");
        }
        for (Object a : args) {
            requireArg(a);
        }
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    private static void requireArg(Object a) {
        if (a instanceof List<?> list) {
            list.forEach(Phrase::requireArg);
        } else if (!(a instanceof String
                || a instanceof Long
                || a instanceof Integer
                || a instanceof BigDecimal
                || a instanceof Phrase)) {
            throw new IllegalArgumentException(
                    "a phrase argument must be text, a number or a phrase, got " + a);
        }
    }
}
