package com.llmresale.pricing.io.usage;

import com.llmresale.pricing.engine.usage.UsageCell;
import com.llmresale.pricing.engine.usage.UsageData;
import com.llmresale.pricing.engine.usage.UsageQuery;
import com.llmresale.pricing.engine.usage.UsageWindow;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.LimitPeriod;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * LiteLLM's own {@code "LiteLLM_SpendLogs"} table in PostgreSQL, grouped inside the database (per
 * user, team, model and day; busy minutes and hours only above the caps), so that hundreds of
 * millions of rows are read without shipping them. One read-only transaction.
 */
public final class PostgresUsage {
    static final String TABLE = "LiteLLM_SpendLogs";
    private static final List<String> REQUIRED =
            List.of("request_id", "startTime", "model", "prompt_tokens", "completion_tokens");

    private PostgresUsage() {}

    /**
     * The connection to open: JDBC URL, user and password, and how messages name it (no password).
     */
    public record Target(String jdbcUrl, String user, String password, String display) {
        /**
         * The driver's connection properties: credentials, 10 s timeouts and the application name.
         */
        public Properties properties(String applicationName) {
            Properties props = new Properties();
            if (user != null) {
                props.setProperty("user", user);
            }
            if (password != null) {
                props.setProperty("password", password);
            }
            props.setProperty("connectTimeout", "10");
            props.setProperty("loginTimeout", "10");
            props.setProperty("ApplicationName", applicationName);
            return props;
        }
    }

