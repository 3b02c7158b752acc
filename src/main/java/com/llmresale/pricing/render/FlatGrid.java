package com.llmresale.pricing.render;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Flattens a JSON tree into {@code key,value} rows: {@code per_user.revenue_usd}, {@code
 * model_mix[autox].weight}.
 */
final class FlatGrid {
    private FlatGrid() {}

    static Grid grid(Object tree) {
        // values are numbers or text: as a number column, a plain decimal is written as it is,
        // text neutralised
        Grid.Builder g = Grid.builder(Grid.Column.text("key"), Grid.Column.number("value"));
        walk("", tree, g);
        return g.build();
    }

    private static void walk(String prefix, Object value, Grid.Builder g) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, g));
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                String label = String.valueOf(i++);
                if (item instanceof Map<?, ?> m && m.get("alias") instanceof String alias) {
                    label = alias;
                } else if (item instanceof Map<?, ?> m && m.get("lever") instanceof String lever) {
                    label = lever;
                }
                walk(prefix + "[" + label + "]", item, g);
            }
        } else {
            g.row(
                    prefix,
                    value == null
                            ? ""
                            : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
    }
}
