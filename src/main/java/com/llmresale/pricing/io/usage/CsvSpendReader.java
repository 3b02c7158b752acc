package com.llmresale.pricing.io.usage;

import com.llmresale.pricing.engine.usage.SpendRow;
import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Spend-log rows from CSV with a header of the table's column names (any order, others ignored):
 * a small RFC 4180 reader of its own, on bytes (the delimiters are ASCII, so UTF-8 needs no
 * decoding to be split), that makes strings only of the columns it needs: the {@code messages}
 * and {@code response} columns can be most of a file and are skipped unread.
 */
final class CsvSpendReader {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final String file;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private long line = 1;
    private byte[] cell = new byte[256];
    private int cellLength;
    /** The last cell read, when it could be taken straight from the buffer (else null: it is in {@link #cell}). */
    private String direct;

    CsvSpendReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Reads every row into {@code sink}. */
    void read(Consumer<SpendRow> sink, BadRows bad) throws IOException {
        if (fill() && limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3; // a byte order mark
        }
        List<String> header = new ArrayList<>();
        long headerLine = line;
        if (!record(header, null, null, new int[1])) {
            throw new DataException(file, 0, null, "empty file: expected a CSV header of LiteLLM_SpendLogs columns");
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
            int end = cell(wanted);
            if (wanted) {
                String text = text();
                if (header != null) {
                    header.add(text);
                } else {
                    fields.values[slots[field]] = text;
                }
            }
            field++;
            if (end != ',') {
                count[0] = field;
                return true;
            }
        }
    }

    /** Reads one cell (kept when wanted); returns what ended it: ',', '\n' or -1. */
    private int cell(boolean wanted) throws IOException {
        direct = null;
        cellLength = 0;
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
                    append(s, pos - s);
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
                        append(pos, 1);
                    }
                    pos++;
                    continue;
                }
                return end();
            }
        }
        boolean first = true;
        while (true) {
            int s = pos;
            while (pos < limit) {
                byte c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                pos++;
            }
            if (wanted) {
                if (first && pos < limit && ascii(s, pos)) {
                    direct = new String(buf, s, pos - s, StandardCharsets.ISO_8859_1);
                } else {
                    append(s, pos - s);
                }
            }
            first = false;
            if (pos < limit) {
                return end();
            }
            if (!fill()) {
                return -1;
            }
        }
    }

    private boolean ascii(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private void append(int from, int length) {
        if (cellLength + length > cell.length) {
            cell = Arrays.copyOf(cell, Math.max(cell.length * 2, cellLength + length));
        }
        System.arraycopy(buf, from, cell, cellLength, length);
        cellLength += length;
    }

    /** The last cell as text; bytes that are not UTF-8 are an error naming the line. */
    private String text() {
        if (direct != null) {
            return direct;
        }
        boolean ascii = true;
        for (int i = 0; i < cellLength && ascii; i++) {
            ascii = cell[i] >= 0;
        }
        if (ascii) {
            return new String(cell, 0, cellLength, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(cell, 0, cellLength)).toString();
        } catch (CharacterCodingException e) {
            throw new DataException(file, (int) line, null, "not UTF-8 text");
        }
    }

    /** After a cell: consumes the delimiter (',' or a line end) and says which. */
    private int end() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        byte c = buf[pos++];
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
        throw new DataException(file, (int) line, null, "unexpected '" + (char) c + "' after a quoted field");
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
