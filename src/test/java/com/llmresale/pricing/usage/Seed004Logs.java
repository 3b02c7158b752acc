package com.llmresale.pricing.usage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A deterministic month of LiteLLM spend logs (November 2025, UTC) whose totals are seed 004's
 * 30-day report: 50 users, 150,000 requests, 75,000,000 tokens, $348.00, 1.234 s average response,
 * 99.5% success; user_001 5,000 requests and $70.00 (1,600,000 tokens, 150 requests on its first
 * day), user_002 4,500 and $63.00, user_003 4,200 and $58.80.
 *
 * <p>Every row's {@code spend} is its exact cost at the list prices written below (the same as the
 * bundled sheets), so LiteLLM's spend and the recomputed cost agree. The plan of row shapes:
 *
 * <ul>
 *   <li>users 1-3 ("writers"): blocks of 10 rows, $0.14 each. user_001: 9 x Opus 4.7 (70 in, 193
 *       out) + 1 x Haiku 4.5 (764 in of which 10 cached, 69 out); users 2-3: 9 x Opus (783 in, 50
 *       out) + 1 x Haiku (180 in, 400 out).
 *   <li>the 47 others, 2,900 requests each (750 failures among them): Haiku (400/100: 25,990 rows;
 *       396/100: 26,500; 150 + 250 cached / 100: 15,000), Sonnet 4 (380/100: 31,530), Sonnet 4.5
 *       (200 + 200 cached / 80: 31,530) and Together's free Llama 3.3 70B (5,000 rows, 493 tokens,
 *       one of 703) — $156.20 and 66,373,010 tokens.
 * </ul>
 *
 * Durations come in pairs 1,234 ms +/- d, so successful requests average exactly 1.234 s. Each user
 * makes at most one request a minute, normal users at most 97 a day and under 50,000 tokens a day
 * (rows dealt to days by size), so only users 1-3 break the balanced limits.
 */
public final class Seed004Logs {
    /** One generated row. */
    public record Row(
            String requestId,
            LocalDateTime start,
            long durationMs,
            String model,
            String modelGroup,
            String provider,
            String user,
            String apiKey,
            String team,
            boolean failed,
            long promptTokens,
            long completionTokens,
            long cachedTokens,
            BigDecimal spend) {
        public long totalTokens() {
            return promptTokens + completionTokens;
        }

        public LocalDateTime end() {
            return start.plusNanos(durationMs * 1_000_000L);
        }
    }

    /** A row shape: model, plain prompt tokens, cached prompt tokens, completion tokens. */
    record Shape(
            String provider,
            String model,
            String group,
            long plain,
            long cached,
            long completion,
            BigDecimal input,
            BigDecimal cachedInput,
            BigDecimal output) {
        long prompt() {
            return plain + cached;
        }

        BigDecimal cost() {
            return input.multiply(BigDecimal.valueOf(plain))
                    .add(cachedInput.multiply(BigDecimal.valueOf(cached)))
                    .add(output.multiply(BigDecimal.valueOf(completion)))
                    .movePointLeft(6);
        }
    }

    // List prices, $ per 1M tokens (input, cached input, output), as in the bundled sheets.
    private static final String[] HAIKU = {"anthropic", "claude-haiku-4-5-20251001", "autox"};
    private static final String[] SONNET4 = {"anthropic", "claude-sonnet-4-20250514", "sonnet-4-x"};
    private static final String[] SONNET45 = {
        "anthropic", "claude-sonnet-4-5-20250929", "sonnet-4-5-x"
    };
    private static final String[] OPUS = {"anthropic", "claude-opus-4-7", "opus-x"};
    private static final String[] FREE = {
        "together_ai", "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free", "free-70b"
    };

    static Shape haiku(long plain, long cached, long out) {
        return new Shape(
                HAIKU[0], HAIKU[1], HAIKU[2], plain, cached, out, d("0.25"), d("0.025"), d("1.25"));
    }

