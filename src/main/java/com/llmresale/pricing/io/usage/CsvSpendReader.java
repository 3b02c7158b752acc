package com.llmresale.pricing.io.usage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.llmresale.pricing.engine.usage.IdSet;
import com.llmresale.pricing.engine.usage.RowAggregator;
import com.llmresale.pricing.engine.usage.SpendRow;
import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Spend-log rows from CSV with a header of the table's column names (any order, others ignored): a
 * small RFC 4180 reader of its own, on bytes (the delimiters are ASCII, so UTF-8 needs no decoding
 * to be split). A row makes no strings: ids are hashed, numbers and times parsed from the bytes,
 * users, models and teams looked up by their bytes ({@link Strings}); the {@code messages} and
 * {@code response} columns are skipped unread. A cell the quick parsers do not take (an offset, an
 * exponent, a bad number) sends its row through {@link SpendFields}, the one place that says what a
 * cell means, so both ways give the same rows and the same errors.
 *
 * <p>Reads a whole stream, or (files read in parallel) the rows that start in a range of bytes.
 * Problems are kept, with lines counted from where the reading started, for the caller to report.
 */
final class CsvSpendReader {
    /** Where bytes come from: like {@link java.io.InputStream#read(byte[], int, int)}. */
    interface Source {
        int read(byte[] b, int off, int len) throws IOException;
    }

    /**
     * The header: each column's field slot ({@link SpendFields} index, or -1), and the header's
     * names.
     */
    // read once per file and never compared or hashed, so an array component is safe here
    @SuppressWarnings("ArrayRecordComponent")
    record Header(int[] slots, List<String> names) {}

    /**
     * What one reading did.
     *
     * @param end offset after the last row read
     * @param lines line ends passed (from where the reading started)
     * @param bad malformed rows (the reading stops at the first unless skipping)
     * @param firstBad the first malformed row's line (from the start) and problem, or null
     * @param fatal a problem no row can skip (unclosed quote, not UTF-8), or null
     */
    record Result(long end, long lines, long bad, Problem firstBad, Problem fatal) {}

    /** A problem at a line counted from where the reading started (0: its first line). */
    record Problem(long line, String text) {}

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Lower-case words a cell is compared with, ignoring case (bytes: no String.charAt per row).
     */
    private static final byte[] FAILURE =
            "failure".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final byte[] TRUE = "true".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Source source;
    private byte[] buf;
    private long bufOffset;
    private int pos;
    private int limit;
    private boolean eof;
    private long lines;
    private final LongConsumer progress;
    // the record being read: where each column's cell is
    private int fields;
    private int[] from = new int[32];
    private int[] to = new int[32];
    private boolean[] escaped = new boolean[32];
    private Problem fatal;

    /**
     * @param start offset of the first byte {@code source} gives (for {@link Result#end})
     * @param progress told how many bytes each refill read (may be null)
     */
    CsvSpendReader(Source source, long start, int bufferSize, LongConsumer progress) {
        this.source = source;
        this.bufOffset = start;
        this.buf = new byte[bufferSize];
        this.progress = progress;
    }

