package com.llmresale.pricing.io.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.engine.usage.RowAggregator;
import com.llmresale.pricing.engine.usage.SpendRow;
import com.llmresale.pricing.engine.usage.UsageCell;
import com.llmresale.pricing.engine.usage.UsageData;
import com.llmresale.pricing.engine.usage.UsageQuery;
import com.llmresale.pricing.model.LimitPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A CSV file read in parts cut at random offsets (inside quoted cells with line breaks too) gives
 * exactly what one pass over the same rows gives: the same cells, busy windows and counts, with
 * request ids repeated inside a part, across parts and across the period's edge. The one pass is
 * fed {@link SpendRow}s the test builds from the values it wrote, not from the reader.
 */
class PartsEqualOnePassTest {
    private static final DateTimeFormatter PLAIN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final String HEADER =
            "request_id,messages,startTime,endTime,request_duration_ms,model,model_group,"
                    + "custom_llm_provider,user,end_user,api_key,team_id,status,prompt_tokens,completion_tokens,spend,"
                    + "cache_hit,metadata";

    @Property(tries = 60)
    void partsGiveWhatOnePassGives(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(400);
        StringBuilder csv = new StringBuilder(HEADER).append(random.nextBoolean() ? "\r\n" : "\n");
        List<SpendRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row(random, csv));
        }
        UsageQuery query =
                random.nextBoolean()
                        ? UsageQuery.of(ZoneId.of("UTC"))
                        : new UsageQuery(
                                ZoneId.of("Europe/Istanbul"),
                                LocalDate.of(2025, 11, 2),
                                LocalDate.of(2025, 11, 3),
                                Map.of(LimitPeriod.MINUTE, 1L, LimitPeriod.HOUR, 2L),
                                Map.of(LimitPeriod.HOUR, 900L));
        RowAggregator onePass = new RowAggregator(query);
        rows.forEach(onePass::add);

        Path file = Files.createTempFile("parts", ".csv");
        try {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            List<Long> cuts = new ArrayList<>();
            int parts = random.nextInt(6);
            for (int i = 0; i < parts; i++) {
                cuts.add((long) random.nextInt(bytes.length + 1));
            }
            cuts.sort(null);
            RowAggregator inParts = new RowAggregator(query);
            try (FileChannel channel = FileChannel.open(file)) {
                CsvFile.read(channel, "parts.csv", inParts, new BadRows(false), cuts);
            }
            assertSame(inParts.data("x", 0), onePass.data("x", 0));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static void assertSame(UsageData actual, UsageData expected) {
        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.duplicates()).isEqualTo(expected.duplicates());
        assertThat(actual.outside()).isEqualTo(expected.outside());
        assertThat(cells(actual)).isEqualTo(cells(expected));
        assertThat(actual.windows()).isEqualTo(expected.windows());
    }

    /** Cells by their key, spend compared as a number (the reports round it at a fixed scale). */
    private static Map<String, String> cells(UsageData d) {
        Map<String, String> out = new TreeMap<>();
        for (UsageCell c : d.cells()) {
            out.put(
                    String.join(
                            "|",
                            c.user(),
                            c.team(),
                            c.provider(),
                            c.model(),
                            c.modelGroup(),
                            c.day().toString(),
                            String.valueOf(c.cacheHit())),
                    List.of(
                                    c.requests(),
                                    c.failures(),
                                    c.promptTokens(),
                                    c.completionTokens(),
                                    c.cachedTokens(),
                                    c.cacheWriteTokens(),
                                    c.durationMs(),
                                    c.timedRequests())
                            + " $"
                            + c.spend().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    /** Writes one random row to {@code csv} and returns it as the reader should see it. */
    private static SpendRow row(Random r, StringBuilder csv) {
        String id =
                "req-" + r.nextInt(300); // repeats: inside parts, across parts, across the period's
        // edge
        long start =
                Instant.parse("2025-11-01T20:00:00Z").toEpochMilli()
                        + r.nextInt(3 * 86_400) * 1000L
                        + r.nextInt(1000);
        String user = pick(r, "user_001", "user_002", "ünïcode", "");
        String endUser = user.isEmpty() ? pick(r, "", "end_9") : "";
        String apiKey = pick(r, "hashed-1", "hashed-2");
        String team = pick(r, "", "research", "ops,\"x\"");
        String[] model =
                pick(
                        r,
                        new String[] {"anthropic", "claude-haiku-4-5", "autox"},
                        new String[] {"together_ai", "meta-llama/Llama-3.3-70B", "free-70b"},
                        new String[] {"", "mystery", ""});
        boolean failed = r.nextInt(10) == 0;
        long prompt = r.nextInt(5000);
        long completion = r.nextInt(2000);
        long cached = r.nextInt(3) == 0 ? r.nextInt(6000) : 0;
        BigDecimal spend = BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(12));
        long duration = r.nextInt(3) == 0 ? -1 : r.nextInt(5000);
        boolean hit = r.nextInt(8) == 0;

        String time =
                switch (r.nextInt(4)) {
                    case 0 ->
                            DateTimeFormatter.ISO_INSTANT.format(
                                    Instant.ofEpochMilli(start)); // T and Z
                    case 1 ->
                            PLAIN.withZone(ZoneOffset.ofHours(3))
                                            .format(Instant.ofEpochMilli(start))
                                    + "+03:00";
                    default -> PLAIN.format(Instant.ofEpochMilli(start));
                };
        String durationText = "";
        String end = "";
        if (duration >= 0 && r.nextBoolean()) {
            durationText = String.valueOf(duration);
        } else if (duration >= 0) {
            end = PLAIN.format(Instant.ofEpochMilli(start + duration));
        }
        String spendText =
                switch (r.nextInt(4)) {
                    case 0 -> spend.toString(); // may be 1.2E-7
                    case 1 -> spend.signum() == 0 ? "" : spend.toPlainString();
                    default -> spend.toPlainString();
                };
        String metadata =
                cached > 0
                        ? "{\"usage_object\": {\"prompt_tokens_details\": {\"cached_tokens\": "
                                + cached
                                + "}}}"
                        : pick(r, "{}", "", "{\"other\": [1, {\"cached\": 2}]}");
        String messages = pick(r, "", "hello", "line one\nline two, \"quoted\"\n", "\n\n\n");
        csv.append(
                String.join(
                        ",",
                        cell(id),
                        cell(messages),
                        cell(time),
                        cell(end),
                        durationText,
                        cell(model[1]),
                        cell(model[2]),
                        cell(model[0]),
                        cell(user),
                        cell(endUser),
                        cell(apiKey),
                        cell(team),
                        failed ? pick(r, "failure", "FAILURE") : "success",
                        String.valueOf(prompt),
                        String.valueOf(completion),
                        spendText,
                        hit ? "True" : "False",
                        cell(metadata)));
        csv.append(r.nextInt(5) == 0 ? "\r\n" : "\n");
        return new SpendRow(
                id,
                start,
                model[1],
                model[2],
                model[0],
                SpendRow.userOf(user, endUser, apiKey),
                team,
                failed,
                prompt,
                completion,
                cached,
                0,
                spend,
                duration,
                hit);
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }
}