    static Shape sonnet4(long plain, long cached, long out) {
        return new Shape(
                SONNET4[0], SONNET4[1], SONNET4[2], plain, cached, out, d("3"), d("0.30"), d("15"));
    }

    static Shape sonnet45(long plain, long cached, long out) {
        return new Shape(
                SONNET45[0],
                SONNET45[1],
                SONNET45[2],
                plain,
                cached,
                out,
                d("3"),
                d("0.30"),
                d("15"));
    }

    static Shape opus(long plain, long cached, long out) {
        return new Shape(
                OPUS[0], OPUS[1], OPUS[2], plain, cached, out, d("15"), d("1.50"), d("75"));
    }

    static Shape free(long plain, long out) {
        return new Shape(
                FREE[0],
                FREE[1],
                FREE[2],
                plain,
                0,
                out,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);
    public static final int DAYS = 30;
    public static final int USERS = 50;

    private Seed004Logs() {}

    /** The seed's month. */
    public static List<Row> rows() {
        return rows(1, 42L);
    }

    /**
     * {@code copies} months' worth of users side by side (copy k > 1 names its users {@code
     * cK_user_001}...): 150,000 x copies rows, for benchmarks.
     */
    public static List<Row> rows(int copies, long seed) {
        Random rnd = new Random(seed);
        List<Row> out = new ArrayList<>(150_000 * copies);
        for (int k = 1; k <= copies; k++) {
            String prefix = k == 1 ? "" : "c" + k + "_";
            month(rnd, prefix, out);
        }
        pairDurations(out, rnd);
        return out;
    }

    private static void month(Random rnd, String prefix, List<Row> out) {
        // users 1-3
        List<Shape> u1 = new ArrayList<>();
        block(u1, 500, opus(70, 0, 193), haiku(754, 10, 69));
        List<Shape> heavy = List.of(opus(783, 0, 50), haiku(180, 0, 400));
        List<Shape> u2 = new ArrayList<>();
        block(u2, 450, heavy.get(0), heavy.get(1));
        List<Shape> u3 = new ArrayList<>();
        block(u3, 420, heavy.get(0), heavy.get(1));
        int[] u1Days = new int[DAYS];
        for (int d = 0; d < DAYS; d++) {
            u1Days[d] = d == 0 ? 150 : d <= 7 ? 168 : 167;
        }
        user(rnd, prefix, 1, u1, 0, u1Days, out);
        user(rnd, prefix, 2, u2, 0, fill(150), out);
        user(rnd, prefix, 3, u3, 0, fill(140), out);

        // the 47 others: the shapes, shuffled and dealt out
        List<Shape> normal = new ArrayList<>(135_550);
        add(normal, 25_990, haiku(400, 0, 100));
        add(normal, 26_500, haiku(396, 0, 100));
        add(normal, 15_000, haiku(150, 250, 100));
        add(normal, 31_530, sonnet4(380, 0, 100));
        add(normal, 31_530, sonnet45(200, 200, 80));
        add(normal, 4_999, free(393, 100));
        add(normal, 1, free(503, 200));
        Collections.shuffle(normal, rnd);
        int[] normalDays = new int[DAYS];
        for (int d = 0; d < DAYS; d++) {
            normalDays[d] = d < 20 ? 97 : 96;
        }
        int next = 0;
        for (int u = 4; u <= USERS; u++) {
            int failures = u <= 48 ? 16 : 15;
            int successes = 2_900 - failures;
            user(rnd, prefix, u, normal.subList(next, next + successes), failures, normalDays, out);
            next += successes;
        }
        if (next != normal.size()) {
            throw new IllegalStateException("shapes left over: " + (normal.size() - next));
        }
    }

    private static int[] fill(int perDay) {
        int[] days = new int[DAYS];
        java.util.Arrays.fill(days, perDay);
        return days;
    }

    private static void block(List<Shape> out, int blocks, Shape nine, Shape one) {
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < 9; i++) {
                out.add(nine);
            }
            out.add(one);
        }
    }

    private static void add(List<Shape> out, int n, Shape s) {
        for (int i = 0; i < n; i++) {
            out.add(s);
        }
    }

    /**
     * One user's rows: successes of {@code shapes} plus {@code failures} failed requests, dealt to
     * days (largest first, each to the day with the fewest tokens that still has room) so that
     * tokens spread evenly, then each at its own random minute of the day.
     */
    private static void user(
            Random rnd,
            String prefix,
            int n,
            List<Shape> shapes,
            int failures,
            int[] perDay,
            List<Row> out) {
        String user = prefix + String.format("user_%03d", n);
        String team = n <= 10 ? "research" : n <= 30 ? "support" : "sales";
        List<Shape> all = new ArrayList<>(shapes);
        for (int i = 0; i < failures; i++) {
            all.add(null);
        }
        all.sort(
                Comparator.comparingLong((Shape s) -> s == null ? 0 : s.prompt() + s.completion())
                        .reversed());
        List<List<Shape>> days = new ArrayList<>();
        long[] tokens = new long[DAYS];
        for (int d = 0; d < DAYS; d++) {
            days.add(new ArrayList<>());
        }
        for (Shape s : all) {
            int best = -1;
            for (int d = 0; d < DAYS; d++) {
                if (days.get(d).size() < perDay[d] && (best < 0 || tokens[d] < tokens[best])) {
                    best = d;
                }
            }
            days.get(best).add(s);
            tokens[best] += s == null ? 0 : s.prompt() + s.completion();
        }
        for (int d = 0; d < DAYS; d++) {
            List<Shape> today = days.get(d);
            List<Integer> minutes = new ArrayList<>(1440);
            for (int m = 0; m < 1440; m++) {
                minutes.add(m);
            }
            Collections.shuffle(minutes, rnd);
            for (int i = 0; i < today.size(); i++) {
                Shape s = today.get(i);
                int minute = minutes.get(i);
                LocalDateTime start =
                        FIRST_DAY
                                .plusDays(d)
                                .atStartOfDay()
                                .plusMinutes(minute)
                                .plusSeconds(rnd.nextInt(60))
                                .plusNanos(rnd.nextInt(1000) * 1_000_000L);
                String id = new java.util.UUID(rnd.nextLong(), rnd.nextLong()).toString();
                if (s == null) {
                    out.add(
                            new Row(
                                    id,
                                    start,
                                    200 + rnd.nextInt(3000),
                                    HAIKU[1],
                                    HAIKU[2],
                                    HAIKU[0],
                                    user,
                                    "hashed-key-" + user,
                                    team,
                                    true,
                                    0,
                                    0,
                                    0,
                                    BigDecimal.ZERO));
                } else {
                    out.add(
                            new Row(
                                    id,
                                    start,
                                    -1,
                                    s.model(),
                                    s.group(),
                                    s.provider(),
                                    user,
                                    "hashed-key-" + user,
                                    team,
                                    false,
                                    s.prompt(),
                                    s.completion(),
                                    s.cached(),
                                    s.cost()));
                }
            }
        }
    }

    /**
     * Durations of successful rows in pairs 1,234 +/- d ms (d up to 800): an average of exactly
     * 1.234 s.
     */
    private static void pairDurations(List<Row> rows, Random rnd) {
        int pending = -1;
        long delta = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.failed()) {
                continue;
            }
            long duration;
            if (pending < 0) {
                delta = rnd.nextInt(801);
                duration = 1234 + delta;
                pending = i;
            } else {
                duration = 1234 - delta;
                pending = -1;
            }
            rows.set(
                    i,
                    new Row(
                            r.requestId(),
                            r.start(),
                            duration,
                            r.model(),
                            r.modelGroup(),
                            r.provider(),
                            r.user(),
                            r.apiKey(),
                            r.team(),
                            false,
                            r.promptTokens(),
                            r.completionTokens(),
                            r.cachedTokens(),
                            r.spend()));
        }
        if (pending >= 0) {
            throw new IllegalStateException("an odd number of successful rows");
        }
    }

    // ---- writers ------------------------------------------------------------------------------

    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    public static final String CSV_HEADER =
            "request_id,call_type,api_key,spend,total_tokens,prompt_tokens,"
                    + "completion_tokens,startTime,endTime,request_duration_ms,model,model_group,custom_llm_provider,user,"
                    + "metadata,cache_hit,team_id,status";

    public static String metadata(Row r) {
        return r.cachedTokens() == 0
                ? "{}"
                : "{\"usage_object\": {\"prompt_tokens_details\": {\"cached_tokens\": "
                        + r.cachedTokens()
                        + "}}}";
    }

    public static void writeCsv(List<Row> rows, Writer w) throws IOException {
        w.write(CSV_HEADER);
        w.write('\n');
        for (Row r : rows) {
            w.write(
                    r.requestId()
                            + ",acompletion,"
                            + r.apiKey()
                            + ","
                            + r.spend().toPlainString()
                            + ","
                            + r.totalTokens()
                            + ","
                            + r.promptTokens()
                            + ","
                            + r.completionTokens()
                            + ","
                            + TS.format(r.start())
                            + ","
                            + TS.format(r.end())
                            + ","
                            + r.durationMs()
                            + ","
                            + r.model()
                            + ","
                            + r.modelGroup()
                            + ","
                            + r.provider()
                            + ","
                            + r.user()
                            + ",\""
                            + metadata(r).replace("\"", "\"\"")
                            + "\",False,"
                            + r.team()
                            + ","
                            + (r.failed() ? "failure" : "success")
                            + "\n");
        }
    }

    /** One JSON object per line, as LiteLLM's /spend/logs returns rows (ISO timestamps with Z). */
    public static void writeJsonLines(List<Row> rows, Writer w) throws IOException {
        for (Row r : rows) {
            w.write(
                    "{\"request_id\": \""
                            + r.requestId()
                            + "\", \"call_type\": \"acompletion\", \"api_key\": \""
                            + r.apiKey()
                            + "\", \"spend\": "
                            + r.spend().toPlainString()
                            + ", \"total_tokens\": "
                            + r.totalTokens()
                            + ", \"prompt_tokens\": "
                            + r.promptTokens()
                            + ", \"completion_tokens\": "
                            + r.completionTokens()
                            + ", \"startTime\": \""
                            + ISO.format(r.start())
                            + "\", \"endTime\": \""
                            + ISO.format(r.end())
                            + "\", \"model\": \""
                            + r.model()
                            + "\", \"model_group\": \""
                            + r.modelGroup()
                            + "\", \"custom_llm_provider\": \""
                            + r.provider()
                            + "\", \"user\": \""
                            + r.user()
                            + "\", \"metadata\": "
                            + metadata(r)
                            + ", \"cache_hit\": \"False\", \"team_id\": \""
                            + r.team()
                            + "\", \"status\": \""
                            + (r.failed() ? "failure" : "success")
                            + "\", \"messages\": {}, \"response\": {\"choices\": [{\"message\": {\"content\": \"...\"}}]}}\n");
        }
    }

    /** Writes the month: {@code java ... Seed004Logs OUT.csv[.gz]|OUT.jsonl[.gz] [COPIES]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<Row> rows = rows(copies, 42L);
        String name = out.getFileName().toString();
        var stream = Files.newOutputStream(out);
        var raw = name.endsWith(".gz") ? new GZIPOutputStream(stream, 1 << 16) : stream;
        try (Writer w =
                new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            if (name.contains(".jsonl")) {
                writeJsonLines(rows, w);
            } else {
                writeCsv(rows, w);
            }
        }
        System.out.println("wrote " + rows.size() + " rows to " + out);
    }
}
