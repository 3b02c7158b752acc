package com.llmresale.pricing.io.usage;

import com.llmresale.pricing.engine.usage.SpendRow;
import com.llmresale.pricing.model.DataException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads spend-log files: CSV, a JSON array or JSON lines, each possibly gzip-compressed (told by
 * its first bytes, not its name), {@code -} for standard input.
 */
public final class SpendLogFiles {
    private SpendLogFiles() {
    }

    /** Reads every source in order into {@code sink}. */
    public static void read(List<String> sources, Path cwd, InputStream stdin, Consumer<SpendRow> sink, BadRows bad) {
        for (String source : sources) {
            String display = source.equals("-") ? "<stdin>" : source;
            try (InputStream raw = source.equals("-") ? nonClosing(stdin) : open(cwd.resolve(source), display)) {
                read(raw, display, sink, bad);
            } catch (CharacterCodingException e) {
                throw new DataException(display, 0, null, "not UTF-8 text");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InputStream open(Path file, String display) throws IOException {
        if (Files.isDirectory(file)) {
            throw new DataException(display, 0, null, "is a folder, not a file of spend-log rows");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DataException(display, 0, null, "no such file");
        }
    }

    static void read(InputStream raw, String display, Consumer<SpendRow> sink, BadRows bad) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
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
            JsonSpendReader.read(data, display, sink, bad);
        } else if (first >= 0) {
            new CsvSpendReader(data, display).read(sink, bad);
        }
    }

    /** The first byte that is not white space or a UTF-8 byte order mark, or -1. */
    private static int firstNonBlank(InputStream in) throws IOException {
        for (int i = 0; i < 4096; i++) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
                return b;
            }
        }
        return -1;
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // standard input stays open
            }
        };
    }
}
