package com.llmresale.pricing.io;

import com.llmresale.pricing.engine.Publication;
import com.llmresale.pricing.io.usage.PostgresUsage;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.PublishTable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs a publication ({@link PublishSql}) against the application's PostgreSQL in one transaction:
 * every statement succeeds and is committed, or the table is left as it was.
 */
public final class PostgresPublish {
    private PostgresPublish() {}

    /** What the transaction changed: rows inserted or updated, rows set inactive. */
    public record Result(String display, long upserted, long deactivated) {}

    /**
     * The connection a later {@link #publish} uses, checked for a usable URL now (a usage error
     * otherwise).
     */
    public static PostgresUsage.Target target(String url, Map<String, String> env) {
        return PostgresUsage.target(url, env);
    }

    /**
     * Publishes and commits.
     *
     * @throws DataException naming the database and what went wrong; nothing was committed
     */
    public static Result publish(
            PostgresUsage.Target target, PublishTable table, Publication publication) {
        Properties props = target.properties("pricing recompute --write");
        String where = target.display() + " (" + table.display() + ")";
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), props)) {
            c.setAutoCommit(false);
            try {
                long upserted = 0;
                List<PublishSql.Statement> statements = PublishSql.statements(table, publication);
                PublishSql.Statement deactivate = statements.get(statements.size() - 1);
                if (!publication.rows().isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(statements.get(0).jdbc())) {
                        for (PublishSql.Statement s :
                                statements.subList(0, statements.size() - 1)) {
                            bind(c, ps, s.values());
                            ps.addBatch();
                        }
                        for (int n : ps.executeBatch()) {
                            upserted += Math.max(n, 0);
                        }
                    }
                }
                long deactivated;
                try (PreparedStatement ps = c.prepareStatement(deactivate.jdbc())) {
                    bind(c, ps, deactivate.values());
                    deactivated = ps.executeLargeUpdate();
                }
                c.commit();
                return new Result(where, upserted, deactivated);
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // closing the connection ends the transaction without committing it
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DataException(
                    where, 0, null, problem(e, table) + "; nothing was published", e);
        }
    }

    private static void bind(Connection c, PreparedStatement ps, List<Object> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else if (v instanceof BigDecimal d) {
                ps.setBigDecimal(i + 1, d);
            } else if (v instanceof String[] a) {
                ps.setArray(i + 1, c.createArrayOf("text", a));
            } else {
                throw new IllegalArgumentException(
                        "no SQL type for " + v.getClass().getSimpleName());
            }
        }
    }

    /**
     * What went wrong, in words; a batch's first real error rather than "batch entry 0 was
     * aborted".
     */
    private static String problem(SQLException e, PublishTable table) {
        SQLException cause = e;
        if (e.getNextException() != null) {
            cause = e.getNextException();
        }
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String message =
                cause.getMessage() == null
                        ? cause.getClass().getSimpleName()
                        : cause.getMessage()
                                .lines()
                                .findFirst()
                                .orElse("")
                                .replaceFirst("^ERROR: ", "");
        if (state.startsWith("08")) {
            return "cannot connect: " + message;
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "login refused: " + message;
        }
        if (state.equals("3D000")) {
            return "no such database: " + message;
        }
        if (state.equals("42P01")) {
            return "no table "
                    + table.display()
                    + " here (the application creates it; or set publish_table "
                    + "in settings.yaml)";
        }
        if (state.equals("42703")) {
            return "the table lacks a column: "
                    + message
                    + " (set publish_table.columns in settings.yaml)";
        }
        if (state.equals("42P10")) {
            return "the table needs a unique key on ("
                    + table.provider()
                    + ", "
                    + table.modelKey()
                    + ") for the upsert";
        }
        if (state.startsWith("42501")) {
            return "permission denied: " + message;
        }
        return message;
    }
}
