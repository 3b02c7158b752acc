package com.llmresale.pricing.io.usage;

import com.llmresale.pricing.engine.usage.RowAggregator;
import com.llmresale.pricing.model.DataException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads spend-log files: CSV, a JSON array or JSON lines, each possibly gzip-compressed (told by
 * its first bytes, not its name), {@code -} for standard input. A plain CSV file is read in parts
 * on every core ({@link CsvFile}); the others are read as one stream.
 */
public final class SpendLogFiles {
    private SpendLogFiles() {}

    /**
     * Reads every source in order into {@code total}.
     *
     * @param progress told the bytes read from files as they go (from several threads; may be null)
     */
    public static void read(
            List<String> sources,
            Path cwd,
            InputStream stdin,
            RowAggregator total,
            BadRows bad,
            LongConsumer progress) {
        int cores = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        for (String source : sources) {
            String display = source.equals("-") ? "<stdin>" : source;
            try {
                if (source.equals("-")) {
                    read(
                            new FilterInputStream(stdin) {
                                @Override
                                public void close() {
                                    // standard input stays open
                                }
                            },
                            display,
                            total,
                            bad,
                            null);
                } else {
                    try (FileChannel channel = open(cwd.resolve(source), display)) {
                        if (plainCsv(channel)) {
                            CsvFile.read(channel, display, total, bad, progress, cores);
                        } else {
                            read(Channels.newInputStream(channel), display, total, bad, progress);
                        }
                    }
                }
            } catch (CharacterCodingException e) {
                throw new DataException(display, 0, null, "not UTF-8 text");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bytes of the named files (not standard input): what progress counts up to. */
    public static long size(List<String> sources, Path cwd) {
        long n = 0;
        for (String source : sources) {
            Path file = cwd.resolve(source);
            try {
                n += source.equals("-") || !Files.isRegularFile(file) ? 0 : Files.size(file);
            } catch (IOException e) {
                // the reading will say
            }
        }
        return n;
    }

    private static FileChannel open(Path file, String display) throws IOException {
        if (Files.isDirectory(file)) {
            throw new DataException(display, 0, null, "is a folder, not a file of spend-log rows");
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new DataException(display, 0, null, "no such file");
        }
    }

    /** True for a regular file that is neither gzip nor JSON. */
    private static boolean plainCsv(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(4096);
        int n = channel.read(head, 0);
        if (n < 2) {
            return false;
        }
        if ((head.get(0) & 0xFF) == 0x1f && (head.get(1) & 0xFF) == 0x8b) {
            return false;
        }
        int first = firstNonBlank(new java.io.ByteArrayInputStream(head.array(), 0, n));
        return first >= 0 && first != '[' && first != '{';
    }

    static void read(
            InputStream raw,
            String display,
            RowAggregator total,
            BadRows bad,
            LongConsumer progress)
            throws IOException {
        InputStream counted =
                progress == null
                        ? raw
                        : new FilterInputStream(raw) {
                            @Override
                            public int read(byte[] b, int off, int len) throws IOException {
                                int n = super.read(b, off, len);
                                if (n > 0) {
                                    progress.accept(n);
                                }
                                return n;
                            }
                        };
        BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream data = in;
        if (b0 == 0x1f && b1 == 0x8b) {
            data = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        data.mark(4096);
        int first = firstNonBlank(data);
        data.reset();
        if (first == '[' || first == '{') {
            JsonSpendReader.read(data, display, total::add, bad);
        } else if (first >= 0) {
            CsvSpendReader reader = new CsvSpendReader(data::read, 0, 1 << 16, null);
            CsvSpendReader.Header header = reader.header(display);
            if (header == null) {
                throw emptyCsv(display);
            }
            checkHeader(header, display);
            report(reader.rows(header, total, bad.skip(), Long.MAX_VALUE), 1, display, bad);
        }
    }

    static DataException emptyCsv(String display) {
        return new DataException(
                display, 0, null, "empty file: expected a CSV header of LiteLLM_SpendLogs columns");
    }

    /** A header must name each column once and have the required ones. */
    static void checkHeader(CsvSpendReader.Header header, String file) {
        int[] slots = header.slots();
        boolean[] present = new boolean[SpendFields.COLUMNS.length];
        for (int slot : slots) {
            if (slot >= 0) {
                if (present[slot]) {
                    throw new DataException(
                            file,
                            1,
                            null,
                            "column " + SpendFields.COLUMNS[slot] + " appears twice in the header");
                }
                present[slot] = true;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int r : SpendFields.REQUIRED) {
            if (!present[r]) {
                missing.add(SpendFields.COLUMNS[r]);
            }
        }
        if (!missing.isEmpty()) {
            throw new DataException(
                    file,
                    1,
                    null,
                    "missing column"
                            + (missing.size() > 1 ? "s " : " ")
                            + String.join(", ", missing)
                            + " (a LiteLLM_SpendLogs export needs at least request_id, "
                            + "startTime, model, prompt_tokens, completion_tokens; the header has "
                            + SpendFields.shorten(String.join(",", header.names()))
                            + ")");
        }
    }

    /**
     * Raises what a reading found, its lines counted from {@code lineBase}: a fatal problem, or the
     * first malformed row (unless skipping: then they are counted).
     */
    static void report(CsvSpendReader.Result r, long lineBase, String display, BadRows bad) {
        if (r.fatal() != null) {
            throw new DataException(
                    display,
                    (int) Math.min(Integer.MAX_VALUE, lineBase + r.fatal().line()),
                    null,
                    r.fatal().text());
        }
        if (r.firstBad() != null) {
            bad.bad(display, lineBase + r.firstBad().line(), r.firstBad().text(), r.bad());
        }
    }

    /** The first byte that is not white space or a UTF-8 byte order mark, or -1. */
    private static int firstNonBlank(InputStream in) throws IOException {
        for (int i = 0; i < 4096; i++) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB
                    && b != 0xBF) {
                return b;
            }
        }
        return -1;
    }
}
