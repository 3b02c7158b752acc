package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code sync --apply} on random sheets against random LiteLLM catalogs: afterwards {@code sync}
 * finds no difference, and every line of the sheet but the rewritten prices and {@code updated}
 * (every comment line, every unchanged value) is still there byte for byte, in its order.
 */
class SyncApplyPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Comment texts, with the characters YAML cares about. */
    private static final List<String> COMMENTS =
            List.of(
                    "",
                    "plain",
                    "price: 0.30 # old",
                    "'quoted' \"too\"",
                    "input: 9",
                    "  indented  ",
                    "- not a list");

    /** What the catalog says about one field: the same price, another one, or nothing. */
    enum Theirs {
        SAME,
        OTHER,
        ABSENT
    }

    /**
     * One sheet model (prices in $0.001 steps; cached input optional) and the catalog's view of it.
     */
    record Model(
            int input,
            int output,
            Integer cached,
            boolean listed,
            Theirs inputTheirs,
            Theirs outputTheirs,
            Theirs cachedTheirs,
            int delta,
            String comment) {}

    @Provide
    Arbitrary<List<Model>> models() {
        Arbitrary<Integer> price = Arbitraries.integers().between(1, 20_000);
        Arbitrary<Theirs> sameOrOther = Arbitraries.of(Theirs.SAME, Theirs.OTHER);
        Arbitrary<Model> model =
                Combinators.combine(
                                price,
                                price,
                                Arbitraries.integers().between(1, 100).injectNull(0.4),
                                Arbitraries.of(true, true, true, false),
                                sameOrOther,
                                sameOrOther,
                                Arbitraries.of(Theirs.values()),
                                Arbitraries.integers().between(1, 5_000))
                        // a cache read never costs more than the input: the cached price is a share
                        // (1-100%) of it
                        .as(
                                (in, out, share, listed, ti, to, tc, delta) ->
                                        new Model(
                                                in,
                                                out,
                                                share == null
                                                        ? null
                                                        : Math.max(1, in * share / 100),
                                                listed,
                                                ti,
                                                to,
                                                tc,
                                                delta,
                                                COMMENTS.get(delta % COMMENTS.size())));
        return model.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 25)
    void applyThenSyncAgreesAndEveryOtherLineStays(@ForAll("models") List<Model> models)
            throws IOException {
        Path dir = Files.createTempDirectory("sync-prop");
        try {
            Workspace ws = new Workspace(dir);
            List<String> changed =
                    new ArrayList<>(List.of("updated: 2025-11-03   # checked by hand"));
            String before = sheet(models, changed);
            ws.write("pricing/groq.yaml", before);
            ws.write("litellm.json", catalog(models));

            Cli applied =
                    ws.run("sync", "--from", "litellm.json", "--source", "litellm", "--apply");
            assertThat(applied.exitCode()).as(applied.describe()).isZero();
            String after = ws.read("pricing/groq.yaml");

            JsonNode again =
                    JSON.readTree(
                            ws.run(
                                            "sync",
                                            "--from",
                                            "litellm.json",
                                            "--source",
                                            "litellm",
                                            "--format",
                                            "json")
                                    .assertOk()
                                    .out());
            assertThat(again.get("differences")).as(after).isEmpty();

            // every other line of the old text, in order, byte for byte
            List<String> kept = before.lines().filter(l -> !changed.contains(l)).toList();
            assertThat(isSubsequence(kept, after.lines().toList()))
                    .as("kept lines of\n" + before + "\nin\n" + after)
                    .isTrue();
            assertThat(after.lines().filter(l -> l.strip().startsWith("#")).toList())
                    .isEqualTo(before.lines().filter(l -> l.strip().startsWith("#")).toList());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String sheet(List<Model> models, List<String> changed) {
        StringBuilder s =
                new StringBuilder(
                        """
                # Random sheet for a property test.
                provider: groq
                name: Groq
                currency: USD
                updated: 2025-11-03   # checked by hand
                models:
                """);
        for (int i = 0; i < models.size(); i++) {
            Model m = models.get(i);
            s.append("  # model ").append(i).append(": ").append(m.comment()).append('\n');
            s.append("  - id: m").append(i).append("   # ").append(m.comment()).append('\n');
            line(s, changed, "input", m.input(), m.listed() && m.inputTheirs() == Theirs.OTHER);
            line(s, changed, "output", m.output(), m.listed() && m.outputTheirs() == Theirs.OTHER);
            if (m.cached() != null) {
                line(
                        s,
                        changed,
                        "cached_input",
                        m.cached(),
                        m.listed() && m.cachedTheirs() == Theirs.OTHER);
            }
            s.append("    family: f").append(i).append('\n');
            s.append("\n");
        }
        return s.toString();
    }

    private static void line(
            StringBuilder s, List<String> changed, String field, int thousandths, boolean changes) {
        String line = "    " + field + ": " + BigDecimal.valueOf(thousandths, 3).toPlainString();
        s.append(line).append('\n');
        if (changes) {
            changed.add(line);
        }
    }

    /** LiteLLM's cost map: $ per token, keyed {@code groq/ID}. */
    private static String catalog(List<Model> models) {
        StringBuilder s = new StringBuilder("{\n  \"sample_spec\": {\"litellm_provider\": \"x\"}");
        for (int i = 0; i < models.size(); i++) {
            Model m = models.get(i);
            if (!m.listed()) {
                continue;
            }
            s.append(",\n  \"groq/m")
                    .append(i)
                    .append("\": {\"litellm_provider\": \"groq\", \"mode\": \"chat\"");
            int input = theirs(m.input(), m.inputTheirs(), m.delta());
            s.append(", \"input_cost_per_token\": ").append(perToken(input));
            s.append(", \"output_cost_per_token\": ")
                    .append(perToken(theirs(m.output(), m.outputTheirs(), m.delta())));
            if (m.cachedTheirs() != Theirs.ABSENT) {
                int ours = m.cached() == null ? 1 : m.cached();
                int cached = Math.min(input, theirs(ours, m.cachedTheirs(), m.delta()));
                s.append(", \"cache_read_input_token_cost\": ").append(perToken(cached));
            }
            s.append('}');
        }
        return s.append("\n}\n").toString();
    }

    private static int theirs(int ours, Theirs what, int delta) {
        return what == Theirs.OTHER ? ours + delta : ours;
    }

    /** $0.001 steps per 1M tokens as $ per token, plain. */
    private static String perToken(int thousandths) {
        return BigDecimal.valueOf(thousandths, 9).toPlainString();
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int j = 0;
        for (String line : big) {
            if (j < small.size() && small.get(j).equals(line)) {
                j++;
            }
        }
        return j == small.size();
    }
}
