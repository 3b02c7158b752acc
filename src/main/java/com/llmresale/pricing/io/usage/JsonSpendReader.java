package com.llmresale.pricing.io.usage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.llmresale.pricing.engine.usage.SpendRow;
import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Spend-log rows from JSON: an array of row objects, or one object per line (JSON lines, as {@code
 * GET /spend/logs?summarize=false} returns), read with Jackson's streaming parser one object at a
 * time; fields the report does not use ({@code messages}, {@code response}) are skipped unread.
 */
final class JsonSpendReader {
    private static final JsonFactory JSON =
            JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder().maxNumberLength(60).build())
                    .build();

    private JsonSpendReader() {}

    static void read(InputStream in, String file, Consumer<SpendRow> sink, BadRows bad)
            throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return;
            }
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = p.nextToken();
            }
            SpendFields fields = new SpendFields();
            while (t != null && t != JsonToken.END_ARRAY) {
                long line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    throw new DataException(
                            file,
                            (int) line,
                            null,
                            "expected a spend-log row (a JSON object), found " + p.getText());
                }
                fields.clear();
                object(p, fields);
                SpendRow row = null;
                try {
                    row = fields.row();
                } catch (IllegalArgumentException e) {
                    bad.bad(file, line, e.getMessage());
                }
                if (row != null) {
                    sink.accept(row);
                }
                t = p.nextToken();
            }
        } catch (JsonParseException e) {
            throw new DataException(
                    file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    null,
                    "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads one row object up to its END_OBJECT. */
    private static void object(JsonParser p, SpendFields fields) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            int column = SpendFields.column(name);
            if (column == SpendFields.METADATA && v == JsonToken.START_OBJECT) {
                fields.metadata(p);
            } else if (column >= 0 && v.isScalarValue()) {
                fields.values[column] = SpendFields.scalar(p, v);
            } else {
                p.skipChildren();
            }
        }
    }
}
