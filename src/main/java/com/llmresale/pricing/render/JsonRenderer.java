package com.llmresale.pricing.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The {@code json} format, written with Jackson's streaming generator: two-space indent, keys in
 * the order the view gives them, decimals as plain numbers (never scientific, never binary floating
 * point).
 */
final class JsonRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRenderer() {}

    static String render(Object tree) {
        StringWriter out = new StringWriter();
        DefaultPrettyPrinter pretty =
                new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.setPrettyPrinter(pretty);
            gen.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            write(gen, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                write(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            gen.writeStartArray();
            for (Object item : list) {
                write(gen, item);
            }
            gen.writeEndArray();
        } else if (value instanceof BigDecimal d) {
            gen.writeNumber(d);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof BigInteger) {
            gen.writeNumber(value.toString());
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof String || value instanceof Enum<?>) {
            gen.writeString(value.toString());
        } else {
            throw new IllegalArgumentException(
                    "no JSON form for "
                            + value.getClass().getName()
                            + " (views give maps, lists, strings, numbers and booleans)");
        }
    }
}
