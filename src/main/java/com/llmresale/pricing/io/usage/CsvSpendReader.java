package com.llmresale.pricing.io.usage;

import com.llmresale.pricing.engine.usage.SpendRow;
import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Spend-log rows from CSV with a header of the table's column names (any order, others ignored):
 * a small RFC 4180 reader of its own that builds strings only for the columns it needs (the
 * {@code messages} and {@code response} columns can be most of a file).
 */
final class CsvSpendReader {
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final String file;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private long line = 1;
    private final StringBuilder cell = new StringBuilder();

    CsvSpendReader(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Reads every row into {@code sink}. */
    void read(Consumer<SpendRow> sink, BadRows bad) throws IOException {
        List<String> header = new ArrayList<>();
        long headerLine = line;
        if (!record(header, null, null)) {
            throw new DataException(file, 0, null, "empty file: expected a CSV header of LiteLLM_SpendLogs columns");
        }
        if (!header.isEmpty()) {
            header.set(0, header.get(0).replace("\uFEFF", ""));
        }
        int[] slots = new int[header.size()];
        boolean[] present = new boolean[SpendFields.COLUMNS.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = SpendFields.column(header.get(i));
            if (slots[i] >= 0) {
                if (present[slots[i]]) {
                    throw new DataException(file, (int) headerLine, null, "column " + SpendFields.COLUMNS[slots[i]]
                            + " appears twice in the header");
                }
                present[slots[i]] = true;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int r : SpendFields.REQUIRED) {
            if (!present[r]) {
                missing.add(SpendFields.COLUMNS[r]);
            }
        }
        if (!missing.isEmpty()) {
            throw new DataException(file, (int) headerLine, null, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (a LiteLLM_SpendLogs export needs at least request_id, "
                    + "startTime, model, prompt_tokens, completion_tokens; the header has "
                    + SpendFields.shorten(String.join(",", header)) + ")");
        }
        SpendFields fields = new SpendFields();
        int[] count = new int[1];
        while (true) {
            fields.clear();
            long start = line;
            if (!record(null, slots, fields, count)) {
                return;
            }
            if (count[0] == 1 && blank(fields)) {
                continue; // an empty line
            }
            if (count[0] != slots.length) {
                bad.bad(file, start, "has " + count[0] + " fields, the header has " + slots.length);
                continue;
            }
            SpendRow row;
            try {
                row = fields.row();
            } catch (IllegalArgumentException e) {
                bad.bad(file, start, e.getMessage());
                continue;
            }
            sink.accept(row);
        }
    }

    private static boolean blank(SpendFields f) {
        return Arrays.stream(f.values).allMatch(v -> v == null || v.isEmpty());
    }

    private boolean record(List<String> header, int[] slots, SpendFields fields) throws IOException {
        return record(header, slots, fields, new int[1]);
    }

    /**
     * Reads one record: into {@code header} (every cell), or into {@code fields} (the cells whose
     * {@code slots} entry is a column). False at the end of input.
     */
    private boolean record(List<String> header, int[] slots, SpendFields fields, int[] count) throws IOException {
        if (pos >= limit && !fill()) {
            return false;
        }
        int field = 0;
        while (true) {
            boolean wanted = header != null || (field < slots.length && slots[field] >= 0);
            cell.setLength(0);
            int end = cell(wanted);
            if (wanted) {
                if (header != null) {
                    header.add(cell.toString());
                } else {
                    fields.values[slots[field]] = cell.toString();
                }
            }
            field++;
            if (end != ',') {
                count[0] = field;
                return true;
            }
        }
    }

    /** Reads one cell into {@link #cell} (when wanted); returns what ended it: ',', '\n' or -1. */
    private int cell(boolean wanted) throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        if (buf[pos] == '"') {
            pos++;
            long opened = line;
            while (true) {
                if (pos >= limit && !fill()) {
                    throw new DataException(file, (int) opened, null, "a quoted field is not closed");
                }
                int s = pos;
                while (pos < limit && buf[pos] != '"') {
                    if (buf[pos] == '\n') {
                        line++;
                    }
                    pos++;
                }
                if (wanted) {
                    cell.append(buf, s, pos - s);
                }
                if (pos >= limit) {
                    continue;
                }
                pos++; // the quote
                if (pos >= limit && !fill()) {
                    return -1;
                }
                if (buf[pos] == '"') {
                    if (wanted) {
                        cell.append('"');
                    }
                    pos++;
                    continue;
                }
                return end();
            }
        }
        while (true) {
            int s = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                pos++;
            }
            if (wanted) {
                cell.append(buf, s, pos - s);
            }
            if (pos < limit) {
                return end();
            }
            if (!fill()) {
                return -1;
            }
        }
    }

    /** After a cell: consumes the delimiter (',' or a line end) and says which. */
    private int end() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        char c = buf[pos++];
        if (c == ',') {
            return ',';
        }
        if (c == '\r') {
            if (pos >= limit && !fill()) {
                line++;
                return '\n';
            }
            if (buf[pos] == '\n') {
                pos++;
            }
            line++;
            return '\n';
        }
        if (c == '\n') {
            line++;
            return '\n';
        }
        throw new DataException(file, (int) line, null, "unexpected '" + c + "' after a quoted field");
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
