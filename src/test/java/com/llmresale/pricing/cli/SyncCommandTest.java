package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pricing sync} against LiteLLM's real cost map (an excerpt: the bundled providers' chat
 * models), on a copy of the sheets as the seeds priced them ({@link Cli#SEED_ERA}: the bundled
 * sheets before sync corrected them). Expected values are LiteLLM's published per-token prices
 * times 1,000,000.
 */
class SyncCommandTest {
    private static final Path LITELLM =
            Cli.PROJECT.resolve("src/test/resources/upstream/litellm-excerpt.json");

    @TempDir Path dir;

    private Workspace seedEraCopy() throws Exception {
        Workspace ws = new Workspace(dir);
        for (String name :
                List.of(
                        "anthropic.yaml",
                        "gemini.yaml",
                        "groq.yaml",
                        "openai.yaml",
                        "together.yaml",
                        "settings.yaml",
                        "published-credits.csv")) {
            ws.write("pricing/" + name, Files.readString(Cli.SEED_ERA.resolve(name)));
        }
        return ws;
    }

    @Test
    void listsTheBundledSheetsDisagreements() throws Exception {
        seedEraCopy();
        String json =
                Cli.run(dir, "sync", "--from", LITELLM.toString(), "--format", "json")
                        .assertOk()
                        .out();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("source").get("kind").asText()).isEqualTo("litellm");
        assertThat(root.get("differences").toString())
                // claude-haiku-4-5: LiteLLM 1e-06 / 5e-06 per token; ours 0.25 / 1.25 (seed 003)
                .contains(
                        "{\"provider\":\"anthropic\",\"model\":\"claude-haiku-4-5\",\"field\":\"input\",\"ours\":0.25,"
                                + "\"theirs\":1,\"change_pct\":300.0,\"upstream_key\":\"claude-haiku-4-5\"}")
                // gemini-2.5-flash: LiteLLM output 2.5e-06 per token; ours 0.30 (the seed 000
                // baseline)
                .contains(
                        "{\"provider\":\"gemini\",\"model\":\"gemini-2.5-flash\",\"field\":\"output\",\"ours\":0.3,"
                                + "\"theirs\":2.5,\"change_pct\":733.3,");
        assertThat(root.get("missing_there").toString()).doesNotContain("claude-haiku-4-5");
    }

    @Test
    void applyRewritesOnlyThoseValuesKeepsEveryCommentThenSyncAgrees() throws Exception {
        Workspace ws = seedEraCopy();
        String before = ws.read("pricing/anthropic.yaml");
        Cli applied =
                Cli.run(
                        dir,
                        "sync",
                        "--from",
                        LITELLM.toString(),
                        "--provider",
                        "anthropic",
                        "--apply");
        assertThat(applied.exitCode()).isZero();
        assertThat(applied.err()).contains("Updated pricing/anthropic.yaml: 7 prices.");
        String after = ws.read("pricing/anthropic.yaml");
        // every line of the old file is still there, in order, except the changed values and
        // `updated`
        List<String> removed =
                before.lines().filter(l -> !after.lines().toList().contains(l)).toList();
        assertThat(removed)
                .containsExactly(
                        "updated: 2026-01-15",
                        "    input: 0.25",
                        "    output: 1.25",
                        "    cached_input: 0.025");
        assertThat(after)
                .contains("updated: 2026-03-01\n")
                .contains(
                        """
                          - id: claude-haiku-4-5
                            aliases: [claude-haiku-4-5-20251001]   # ids LiteLLM logs for this model
                            input: 1
                            output: 5
                            cached_input: 0.1
                            cache_write: 1.25
                            history:
                              - {until: 2026-03-01, input: 0.25, output: 1.25, cached_input: 0.025}
                        """)
                .contains(
                        "# cached_input is the prompt-cache read price: 10% of input (seed 003: cache hits");
        String again =
                Cli.run(
                                dir,
                                "sync",
                                "--from",
                                LITELLM.toString(),
                                "--provider",
                                "anthropic",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(new ObjectMapper().readTree(again).get("differences")).isEmpty();
        // the day before the change the old price is in force
        String old =
                Cli.run(
                                dir,
                                "models",
                                "--provider",
                                "anthropic",
                                "--at",
                                "2026-02-28",
                                "--format",
                                "csv")
                        .assertOk()
                        .out();
        assertThat(old).contains("anthropic,claude-haiku-4-5,0.25,1.25,");
        // and recompute shows the credit move: (1 + 5) / 2 = 3 = 10x = 200 credits
        String moved =
                Cli.run(dir, "recompute", "--provider", "anthropic", "--format", "csv")
                        .assertOk()
                        .out();
        assertThat(moved).contains("anthropic,claude-haiku-4-5,1,5,3,10.0,200,");
    }

    @Test
    void addNewAppendsInactiveModels() throws Exception {
        Workspace ws = seedEraCopy();
        Cli.run(
                dir,
                "sync",
                "--from",
                LITELLM.toString(),
                "--provider",
                "groq",
                "--apply",
                "--add-new");
        String groq = ws.read("pricing/groq.yaml");
        assertThat(groq)
                .contains(
                        "  - id: gemma-7b-it\n    input: 0.05\n    output: 0.08\n    active: false   # added by pricing sync --add-new\n");
        Cli.run(dir, "lint").assertOk();
    }

    @Test
    void appliedNotesAreInTheReadersLanguage() throws Exception {
        seedEraCopy();
        Cli applied =
                Cli.run(
                        dir,
                        "sync",
                        "--from",
                        LITELLM.toString(),
                        "--provider",
                        "anthropic",
                        "--apply",
                        "--lang",
                        "tr");
        assertThat(applied.exitCode()).isZero();
        // the same 7 prices as in English (appliesTheDifferences...), in Turkish words
        assertThat(applied.err()).isEqualTo("pricing/anthropic.yaml güncellendi: 7 fiyat.\n");
        Cli again =
                Cli.run(
                        dir,
                        "sync",
                        "--from",
                        LITELLM.toString(),
                        "--provider",
                        "anthropic",
                        "--apply",
                        "--lang",
                        "tr");
        assertThat(again.err())
                .isEqualTo("Uygulanacak bir şey yok: fiyat sayfaları " + LITELLM + " ile aynı.\n");
        assertThat(again.out())
                .startsWith("Fiyat sayfaları ")
                .contains("Hiçbir fiyat farklı değil.");
    }

    @Test
    void theBundledSheetsAreNotEditedAndAFailedApplyChangesNothing() throws Exception {
        Workspace ws = seedEraCopy();
        // a flow-style price cannot be edited in place: one error, no file changed
        ws.write(
                "pricing/groq.yaml",
                ws.read("pricing/groq.yaml")
                        .replace(
                                "  - id: openai/gpt-oss-20b\n    input: 0.05\n    output: 0.20\n    family: gpt-oss-20b\n",
                                "  - {id: openai/gpt-oss-20b, input: 0.05, output: 0.20, family: gpt-oss-20b}\n")
                        .replace(
                                "    params: 21\n    moe: true\n    tags: [fast, quick-enhancement]\n",
                                ""));
        Cli.run(dir, "models", "--provider", "groq").assertOk(); // the sheet itself is fine
        var snapshot = ws.snapshot();
        Cli cli = Cli.run(dir, "sync", "--from", LITELLM.toString(), "--apply");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.errorLine())
                .contains("pricing/groq.yaml")
                .contains("cannot be edited in place");
        assertThat(ws.snapshot()).isEqualTo(snapshot);
    }

    @Test
    void downloadsFromAUrlWithinTheCap() throws Exception {
        seedEraCopy();
        byte[] body = Files.readAllBytes(LITELLM);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/prices.json",
                exchange -> {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        server.createContext(
                "/missing",
                exchange -> {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String json =
                    Cli.run(dir, "sync", "--from", base + "/prices.json", "--format", "json")
                            .assertOk()
                            .out();
            assertThat(json)
                    .contains("\"kind\" : \"litellm\"")
                    .contains("\"file\" : \"" + base + "/prices.json\"");
            Cli missing = Cli.run(dir, "sync", "--from", base + "/missing");
            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.errorLine())
                    .isEqualTo("error: " + base + "/missing: the server answered HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void openRouterDynamicPricesAreSkipped() throws Exception {
        Workspace ws = seedEraCopy();
        ws.write(
                "or.json",
                """
                {"data": [
                  {"id": "anthropic/claude-haiku-4-5", "pricing": {"prompt": "0.000001", "completion": "0.000005"}},
                  {"id": "anthropic/claude-sonnet-4-6", "pricing": {"prompt": "-1", "completion": "-1"}}
                ]}
                """);
        String json =
                Cli.run(
                                dir,
                                "sync",
                                "--from",
                                "or.json",
                                "--provider",
                                "anthropic",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("source").get("kind").asText()).isEqualTo("openrouter");
        assertThat(root.get("source").get("entries").asInt()).isEqualTo(1);
        assertThat(root.get("differences").toString())
                .contains(
                        "\"model\":\"claude-haiku-4-5\",\"field\":\"input\",\"ours\":0.25,\"theirs\":1,");
        assertThat(root.get("missing_there").toString()).contains("claude-sonnet-4-6");
    }
}
