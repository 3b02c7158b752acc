package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recompute --write --db} against a real PostgreSQL server (started by the test), into seed
 * 000's table {@code ai_model_pricing (provider, model_key, credit_multiplier, is_active)}.
 * Expected multipliers are seed 001's Groq figures (credits / 20).
 */
class PublishToDatabaseTest {
    static final String TABLE =
            "CREATE TABLE ai_model_pricing (provider text, model_key text, "
                    + "credit_multiplier numeric, is_active boolean, PRIMARY KEY (provider, model_key))";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static EmbeddedPostgres pg;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    /** A fresh database for one test, set up with {@code sql}; returns its name. */
    static String database(String... sql) throws SQLException {
        String name = "app" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        try (Connection c = pg.getDatabase("postgres", name).getConnection();
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
        return name;
    }

    static String url(String db) {
        return "postgresql://postgres@localhost:" + pg.getPort() + "/" + db;
    }

    /** provider:model -> "multiplier active", multipliers without trailing zeros. */
    static Map<String, String> rows(String db, String query) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = pg.getDatabase("postgres", db).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                BigDecimal m = rs.getBigDecimal(3);
                rows.put(
                        rs.getString(1) + ":" + rs.getString(2),
                        (m == null ? "null" : m.stripTrailingZeros().toPlainString())
                                + " "
                                + rs.getBoolean(4));
            }
        }
        return rows;
    }

    static Map<String, String> rows(String db) throws SQLException {
        return rows(
                db,
                "SELECT provider, model_key, credit_multiplier, is_active FROM ai_model_pricing");
    }

    @Test
    void publishesEveryModelAndTheFileAfterTheCommit() throws SQLException {
        String db = database(TABLE);
        Workspace ws = Workspace.withGroq(dir);
        Cli result = ws.run("recompute", "--write", "--db", url(db));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        // seed 001: llama-3.1-8b-instant 0.2x = 4 credits, gpt-oss-20b 0.4x = 8 credits
        assertThat(rows(db))
                .containsExactly(
                        Map.entry("groq:llama-3.1-8b-instant", "0.2 true"),
                        Map.entry("groq:openai/gpt-oss-20b", "0.4 true"));
        assertThat(ws.read("pricing/published-credits.csv"))
                .isEqualTo(
                        "provider,model,credits\ngroq,llama-3.1-8b-instant,4\ngroq,openai/gpt-oss-20b,8\n");
        assertThat(result.err())
                .contains(
                        "Published to postgresql://localhost:"
                                + pg.getPort()
                                + "/"
                                + db
                                + " (ai_model_pricing) in one transaction: 2 rows inserted or updated, 0 set inactive.");
    }

    @Test
    void republishingAfterAPriceChangeUpdatesOnlyThatRow() throws SQLException {
        String db = database(TABLE);
        Workspace ws = Workspace.withGroq(dir);
        ws.run("recompute", "--write", "--db", url(db));
        // seed 001's llama-3.3-70b-versatile prices: $0.59 / $0.79 = 2.3x, 46 credits
        ws.write(
                "pricing/groq.yaml",
                Workspace.GROQ.replace(
                        "input: 0.05\n    output: 0.08", "input: 0.59\n    output: 0.79"));
        Cli again = ws.run("recompute", "--write", "--db", url(db));
        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(rows(db))
                .containsExactly(
                        Map.entry("groq:llama-3.1-8b-instant", "2.3 true"),
                        Map.entry("groq:openai/gpt-oss-20b", "0.4 true"));
        assertThat(again.err()).contains("1 row inserted or updated, 0 set inactive");
        assertThat(ws.read("pricing/published-credits.csv"))
                .contains("groq,llama-3.1-8b-instant,46");
    }

    @Test
    void inactiveAndRemovedModelsAreSetInactiveAndKept() throws SQLException {
        String db =
                database(
                        TABLE,
                        "INSERT INTO ai_model_pricing VALUES ('groq', 'mixtral-8x7b', 1.2, true), "
                                + "('groq', 'openai/gpt-oss-20b', 0.6, true), ('together', 'some-model', 2.0, true)");
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", Workspace.GROQ + "    active: false\n");
        Cli result = ws.run("recompute", "--write", "--provider", "groq", "--db", url(db));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(rows(db))
                .containsExactly(
                        Map.entry("groq:llama-3.1-8b-instant", "0.2 true"),
                        Map.entry("groq:mixtral-8x7b", "1.2 false"), // in no sheet: withdrawn, kept
                        Map.entry(
                                "groq:openai/gpt-oss-20b",
                                "0.6 false"), // inactive: withdrawn at its last multiplier
                        Map.entry(
                                "together:some-model",
                                "2 true")); // outside --provider groq: untouched
        assertThat(result.err()).contains("1 row inserted or updated, 2 set inactive");

        Cli all = ws.run("recompute", "--write", "--db", url(db));
        assertThat(all.exitCode()).as(all.describe()).isZero();
        assertThat(rows(db)).containsEntry("together:some-model", "2 false").hasSize(4);
    }

    @Test
    void severalProvidersArePublishedTogetherAndTheRestIsUntouched() throws SQLException {
        String insert =
                "INSERT INTO ai_model_pricing VALUES ('together', 'old-model', 2.0, true), "
                        + "('openai', 'gpt-x', 1.5, true)";
        String db = database(TABLE, insert);
        Workspace ws = Workspace.withGroq(dir);
        // $0.30 in and out: the baseline's $0.30 average, 1.0x
        ws.write(
                "pricing/together.yaml",
                "provider: together\nname: Together\ncurrency: USD\nupdated: 2025-11-03\n"
                        + "models:\n  - id: qwen\n    input: 0.30\n    output: 0.30\n");
        Cli result = ws.run("recompute", "--write", "--provider", "together,GROQ", "--db", url(db));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(rows(db))
                .containsExactly(
                        Map.entry("groq:llama-3.1-8b-instant", "0.2 true"),
                        Map.entry("groq:openai/gpt-oss-20b", "0.4 true"),
                        Map.entry("openai:gpt-x", "1.5 true"), // outside the scope: untouched
                        Map.entry("together:old-model", "2 false"), // in no sheet: withdrawn
                        Map.entry("together:qwen", "1 true"));
        assertThat(result.err()).contains("3 rows inserted or updated, 1 set inactive");

        // the transaction to review does the same when a DBA runs it
        String reviewed = database(TABLE, insert);
        Cli sql = ws.run("recompute", "--write", "--provider", "groq,together", "-f", "sql");
        assertThat(sql.exitCode()).as(sql.describe()).isZero();
        try (Connection c = pg.getDatabase("postgres", reviewed).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql.out());
        }
        assertThat(rows(reviewed)).isEqualTo(rows(db));
    }

    @Test
    void aPinnedCreditIsPublishedAsTheMultiplierTheAppTurnsBackIntoIt() throws SQLException {
        String db = database(TABLE);
        Workspace ws = Workspace.withGroq(dir);
        ws.write("pricing/groq.yaml", Workspace.GROQ + "  - id: pinned-model\n    credits: 7\n");
        Cli result = ws.run("recompute", "--write", "--db", url(db));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        // the app charges int(20 x credit_multiplier) (seed 000): 7 credits is 0.35, not the
        // report's 0.4x
        assertThat(rows(db)).containsEntry("groq:pinned-model", "0.35 true");
        assertThat(ws.read("pricing/published-credits.csv")).contains("groq,pinned-model,7");
    }

    @Test
    void aDatabaseThatRefusesTheInsertChangesNeitherTheTableNorTheFile() throws SQLException {
        String db =
                database(
                        TABLE,
                        "INSERT INTO ai_model_pricing VALUES ('groq', 'llama-3.1-8b-instant', 0.3, true), "
                                + "('groq', 'old-model', 1.0, true)",
                        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                + "$$ BEGIN IF NEW.model_key = 'openai/gpt-oss-20b' THEN RAISE EXCEPTION 'refused by the app'; "
                                + "END IF; RETURN NEW; END $$",
                        "CREATE TRIGGER refuse BEFORE INSERT ON ai_model_pricing FOR EACH ROW EXECUTE FUNCTION refuse()");
        Map<String, String> before = rows(db);
        Workspace ws = Workspace.withGroq(dir);
        Cli result = ws.runFailing(1, "recompute", "--write", "--db", url(db));
        assertThat(result.errorLine())
                .contains(
                        "postgresql://localhost:" + pg.getPort() + "/" + db + " (ai_model_pricing)")
                .contains("refused by the app")
                .contains("nothing was published");
        // the first upsert (llama-3.1-8b-instant to 0.2) ran before the refusal and was rolled back
        assertThat(rows(db))
                .isEqualTo(before)
                .containsEntry("groq:llama-3.1-8b-instant", "0.3 true");
    }

    @Test
    void aMissingTableChangesNothing() throws SQLException {
        String db = database();
        Workspace ws = Workspace.withGroq(dir);
        Cli result = ws.runFailing(1, "recompute", "--write", "--db", url(db));
        assertThat(result.errorLine()).contains("no table ai_model_pricing here");
    }

    @Test
    void aTableWithoutAUniqueKeySaysSo() throws SQLException {
        String db =
                database(
                        "CREATE TABLE ai_model_pricing (provider text, model_key text, credit_multiplier numeric, "
                                + "is_active boolean)");
        Workspace ws = Workspace.withGroq(dir);
        Cli result = ws.runFailing(1, "recompute", "--write", "--db", url(db));
        assertThat(result.errorLine()).contains("needs a unique key on (provider, model_key)");
        assertThat(rows(db)).isEmpty();
    }

    @Test
    void anUnreachableDatabaseChangesNothing() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Workspace ws = Workspace.withGroq(dir);
        Cli result =
                ws.runFailing(
                        1,
                        "recompute",
                        "--write",
                        "--db",
                        "postgresql://postgres@localhost:" + port + "/app");
        assertThat(result.errorLine()).contains("cannot connect");
    }

    @Test
    void aReportThatCannotBeWrittenLeavesTheDatabaseUntouched() throws Exception {
        // files are staged (and the published file checked unchanged) before the transaction runs
        String db = database(TABLE);
        Workspace ws = Workspace.withGroq(dir);
        java.nio.file.Files.createDirectories(dir.resolve("out"));
        Cli result = ws.runFailing(1, "recompute", "--write", "--db", url(db), "--output", "out");
        assertThat(result.errorLine()).isEqualTo("error: cannot write out: is a directory");
        assertThat(rows(db)).isEmpty();
    }

    @Test
    void theTableAndItsColumnsComeFromSettingsAndAreQuoted() throws SQLException {
        String db =
                database(
                        "CREATE SCHEMA app",
                        "CREATE TABLE app.\"Model \"\"Prices\"\" ; --\" (prov text, \"Model\" text, "
                                + "mult numeric, live boolean, PRIMARY KEY (prov, \"Model\"))");
        Workspace ws = Workspace.withGroq(dir);
        ws.write(
                "pricing/settings.yaml",
                """
                baseline:
                  model: llama-3.1-8b-instant
                  avg_usd_per_mtok: 0.30
                publish_table:
                  schema: app
                  name: 'Model "Prices" ; --'
                  columns:
                    provider: prov
                    model_key: Model
                    credit_multiplier: mult
                    is_active: live
                """);
        Cli result = ws.run("recompute", "--write", "--db", url(db));
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(
                        rows(
                                db,
                                "SELECT prov, \"Model\", mult, live FROM app.\"Model \"\"Prices\"\" ; --\""))
                .containsExactly(
                        Map.entry("groq:llama-3.1-8b-instant", "0.2 true"),
                        Map.entry("groq:openai/gpt-oss-20b", "0.4 true"));
    }

    @Test
    void twoSettingsColumnsWithOneNameAreABadSettingsLine() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write(
                "pricing/settings.yaml",
                """
                baseline:
                  model: llama-3.1-8b-instant
                  avg_usd_per_mtok: 0.30
                publish_table:
                  columns:
                    provider: model_key
                """);
        Cli result = ws.runFailing(1, "recompute", "--write", "--format", "sql");
        assertThat(result.errorLine())
                .startsWith("error: pricing/settings.yaml:4: publish_table.columns.model_key:")
                .contains("names the same column as provider");
    }

    @Test
    void theSqlScriptEscapesIdsAndRunsAsPrinted() throws SQLException {
        String db = database(TABLE);
        Workspace ws = Workspace.withGroq(dir);
        // an id with a quote and a backslash: the literal must not end early or escape differently
        ws.write(
                "pricing/groq.yaml",
                Workspace.GROQ
                        + "  - id: \"o'brien\\\\v1'); DROP TABLE ai_model_pricing; --\"\n"
                        + "    input: 0.30\n    output: 0.30\n");
        Cli sql = ws.run("recompute", "--write", "--format", "sql");
        assertThat(sql.exitCode()).as(sql.describe()).isZero();
        assertThat(sql.out()).contains("E'o''brien\\\\v1''); DROP TABLE ai_model_pricing; --'");
        try (Connection c = pg.getDatabase("postgres", db).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql.out());
        }
        assertThat(rows(db))
                .containsExactly(
                        Map.entry("groq:llama-3.1-8b-instant", "0.2 true"),
                        Map.entry("groq:o'brien\\v1'); DROP TABLE ai_model_pricing; --", "1 true"),
                        Map.entry("groq:openai/gpt-oss-20b", "0.4 true"));
        // nothing was written by the review
        assertThat(ws.read("pricing/published-credits.csv")).isEqualTo(Workspace.PUBLISHED);
    }

    @Test
    void dbWithoutWriteAndSqlWithoutWriteAreUsageErrors() {
        Workspace ws = Workspace.withGroq(dir);
        assertThat(ws.runFailing(2, "recompute", "--db", "postgresql://localhost/app").errorLine())
                .isEqualTo("error: --db: publishes with --write (give --write --db URL)");
        assertThat(ws.runFailing(2, "recompute", "--format", "sql").errorLine())
                .isEqualTo(
                        "error: --format sql: prints the publishing transaction; give it with --write");
        assertThat(ws.runFailing(2, "models", "--format", "sql").errorLine())
                .contains("--format sql: only `pricing recompute --write` prints SQL");
        assertThat(
                        ws.runFailing(2, "recompute", "--write", "--db", "mysql://localhost/app")
                                .errorLine())
                .startsWith("error: --db: expected postgresql://");
    }
}
