package com.llmresale.pricing.io.usage;

import com.llmresale.pricing.engine.usage.IdSet;
import com.llmresale.pricing.engine.usage.RowAggregator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * A CSV file read in parts at once, one per core: the file is cut after a line end near each n-th
 * of its size, each part's rows go to their own {@link RowAggregator}, and the parts are absorbed
 * in file order. A cut inside a quoted cell (a line break in a cell) is found when the part before
 * it ends elsewhere: that part is read again from the right place. Problems are reported in file
 * order with their true line numbers, as one pass would. A request id counted by two parts is taken
 * back out of the later one by reading just its rows again.
 */
final class CsvFile {
    static final int BUFFER = 1 << 20;

    /** No part smaller than this: threads cost more than they give on small files. */
    static final long MIN_PART = 8L << 20;

    private final FileChannel channel;
    private final String display;
    private final LongConsumer progress;

    private CsvFile(FileChannel channel, String display, LongConsumer progress) {
        this.channel = channel;
        this.display = display;
        this.progress = progress;
    }

    /** Reads the file in up to {@code parts} parts (fewer for a small file). */
    static void read(
            FileChannel channel,
            String display,
            RowAggregator total,
            BadRows bad,
            LongConsumer progress,
            int parts)
            throws IOException {
        long size = channel.size();
        int n = (int) Math.max(1, Math.min(parts, size / MIN_PART));
        List<Long> cuts = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            cuts.add(size * i / n);
        }
        new CsvFile(channel, display, progress).read(total, bad, cuts);
    }

    /** Reads the file cut near the given offsets (tests choose them). */
    static void read(
            FileChannel channel, String display, RowAggregator total, BadRows bad, List<Long> cuts)
            throws IOException {
        new CsvFile(channel, display, null).read(total, bad, cuts);
    }

    private void read(RowAggregator total, BadRows bad, List<Long> nominal) throws IOException {
        CsvSpendReader first = reader(0, progress);
        CsvSpendReader.Header header = first.header(display);
        if (header == null) {
            throw SpendLogFiles.emptyCsv(display);
        }
        SpendLogFiles.checkHeader(header, display);
        long dataStart = first.offset();
        long size = channel.size();
        List<Long> starts = new ArrayList<>(List.of(dataStart));
        for (long cut : nominal) {
            long s = Math.max(lineStart(cut), starts.get(starts.size() - 1));
            starts.add(Math.min(s, size));
        }
        int n = starts.size();
        long[] stops = new long[n];
        for (int i = 0; i < n; i++) {
            stops[i] = i + 1 < n ? starts.get(i + 1) : Long.MAX_VALUE;
        }
        RowAggregator[] aggregators = new RowAggregator[n];
        List<Future<CsvSpendReader.Result>> results = new ArrayList<>();
        ExecutorService pool =
                n > 1
                        ? Executors.newFixedThreadPool(
                                n - 1,
                                r -> {
                                    Thread t = new Thread(r, "usage-csv");
                                    t.setDaemon(true);
                                    return t;
                                })
                        : null;
        try {
            for (int i = 0; i < n; i++) {
                aggregators[i] =
                        total.batchedPart(rowsAbout(starts.get(i), Math.min(stops[i], size)));
            }
            for (int i = 1; i < n; i++) {
                int k = i;
                results.add(
                        pool.submit(
                                () ->
                                        part(
                                                reader(starts.get(k), progress),
                                                header,
                                                aggregators[k],
                                                bad.skip(),
                                                starts.get(k),
                                                stops[k])));
            }
            CsvSpendReader.Result head =
                    part(first, header, aggregators[0], bad.skip(), dataStart, stops[0]);
            SpendLogFiles.report(head, 1, display, bad);
            long lineBase = 1 + head.lines();
            long expect = head.end();
            total.absorb(aggregators[0]);
            List<IdSet> earlier = new ArrayList<>(List.of(aggregators[0].ids()));
            aggregators[0] = null;
            for (int i = 1; i < n; i++) {
                CsvSpendReader.Result r = get(results.get(i - 1));
                long start = starts.get(i);
                if (start
                        != expect) { // the cut was inside a quoted cell: read this part again from
                    // its true start
                    start = expect;
                    aggregators[i] = total.batchedPart(0);
                    r =
                            part(
                                    reader(start, null),
                                    header,
                                    aggregators[i],
                                    bad.skip(),
                                    start,
                                    stops[i]);
                }
                SpendLogFiles.report(r, lineBase, display, bad);
                lineBase += r.lines();
                expect = r.end();
                IdSet twice = new IdSet();
                aggregators[i]
                        .ids()
                        .forEach(
                                h -> {
                                    for (IdSet e : earlier) {
                                        if (e.contains(h)) {
                                            twice.add(h);
                                            return;
                                        }
                                    }
                                });
                total.absorb(aggregators[i]);
                earlier.add(aggregators[i].ids());
                aggregators[i] = null; // absorbed: its cells and windows may go
                if (twice.size()
                        > 0) { // ids an earlier part counted: take this part's rows of them back
                    // out
                    RowAggregator again = total.only(twice);
                    reader(start, null).rows(header, again, true, stops[i]);
                    total.subtract(again);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Reads the rows that start in {@code [start, stop)} into a part; a request id the part counted
     * more than once has its later rows read again and taken back out (see {@link
     * RowAggregator#batchedPart}).
     */
    private CsvSpendReader.Result part(
            CsvSpendReader reader,
            CsvSpendReader.Header header,
            RowAggregator part,
            boolean skip,
            long start,
            long stop)
            throws IOException {
        CsvSpendReader.Result r = reader.rows(header, part, skip, stop);
        IdSet repeats = part.repeats();
        if (repeats.size() > 0 && r.fatal() == null && (skip || r.firstBad() == null)) {
            RowAggregator later = part.laterRowsOf(repeats);
            reader(start, null).rows(header, later, true, stop);
            part.subtract(later);
        }
        return r;
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new UncheckedIOException(new IOException(c));
        }
    }

    private CsvSpendReader reader(long start, LongConsumer progress) {
        long[] at = {start};
        return new CsvSpendReader(
                (b, off, len) -> {
                    int k = channel.read(ByteBuffer.wrap(b, off, len), at[0]);
                    if (k > 0) {
                        at[0] += k;
                    }
                    return k;
                },
                start,
                BUFFER,
                progress);
    }

    /**
     * About how many rows lie between two offsets, from the line ends in the first MB (so that a
     * part's id set is made the right size at once, not grown by doubling); 0 when unknown.
     */
    private long rowsAbout(long from, long to) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.max(0, Math.min(1 << 20, to - from)));
        int k = channel.read(b, from);
        long lines = 0;
        for (int i = 0; i < k; i++) {
            if (b.get(i) == '\n') {
                lines++;
            }
        }
        return lines == 0 ? 0 : (to - from) * lines / k * 21 / 20;
    }

    /**
     * The offset after the first line end at or after {@code offset} (the file's size when none).
     */
    private long lineStart(long offset) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        long at = offset;
        while (true) {
            b.clear();
            int k = channel.read(b, at);
            if (k <= 0) {
                return channel.size();
            }
            for (int i = 0; i < k; i++) {
                if (b.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += k;
        }
    }
}
