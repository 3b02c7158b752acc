package com.llmresale.pricing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.llmresale.pricing.cli.Cli;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * {@code pricing usage --db} against a real PostgreSQL server (started by the test), its table
 * created from LiteLLM's schema and loaded with the generated month: the same report as from files.
 */
class UsageDatabaseTest {
    /**
     * The sheets as the seeds priced them (seed 004's figures rest on them), named so no
     * bundled-folder note is printed.
     */
    static final String SHEETS = Cli.SEED_ERA.toString();

    static final String SCENARIOS = Cli.PROJECT.resolve("scenarios").toString();

    @TempDir static Path dir;
    static EmbeddedPostgres pg;
    static List<Seed004Logs.Row> rows;

    @BeforeAll
    static void start() throws IOException, SQLException {
        pg = EmbeddedPostgres.builder().start();
        rows = Seed004Logs.rows();
        StringWriter csv = new StringWriter();
        Seed004Logs.writeCsv(rows, csv);
        Files.writeString(dir.resolve("logs.csv"), csv.toString());
        String schema =
                new String(
                        UsageDatabaseTest.class
                                .getResourceAsStream("/litellm-spendlogs.sql")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(schema);
            try (Reader in = new StringReader(csv.toString())) {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY \"LiteLLM_SpendLogs\" ("
                                        + Seed004Logs.CSV_HEADER
                                                .replace("startTime", "\"startTime\"")
                                                .replace("endTime", "\"endTime\"")
                                                .replace("user,", "\"user\",")
                                        + ") FROM STDIN WITH (FORMAT csv, HEADER true)",
                                in);
            }
            s.execute("CREATE DATABASE empty");
            s.execute("CREATE DATABASE other");
        }
        try (Connection c = pg.getDatabase("postgres", "other").getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE \"LiteLLM_SpendLogs\" (request_id TEXT, \"startTime\" TIMESTAMP, model TEXT)");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    static String url(String db) {
        return "postgresql://postgres@localhost:" + pg.getPort() + "/" + db;
    }

    private static JsonNode json(String... args) throws IOException {
        return UsageSeed004Test.withoutSource(
                UsageSeed004Test.JSON.readTree(
                        Cli.run(dir, UsageSeed004Test.withFolders(args)).assertOk().out()));
    }

    @Test
    void theDatabaseGivesTheSameReportAsTheFiles() throws IOException {
        JsonNode files = json("usage", "logs.csv", "--scenario", "balanced", "-f", "json");
        JsonNode db =
                json("usage", "--db", url("postgres"), "--scenario", "balanced", "-f", "json");
        assertThat(db).isEqualTo(files);
        assertThat(db.get("summary").get("requests").asLong()).isEqualTo(150_000);
        assertThat(db.get("summary").get("litellm_spend_usd").decimalValue())
                .isEqualByComparingTo("348.00");
    }

    @Test
    void aTimeZoneAPeriodAndPremiumUsersToo() throws IOException {
        String[] options = {
            "--scenario",
            "balanced",
            "--tz",
            "Europe/Istanbul",
            "--from",
            "2025-11-05",
            "--to",
            "2025-11-20",
            "--premium",
            "user_002",
            "-f",
            "json"
        };
        JsonNode files = json(concat(new String[] {"usage", "logs.csv"}, options));
        JsonNode db =
                json(
                        concat(
                                new String[] {
                                    "usage",
                                    "--db",
                                    "jdbc:postgresql://localhost:"
                                            + pg.getPort()
                                            + "/postgres?user=postgres"
                                },
                                options));
        ((com.fasterxml.jackson.databind.node.ObjectNode) files.get("reading"))
                .put("outside_period", 0);
        assertThat(db).isEqualTo(files);
        assertThat(db.get("period").get("days").asLong()).isEqualTo(16);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aDatabaseWithoutTheTableIsOneLine() {
        Cli cli =
                Cli.run(
                                dir,
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "usage",
                                "--db",
                                url("empty"))
                        .assertError(1);
        assertThat(cli.errorLine())
                .contains("postgresql://localhost:" + pg.getPort() + "/empty")
                .contains("no table \"LiteLLM_SpendLogs\"");
    }

    @Test
    void aTableOfAnotherSchemaIsOneLine() {
        Cli cli =
                Cli.run(
                                dir,
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "usage",
                                "--db",
                                url("other"))
                        .assertError(1);
        assertThat(cli.errorLine()).contains("has no columns prompt_tokens, completion_tokens");
    }

    @Test
    void anUnreachableServerIsOneLine() {
        Cli cli =
                Cli.run(
                                dir,
                                "--sheets",
                                SHEETS,
                                "--scenarios",
                                SCENARIOS,
                                "usage",
                                "--db",
                                "postgresql://someone:secret@127.0.0.1:1/litellm")
                        .assertError(1);
        assertThat(cli.errorLine()).contains("cannot connect").doesNotContain("secret");
    }

    @Test
    void notAUrlIsAUsageError() {
        Cli.run(dir, "--sheets", SHEETS, "--scenarios", SCENARIOS, "usage", "--db", "mysql://x/y")
                .assertError(2);
    }
}