    /** Reads the byte order mark and the header; null for an empty input. */
    Header header(String file) throws IOException {
        while (limit < 3 && fill()) {
            // enough bytes to see a byte order mark
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        int[] all = new int[0];
        if (!record(all)) {
            if (fatal != null) {
                throw new DataException(file, (int) (1 + fatal.line()), null, fatal.text());
            }
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            String name = Strings.utf8(buf, from[f], cellLength(f));
            names.add(name == null ? "" : name);
        }
        pos = next;
        lines += nextLines;
        int[] slots = new int[names.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = SpendFields.column(names.get(i));
        }
        return new Header(slots, names);
    }

    /**
     * The offset after what was read so far (after the header, when called after {@link #header}).
     */
    long offset() {
        return bufOffset + pos;
    }

    long lines() {
        return lines;
    }

    /**
     * Reads rows into {@code sink} while they start before {@code stop} (an offset), stopping at
     * the first malformed row unless {@code skip}.
     */
    Result rows(Header header, RowAggregator sink, boolean skip, long stop) throws IOException {
        int[] slots = header.slots();
        Row row = new Row(slots);
        long bad = 0;
        Problem firstBad = null;
        long fatalBase = lines;
        while (bufOffset + pos < stop && fatal == null && record(slots)) {
            long line = lines;
            int count = fields;
            String problem = null;
            if (count == 1 && (slots[0] < 0 || to[0] == from[0])) {
                problem = null; // an empty line
            } else if (count != slots.length) {
                problem = "has " + count + " fields, the header has " + slots.length;
            } else {
                problem = row.add(this, sink);
            }
            if (fatal != null) {
                break;
            }
            pos = next;
            lines += nextLines;
            fatalBase = lines;
            if (problem != null) {
                bad++;
                if (firstBad == null) {
                    firstBad = new Problem(line, problem);
                }
                if (!skip) {
                    break;
                }
            }
        }
        Problem fatalAt =
                fatal == null ? null : new Problem(fatalBase + fatal.line(), fatal.text());
        return new Result(bufOffset + pos, lines, bad, firstBad, fatalAt);
    }

    // ---- records

    private int next;
    private long nextLines;

    /**
     * Finds the next record's cells (from {@link #pos}; sets {@link #next} and {@link #nextLines},
     * the caller moves on). False at the end of input or on a fatal problem.
     */
    private boolean record(int[] slots) throws IOException {
        while (true) {
            int r = scan(slots);
            if (r > 0) {
                return true;
            }
            if (r == 0) {
                return false;
            }
            if (!more()) {
                eof = true; // scan again, now knowing the input ends here
            }
        }
    }

    /** 1: a record; 0: no more (end, or fatal); -1: needs more bytes. */
    private int scan(int[] slots) {
        byte[] b = buf;
        int lim = limit;
        int p = pos;
        long nl = 0;
        int f = 0;
        if (p >= lim) {
            return eof ? 0 : -1;
        }
        while (true) {
            if (f == from.length) {
                from = Arrays.copyOf(from, f * 2);
                to = Arrays.copyOf(to, f * 2);
                escaped = Arrays.copyOf(escaped, f * 2);
            }
            int s;
            int e;
            boolean esc = false;
            if (p < lim && b[p] == '"') {
                long opened = nl;
                s = p + 1;
                int q = s;
                while (true) {
                    while (q < lim && b[q] != '"') {
                        if (b[q] == '\n') {
                            nl++;
                        }
                        q++;
                    }
                    if (q >= lim) {
                        if (!eof) {
                            return -1;
                        }
                        fatal = new Problem(opened, "a quoted field is not closed");
                        return 0;
                    }
                    if (q + 1 >= lim && !eof) {
                        return -1;
                    }
                    if (q + 1 < lim && b[q + 1] == '"') {
                        esc = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                e = q;
                p = q + 1;
                if (p < lim && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
                    fatal =
                            new Problem(
                                    nl, "unexpected '" + (char) b[p] + "' after a quoted field");
                    return 0;
                }
            } else {
                s = p;
                while (p < lim) {
                    byte c = b[p];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
                if (p >= lim && !eof) {
                    return -1;
                }
                e = p;
            }
            from[f] = s;
            to[f] = e;
            escaped[f] = esc;
            f++;
            if (p >= lim) {
                break; // the input ends without a line end
            }
            byte c = b[p];
            if (c == ',') {
                p++;
                continue;
            }
            if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return -1;
                }
                p += p + 1 < lim && b[p + 1] == '\n' ? 2 : 1;
            } else {
                p++;
            }
            nl++;
            break;
        }
        fields = f;
        next = p;
        nextLines = nl;
        for (int i = 0; i < f; i++) {
            if (escaped[i] && (slots.length == 0 || (i < slots.length && slots[i] >= 0))) {
                unescape(i);
            }
        }
        return 1;
    }

    /**
     * Turns {@code ""} into {@code "} in a cell, in place (the record has been found, so no re-scan
     * sees it).
     */
    private void unescape(int f) {
        int w = from[f];
        for (int r = from[f]; r < to[f]; r++) {
            buf[w++] = buf[r];
            if (buf[r] == '"') {
                r++;
            }
        }
        to[f] = w;
        escaped[f] = false;
    }

    private int cellLength(int f) {
        return to[f] - from[f];
    }

    /** Keeps the unread bytes, reads more after them; false at the end of input. */
    private boolean more() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufOffset += pos;
            limit -= pos;
            pos = 0;
        } else if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a record longer than the buffer
        }
        return fill();
    }

    private boolean fill() throws IOException {
        int n = source.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        if (progress != null) {
            progress.accept(n);
        }
        return true;
    }

    // ---- rows

    /** Turns a record's cells into a row for the aggregator. */
    private static final class Row {
        private final Strings users = new Strings("");
        private final Strings endUsers = new Strings("");
        private final Strings apiKeys = new Strings("key:");
        private final Strings teams = new Strings("");
        private final Strings providers = new Strings("");
        private final Strings models = new Strings("");
        private final Strings groups = new Strings("");
        private final SpendFields slow = new SpendFields();
        private final SpendFields found = new SpendFields();
        private final MetadataBytes metadata = new MetadataBytes();
        private final int[] cell = new int[SpendFields.COLUMNS.length];
        private long lastDate = -1;
        private long lastDay;
        private long cached;
        private long cacheWrite;
        private long spendUnscaled;
        private int spendScale;

        Row(int[] slots) {
            Arrays.fill(cell, -1);
            for (int f = 0; f < slots.length; f++) {
                if (slots[f] >= 0) {
                    cell[slots[f]] = f;
                }
            }
        }

        /** Adds the record's row; returns the problem of a malformed row (null when added). */
        String add(CsvSpendReader r, RowAggregator sink) {
            byte[] b = r.buf;
            try {
                return quick(r, b, sink) ? null : slow(r, sink);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }

        private int len(CsvSpendReader r, int column) {
            int f = cell[column];
            return f < 0 ? 0 : r.to[f] - r.from[f];
        }

        private int at(CsvSpendReader r, int column) {
            return r.from[cell[column]];
        }

        /**
         * The row from the bytes when every cell is in its usual form; false to leave it to {@link
         * #slow}.
         */
        private boolean quick(CsvSpendReader r, byte[] b, RowAggregator sink)
                throws IllegalArgumentException {
            int idLength = len(r, SpendFields.REQUEST_ID);
            if (idLength == 0 || !Strings.ascii(b, at(r, SpendFields.REQUEST_ID), idLength)) {
                return false;
            }
            long start = time(r, b, SpendFields.START);
            if (start == Long.MIN_VALUE) {
                return false;
            }
            long duration = -1;
            if (len(r, SpendFields.DURATION) > 0) {
                duration = count(r, b, SpendFields.DURATION);
                if (duration < 0) {
                    return false;
                }
            } else if (len(r, SpendFields.END) > 0) {
                long end = time(r, b, SpendFields.END);
                duration = end == Long.MIN_VALUE ? Long.MIN_VALUE : Math.max(0, end - start);
            }
            long prompt = count(r, b, SpendFields.PROMPT);
            long completion = count(r, b, SpendFields.COMPLETION);
            if (duration == Long.MIN_VALUE
                    || prompt < 0
                    || completion < 0
                    || !spend(r, b)
                    || !usage(r, b)
                    || !ascii(r, b, SpendFields.STATUS)
                    || !ascii(r, b, SpendFields.CACHE_HIT)) {
                return false;
            }
            String user = text(r, b, SpendFields.USER, users);
            if (user == null || user.isEmpty()) {
                user = text(r, b, SpendFields.END_USER, endUsers);
                if (user == null || user.isEmpty()) {
                    int f = cell[SpendFields.API_KEY];
                    user =
                            f < 0
                                    ? apiKeys.get(b, 0, 0)
                                    : apiKeys.get(b, r.from[f], r.to[f] - r.from[f]);
                }
            }
            String team = text(r, b, SpendFields.TEAM, teams);
            String provider = text(r, b, SpendFields.PROVIDER, providers);
            String model = text(r, b, SpendFields.MODEL, models);
            String group = text(r, b, SpendFields.MODEL_GROUP, groups);
            if (user == null
                    || team == null
                    || provider == null
                    || model == null
                    || group == null) {
                return false;
            }
            sink.add(
                    IdSet.hash(b, at(r, SpendFields.REQUEST_ID), idLength),
                    start,
                    user,
                    team,
                    provider,
                    model,
                    group,
                    is(r, b, SpendFields.STATUS, FAILURE),
                    prompt,
                    completion,
                    cached,
                    cacheWrite,
                    spendUnscaled,
                    spendScale,
                    duration,
                    is(r, b, SpendFields.CACHE_HIT, TRUE));
            return true;
        }

        /** The row through {@link SpendFields}: every cell as text (an error when not UTF-8). */
        private String slow(CsvSpendReader r, RowAggregator sink) {
            slow.clear();
            for (int c = 0; c < cell.length; c++) {
                int f = cell[c];
                if (f >= 0) {
                    String text = Strings.utf8(r.buf, r.from[f], r.to[f] - r.from[f]);
                    if (text == null) {
                        r.fatal = new Problem(0, "not UTF-8 text");
                        return null;
                    }
                    slow.values[c] = text;
                }
            }
            SpendRow row = slow.row();
            sink.add(row);
            return null;
        }

        /** A column's value, "" when absent; null when not UTF-8. */
        private String text(CsvSpendReader r, byte[] b, int column, Strings values) {
            int f = cell[column];
            return f < 0 ? "" : values.get(b, r.from[f], r.to[f] - r.from[f]);
        }

        private boolean ascii(CsvSpendReader r, byte[] b, int column) {
            int f = cell[column];
            return f < 0 || Strings.ascii(b, r.from[f], r.to[f] - r.from[f]);
        }

        private boolean is(CsvSpendReader r, byte[] b, int column, byte[] word) {
            int f = cell[column];
            if (f < 0 || r.to[f] - r.from[f] != word.length) {
                return false;
            }
            for (int i = 0; i < word.length; i++) {
                if ((b[r.from[f] + i] | 0x20) != word[i]) {
                    return false;
                }
            }
            return true;
        }

        /** A whole number of at most 18 digits (empty: 0); -1 when in another form. */
        private long count(CsvSpendReader r, byte[] b, int column) {
            int f = cell[column];
            if (f < 0) {
                return 0;
            }
            int n = r.to[f] - r.from[f];
            if (n > 18) {
                return -1;
            }
            long v = 0;
            for (int i = r.from[f]; i < r.to[f]; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }

        /**
         * LiteLLM's spend into {@link #spendUnscaled} and {@link #spendScale}: plain digits with a
         * point, at most 15 significant and 9 whole; false otherwise.
         */
        private boolean spend(CsvSpendReader r, byte[] b) {
            spendUnscaled = 0;
            spendScale = 0;
            int f = cell[SpendFields.SPEND];
            if (f < 0 || r.to[f] == r.from[f]) {
                return true;
            }
            long v = 0;
            int digits = 0;
            int whole = 0;
            int scale = -1;
            for (int i = r.from[f]; i < r.to[f]; i++) {
                int c = b[i];
                if (c == '.' && scale < 0) {
                    scale = 0;
                    continue;
                }
                int d = c - '0';
                if (d < 0 || d > 9) {
                    return false;
                }
                if (scale >= 0) {
                    scale++;
                } else if (v != 0 || d != 0) {
                    whole++;
                }
                if (v != 0 || d != 0) {
                    digits++;
                }
                v = v * 10 + d;
                if (digits > 15 || whole > 9) {
                    return false;
                }
            }
            int n = r.to[f] - r.from[f];
            if (n == 1 && scale == 0 || n > 40) {
                return false; // "." alone
            }
            spendUnscaled = v;
            spendScale = v == 0 ? 0 : Math.max(scale, 0);
            return true;
        }

        /**
         * {@code 2025-11-03 14:22:05.123} (or {@code T}, seconds and fraction optional, {@code Z})
         * as epoch milliseconds; Long.MIN_VALUE when in another form.
         */
        private long time(CsvSpendReader r, byte[] b, int column) {
            int f = cell[column];
            if (f < 0) {
                return Long.MIN_VALUE;
            }
            int s = r.from[f];
            int n = r.to[f] - s;
            if (n > 0 && (b[s + n - 1] == 'Z' || b[s + n - 1] == 'z')) {
                n--;
            }
            if (n < 16
                    || b[s + 4] != '-'
                    || b[s + 7] != '-'
                    || (b[s + 10] != ' ' && b[s + 10] != 'T')
                    || b[s + 13] != ':') {
                return Long.MIN_VALUE;
            }
            int year = digits(b, s, 4);
            int month = digits(b, s + 5, 2);
            int dayOfMonth = digits(b, s + 8, 2);
            int hour = digits(b, s + 11, 2);
            int minute = digits(b, s + 14, 2);
            boolean seconds = n >= 19 && b[s + 16] == ':';
            int second = seconds ? digits(b, s + 17, 2) : 0;
            if ((year | month | dayOfMonth | hour | minute | second) < 0
                    || hour > 23
                    || minute > 59
                    || second > 59) {
                return Long.MIN_VALUE;
            }
            int i = seconds ? 19 : 16;
            long millis = 0;
            if (i < n) {
                if (b[s + i] != '.'
                        || n - i - 1 < 1
                        || n - i - 1 > 9
                        || digits(b, s + i + 1, n - i - 1) < 0) {
                    return Long.MIN_VALUE;
                }
                for (int k = 0; k < 3; k++) {
                    millis = millis * 10 + (i + 1 + k < n ? b[s + i + 1 + k] - '0' : 0);
                }
            }
            long date = year * 10000L + month * 100L + dayOfMonth;
            if (date != lastDate) {
                try {
                    lastDay = LocalDate.of(year, month, dayOfMonth).toEpochDay();
                } catch (DateTimeException e) {
                    return Long.MIN_VALUE;
                }
                lastDate = date;
            }
            return (lastDay * 86_400L + hour * 3600L + minute * 60L + second) * 1000L + millis;
        }

        private static int digits(byte[] b, int from, int n) {
            int v = 0;
            for (int i = from; i < from + n; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }

        /**
         * Cached tokens and cache writes from the metadata cell; false to leave the row to {@link
         * #slow}.
         */
        private boolean usage(CsvSpendReader r, byte[] b) {
            cached = 0;
            cacheWrite = 0;
            int f = cell[SpendFields.METADATA];
            if (f < 0) {
                return true;
            }
            int s = r.from[f];
            int e = r.to[f];
            if (!Strings.ascii(b, s, e - s)) {
                return false;
            }
            found.clear();
            if (!metadata.read(b, s, e, found)) {
                try (JsonParser p = JSON.createParser(b, s, e - s)) {
                    found.clear();
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        found.metadata(p);
                    }
                } catch (IOException ex) {
                    return false;
                }
            }
            try {
                cached = SpendFields.count("cached_tokens", found.cachedTokens);
                cacheWrite =
                        SpendFields.count("cache_creation_input_tokens", found.cacheWriteTokens);
            } catch (IllegalArgumentException ex) {
                return false; // the slow way says what is wrong
            }
            return true;
        }
    }
}
