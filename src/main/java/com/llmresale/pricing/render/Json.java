package com.llmresale.pricing.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the ordered maps views hand to the JSON renderer. */
public final class Json {
    private Json() {}

    /** An ordered map from alternating keys and values. */
    public static Map<String, Object> obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
