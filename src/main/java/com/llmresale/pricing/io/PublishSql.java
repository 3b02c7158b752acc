package com.llmresale.pricing.io;

import com.llmresale.pricing.engine.Publication;
import com.llmresale.pricing.model.PublishTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a publication into the application's table, for JDBC (values as parameters) and
 * for review ({@code --format sql}: values as SQL literals), from one definition so that what is
 * printed is what runs.
 *
 * <pre>
 *   INSERT INTO t AS published (provider, model_key, credit_multiplier, is_active) VALUES (?, ?, ?, true)
 *     ON CONFLICT (provider, model_key) DO UPDATE SET credit_multiplier = EXCLUDED..., is_active = true
 *     WHERE something differs;                                         -- one per model sold
 *   UPDATE t SET is_active = false WHERE is_active IS NOT FALSE [AND provider = ?]
 *     AND (provider, model_key) NOT IN (the models sold);              -- inactive, withdrawn
 * </pre>
 *
 * The upsert needs a unique key on (provider, model_key), as seed 000's table has.
 */
public final class PublishSql {
    private PublishSql() {}

    /**
     * A statement: text pieces with one value between each two ({@code parts.size() ==
     * values.size() + 1}).
     */
    public record Statement(List<String> parts, List<Object> values) {
        public Statement {
            parts = List.copyOf(parts);
            values = List.copyOf(values);
            if (parts.size() != values.size() + 1) {
                throw new IllegalArgumentException("parts and values do not interleave");
            }
        }

        /** The text for a PreparedStatement: a {@code ?} for each value. */
        public String jdbc() {
            return String.join("?", parts);
        }

        /** The text with each value written as a SQL literal. */
        public String literal() {
            StringBuilder sb = new StringBuilder(parts.get(0));
            for (int i = 0; i < values.size(); i++) {
                sb.append(PublishSql.literal(values.get(i))).append(parts.get(i + 1));
            }
            return sb.toString();
        }
    }

    /** The upsert of one model sold now; values: provider, model, multiplier. */
    public static Statement upsert(PublishTable t, Publication.Row row) {
        String p = PublishTable.quote(t.provider());
        String k = PublishTable.quote(t.modelKey());
        String m = PublishTable.quote(t.creditMultiplier());
        String a = PublishTable.quote(t.isActive());
        return new Statement(
                List.of(
                        "INSERT INTO "
                                + t.qualifiedName()
                                + " AS published ("
                                + p
                                + ", "
                                + k
                                + ", "
                                + m
                                + ", "
                                + a
                                + ") VALUES (",
                        ", ",
                        ", ",
                        ", true) ON CONFLICT ("
                                + p
                                + ", "
                                + k
                                + ") DO UPDATE SET "
                                + m
                                + " = EXCLUDED."
                                + m
                                + ", "
                                + a
                                + " = true WHERE published."
                                + m
                                + " IS DISTINCT FROM EXCLUDED."
                                + m
                                + " OR published."
                                + a
                                + " IS NOT TRUE"),
                List.of(row.key().provider(), row.key().model(), row.creditMultiplier()));
    }

    /**
     * Sets every other row in scope inactive; values: [the provider, or the array of providers,]
     * the providers and models sold.
     */
    public static Statement deactivateOthers(PublishTable t, Publication publication) {
        String p = PublishTable.quote(t.provider());
        String k = PublishTable.quote(t.modelKey());
        String a = PublishTable.quote(t.isActive());
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        String head =
                "UPDATE "
                        + t.qualifiedName()
                        + " SET "
                        + a
                        + " = false WHERE "
                        + a
                        + " IS NOT FALSE AND ";
        java.util.Set<String> scope = publication.scope().ids();
        if (scope.size() == 1) {
            parts.add(head + p + " = ");
            values.add(scope.iterator().next());
            head = " AND ";
        } else if (!scope.isEmpty()) {
            parts.add(head + p + " = ANY (CAST(");
            values.add(scope.toArray(String[]::new));
            head = " AS text[])) AND ";
        }
        parts.add(head + "(" + p + ", " + k + ") NOT IN (SELECT * FROM unnest(CAST(");
        values.add(publication.rows().stream().map(r -> r.key().provider()).toArray(String[]::new));
        parts.add(" AS text[]), CAST(");
        values.add(publication.rows().stream().map(r -> r.key().model()).toArray(String[]::new));
        parts.add(" AS text[])))");
        return new Statement(parts, values);
    }

    /** Every statement of the transaction, in order. */
    public static List<Statement> statements(PublishTable t, Publication publication) {
        List<Statement> out = new ArrayList<>();
        for (Publication.Row row : publication.rows()) {
            out.add(upsert(t, row));
        }
        out.add(deactivateOthers(t, publication));
        return out;
    }

    /** The transaction as a script for review (psql runs it as it is). */
    public static String script(PublishTable t, Publication publication) {
        StringBuilder sb = new StringBuilder("BEGIN;\n");
        for (Statement s : statements(t, publication)) {
            sb.append(s.literal()).append(";\n");
        }
        return sb.append("COMMIT;\n").toString();
    }

    /**
     * A value as a SQL literal: a string in single quotes with quotes doubled (an {@code E'...'}
     * string, backslashes doubled too, when it has a backslash, so that it reads the same whatever
     * {@code standard_conforming_strings} is), a number in plain notation, a text array as {@code
     * ARRAY[...]}.
     */
    static String literal(Object value) {
        if (value instanceof String s) {
            if (s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a NUL character cannot be in a SQL string");
            }
            String quoted = s.replace("'", "''");
            return s.indexOf('\\') >= 0
                    ? "E'" + quoted.replace("\\", "\\\\") + "'"
                    : "'" + quoted + "'";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof String[] array) {
            StringBuilder sb = new StringBuilder("ARRAY[");
            for (int i = 0; i < array.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(literal(array[i]));
            }
            return sb.append(']').toString();
        }
        throw new IllegalArgumentException(
                "no SQL literal for " + value.getClass().getSimpleName());
    }
}