    /**
     * Parses {@code postgresql://user[:password]@host[:port]/db[?...]} or {@code
     * jdbc:postgresql://...}.
     */
    public static Target target(String url, Map<String, String> env) {
        String text = url.strip();
        String jdbc;
        String user = null;
        String password = null;
        if (text.startsWith("jdbc:postgresql:")) {
            jdbc = text;
        } else if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("--db: not a URL: " + e.getReason());
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("--db: no host in '" + redact(text) + "'");
            }
            String info = uri.getRawUserInfo();
            if (info != null) {
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                password = colon < 0 ? null : decode(info.substring(colon + 1));
            }
            jdbc =
                    "jdbc:postgresql://"
                            + uri.getHost()
                            + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                            + (uri.getRawPath() == null || uri.getRawPath().isEmpty()
                                    ? "/"
                                    : uri.getRawPath())
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } else {
            throw new IllegalArgumentException(
                    "--db: expected postgresql://user@host:port/db or jdbc:postgresql://..., got '"
                            + redact(text)
                            + "'");
        }
        if (user == null) {
            user = env.get("PGUSER");
        }
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        String display = redact(jdbc.substring("jdbc:".length()));
        return new Target(jdbc, user, password, display);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL without a password (in user info or a password= parameter). */
    static String redact(String url) {
        return url.replaceAll("://([^:/@]*):[^@/]*@", "://$1@")
                .replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /**
     * Reads the grouped rows; an IllegalArgumentException when {@code url} is not a PostgreSQL URL.
     */
    public static UsageData read(String url, Map<String, String> env, UsageQuery query) {
        Target target =
                target(url, env); // IllegalArgumentException: a URL that is none (a usage error)
        Properties props = target.properties("pricing usage");
        props.setProperty("readOnly", "true");
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), props)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION READ ONLY");
            }
            Set<String> columns = columns(c, target);
            Sql sql = new Sql(columns, query);
            List<UsageCell> cells = cells(c, sql);
            List<UsageWindow> windows = new ArrayList<>();
            for (LimitPeriod p : List.of(LimitPeriod.MINUTE, LimitPeriod.HOUR)) {
                if (query.wants(p)) {
                    windows(c, sql, p, query, windows);
                }
            }
            c.rollback();
            long rows = cells.stream().mapToLong(UsageCell::requests).sum();
            return new UsageData(
                    target.display() + " (" + TABLE + ")", cells, windows, rows, 0, 0, 0);
        } catch (SQLException e) {
            throw new DataException(target.display(), 0, null, problem(e), e);
        }
    }

    private static String problem(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message =
                e.getMessage() == null
                        ? e.getClass().getSimpleName()
                        : e.getMessage().lines().findFirst().orElse("");
        if (state.startsWith("08")) {
            return "cannot connect: " + message;
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "login refused: " + message;
        }
        if (state.equals("3D000")) {
            return "no such database: " + message;
        }
        if (state.equals("22023") && message.contains("time zone")) {
            return "the database does not know this time zone: " + message;
        }
        return message;
    }

    private static Set<String> columns(Connection c, Target target) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                + "AND table_schema = ANY (current_schemas(false))")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new DataException(
                    target.display(),
                    0,
                    null,
                    "no table \""
                            + TABLE
                            + "\" here (is this LiteLLM's database? its proxy creates the table on start)");
        }
        List<String> missing = REQUIRED.stream().filter(col -> !columns.contains(col)).toList();
        if (!missing.isEmpty()) {
            throw new DataException(
                    target.display(),
                    0,
                    null,
                    "table \""
                            + TABLE
                            + "\" has no column"
                            + (missing.size() > 1 ? "s " : " ")
                            + String.join(", ", missing)
                            + " (not LiteLLM's schema; see litellm-spendlogs.sql)");
        }
        return columns;
    }

    /** The SQL pieces, with absent optional columns replaced by their defaults. */
    private static final class Sql {
        final Set<String> columns;
        final UsageQuery query;
        final String local;
        final Integer offsetSeconds;

        Sql(Set<String> columns, UsageQuery query) {
            this.columns = columns;
            this.query = query;
            if (query.zone().getRules().isFixedOffset()) {
                offsetSeconds =
                        query.zone()
                                .getRules()
                                .getOffset(java.time.Instant.EPOCH)
                                .getTotalSeconds();
                local = "(\"startTime\" + make_interval(secs => " + offsetSeconds + "))";
            } else {
                offsetSeconds = null;
                local = "((\"startTime\" AT TIME ZONE 'UTC') AT TIME ZONE ?)";
            }
        }

        String col(String name, String otherwise) {
            return columns.contains(name) ? "\"" + name + "\"" : otherwise;
        }

        String text(String name) {
            return columns.contains(name) ? "COALESCE(\"" + name + "\", '')" : "''";
        }

        String user() {
            return "COALESCE(NULLIF("
                    + col("user", "NULL")
                    + ", ''), NULLIF("
                    + col("end_user", "NULL")
                    + ", ''), 'key:' || "
                    + text("api_key")
                    + ")";
        }

        String failed() {
            return columns.contains("status")
                    ? "COALESCE(lower(\"status\") = 'failure', false)"
                    : "false";
        }

        String cached() {
            return columns.contains("metadata")
                    ? "LEAST(GREATEST(COALESCE((\"metadata\"->'usage_object'->'prompt_tokens_details'->>'cached_tokens')"
                            + "::numeric::bigint, 0), 0), \"prompt_tokens\")"
                    : "0";
        }

        String write() {
            return columns.contains("metadata")
                    ? "LEAST(GREATEST(COALESCE((\"metadata\"->'usage_object'->>'cache_creation_input_tokens')"
                            + "::numeric::bigint, 0), 0), \"prompt_tokens\" - "
                            + cached()
                            + ")"
                    : "0";
        }

        String duration() {
            String fromEnd =
                    columns.contains("endTime")
                            ? "GREATEST(0, round(extract(epoch from (\"endTime\" - \"startTime\")) * 1000))::bigint"
                            : "NULL";
            return columns.contains("request_duration_ms")
                    ? "COALESCE(\"request_duration_ms\"::bigint, " + fromEnd + ")"
                    : fromEnd;
        }

        String where() {
            StringBuilder w = new StringBuilder(" WHERE true");
            if (query.from() != null) {
                w.append(" AND \"startTime\" >= ?");
            }
            if (query.to() != null) {
                w.append(" AND \"startTime\" < ?");
            }
            return w.toString();
        }

        /** Binds the zone (when the local time needs it) and the period; returns the next index. */
        int bind(PreparedStatement ps, int uses) throws SQLException {
            int i = 1;
            if (offsetSeconds == null) {
                for (int k = 0; k < uses; k++) {
                    ps.setString(i++, query.zone().getId());
                }
            }
            if (query.from() != null) {
                ps.setObject(i++, utc(query.from()));
            }
            if (query.to() != null) {
                ps.setObject(i++, utc(query.to().plusDays(1)));
            }
            return i;
        }

        private LocalDateTime utc(LocalDate day) {
            return LocalDateTime.ofInstant(
                    day.atStartOfDay(query.zone()).toInstant(), ZoneOffset.UTC);
        }
    }

    private static List<UsageCell> cells(Connection c, Sql q) throws SQLException {
        String hit =
                q.columns.contains("cache_hit")
                        ? "COALESCE(lower(\"cache_hit\") = 'true', false)"
                        : "false";
        String spend = q.columns.contains("spend") ? "COALESCE(\"spend\"::numeric, 0)" : "0";
        String sql =
                "WITH r AS (SELECT "
                        + q.user()
                        + " AS u, "
                        + q.text("team_id")
                        + " AS team, "
                        + q.text("custom_llm_provider")
                        + " AS provider, COALESCE(\"model\", '') AS model, "
                        + q.text("model_group")
                        + " AS grp, ("
                        + q.local
                        + ")::date AS day, "
                        + hit
                        + " AS hit, "
                        + q.failed()
                        + " AS failed, \"prompt_tokens\"::bigint AS prompt, "
                        + "\"completion_tokens\"::bigint AS completion, "
                        + q.cached()
                        + " AS cached, "
                        + q.write()
                        + " AS cache_write, "
                        + spend
                        + " AS spend, "
                        + q.duration()
                        + " AS dur FROM \""
                        + TABLE
                        + "\""
                        + q.where()
                        + ") SELECT u, team, provider, model, grp, day, hit, count(*), "
                        + "count(*) FILTER (WHERE failed), COALESCE(sum(prompt), 0), COALESCE(sum(completion), 0), "
                        + "COALESCE(sum(cached), 0), COALESCE(sum(cache_write), 0), COALESCE(sum(spend), 0), "
                        + "COALESCE(sum(dur) FILTER (WHERE NOT failed), 0), count(dur) FILTER (WHERE NOT failed) "
                        + "FROM r GROUP BY 1, 2, 3, 4, 5, 6, 7";
        List<UsageCell> cells = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            q.bind(ps, 1);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal spent = rs.getBigDecimal(14);
                    cells.add(
                            new UsageCell(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getObject(6, LocalDate.class),
                                    rs.getBoolean(7),
                                    rs.getLong(8),
                                    rs.getLong(9),
                                    rs.getLong(10),
                                    rs.getLong(11),
                                    rs.getLong(12),
                                    rs.getLong(13),
                                    spent.signum() == 0 ? BigDecimal.ZERO : spent,
                                    rs.getLong(15),
                                    rs.getLong(16)));
                }
            }
        }
        return cells;
    }

    private static void windows(
            Connection c, Sql q, LimitPeriod period, UsageQuery query, List<UsageWindow> out)
            throws SQLException {
        Long r = query.requestFloors().get(period);
        Long t = query.tokenFloors().get(period);
        String sql =
                "SELECT "
                        + q.user()
                        + " AS u, date_trunc('"
                        + period.id()
                        + "', "
                        + q.local
                        + ") AS w, "
                        + "count(*), COALESCE(sum(\"prompt_tokens\"::bigint + \"completion_tokens\"::bigint), 0) FROM \""
                        + TABLE
                        + "\""
                        + q.where()
                        + " GROUP BY 1, 2 HAVING count(*) > ? OR "
                        + "COALESCE(sum(\"prompt_tokens\"::bigint + \"completion_tokens\"::bigint), 0) > ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = q.bind(ps, 1);
            ps.setLong(i++, r == null ? Long.MAX_VALUE : r);
            ps.setLong(i, t == null ? Long.MAX_VALUE : t);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(
                            new UsageWindow(
                                    rs.getString(1),
                                    period,
                                    rs.getObject(2, LocalDateTime.class),
                                    rs.getLong(3),
                                    rs.getLong(4)));
                }
            }
        }
    }
}
