package com.llmresale.pricing.model;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's table that {@code recompute --write --db} publishes into (seed 000's {@code
 * ai_model_pricing (provider, model_key, credit_multiplier, is_active)} by default).
 *
 * <p>Every name is used exactly as written, always double-quoted in SQL ({@link #quote}), so a name
 * can never end the identifier and become SQL; quoted names are case-sensitive in PostgreSQL (an
 * unquoted {@code CREATE TABLE ai_model_pricing} is lower case).
 *
 * @param schema the table's schema, or null for the connection's search path
 * @param name the table
 * @param provider column of the provider id (text)
 * @param modelKey column of the model id (text)
 * @param creditMultiplier column of the multiplier (numeric): credits = multiplier x credits per
 *     1.0x
 * @param isActive column of the boolean "still sold" flag
 */
public record PublishTable(
        String schema,
        String name,
        String provider,
        String modelKey,
        String creditMultiplier,
        String isActive) {
    /**
     * PostgreSQL truncates longer names (NAMEDATALEN - 1 bytes): refuse them rather than publish
     * elsewhere.
     */
    public static final int MAX_BYTES = 63;

    public static final String KEY = "publish_table";

    public static PublishTable defaults() {
        return new PublishTable(
                null,
                "ai_model_pricing",
                "provider",
                "model_key",
                "credit_multiplier",
                "is_active");
    }

    public PublishTable {
        if (schema != null) {
            check("schema", schema);
        }
        check("name", name);
        check("columns.provider", provider);
        check("columns.model_key", modelKey);
        check("columns.credit_multiplier", creditMultiplier);
        check("columns.is_active", isActive);
        Map<String, String> seen = new HashMap<>();
        List<String[]> columns =
                List.of(
                        new String[] {"provider", provider},
                        new String[] {"model_key", modelKey},
                        new String[] {"credit_multiplier", creditMultiplier},
                        new String[] {"is_active", isActive});
        for (String[] c : columns) {
            String first = seen.putIfAbsent(c[1], c[0]);
            if (first != null) {
                throw new InvalidValueException(
                        KEY,
                        KEY + ".columns." + c[0],
                        "names the same column as " + first + " (" + Snippet.quoted(c[1]) + ")");
            }
        }
    }

    private static void check(String field, String identifier) {
        String path = KEY + "." + field;
        if (identifier == null || identifier.isEmpty()) {
            throw new InvalidValueException(KEY, path, "missing");
        }
        for (int i = 0; i < identifier.length(); ) {
            int c = identifier.codePointAt(i);
            if (c == 0 || Ids.invisible(c)) {
                throw new InvalidValueException(
                        KEY,
                        path,
                        String.format(
                                "has the control character U+%04X: %s (not a table or column name)",
                                c, Snippet.quoted(identifier)));
            }
            i += Character.charCount(c);
        }
        if (!identifier.equals(identifier.strip())) {
            throw new InvalidValueException(
                    KEY, path, "has spaces at its start or end: " + Snippet.quoted(identifier));
        }
        int bytes = identifier.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidValueException(
                    KEY,
                    path,
                    "too long ("
                            + bytes
                            + " bytes, PostgreSQL names hold at most "
                            + MAX_BYTES
                            + ")");
        }
    }

    /** A PostgreSQL quoted identifier: {@code "name"}, an inner {@code "} doubled. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The table as SQL: {@code "schema"."name"} or {@code "name"}. */
    public String qualifiedName() {
        return (schema == null ? "" : quote(schema) + ".") + quote(name);
    }

    /** How messages name the table. */
    public String display() {
        return schema == null ? name : schema + "." + name;
    }
}
