package com.llmresale.pricing.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr for a long read: nothing during the first second, then {@code
 * [#####.....] 48% 121/253 MB} redrawn in place (5 times a second) and erased at the end, so the
 * report and any error line start on a clean line. Bytes are counted from any thread.
 */
final class ProgressBar implements LongConsumer, AutoCloseable {
    static final long QUIET_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final LongSupplier nanos;
    private final long started;
    private final AtomicLong done = new AtomicLong();
    private ScheduledExecutorService timer;
    private boolean drawn;

    ProgressBar(PrintWriter err, long total, LongSupplier nanos) {
        this.err = err;
        this.total = total;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    /** A bar redrawn by a timer thread, or null when none is wanted. */
    static ProgressBar start(PrintWriter err, long total, boolean terminal, boolean noProgress) {
        if (!terminal || noProgress || total <= 0) {
            return null;
        }
        ProgressBar bar = new ProgressBar(err, total, System::nanoTime);
        bar.timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "progress");
                            t.setDaemon(true);
                            return t;
                        });
        var unused =
                bar.timer.scheduleAtFixedRate(
                        bar::draw, 200, 200, TimeUnit.MILLISECONDS); // stopped by close()
        return bar;
    }

    @Override
    public void accept(long bytes) {
        done.addAndGet(bytes);
    }

    /** Draws the bar once the read has taken over a second. */
    synchronized void draw() {
        if (nanos.getAsLong() - started < QUIET_NANOS) {
            return;
        }
        long d = Math.min(done.get(), total);
        int filled = (int) (d * WIDTH / total);
        err.print(
                "\r["
                        + "#".repeat(filled)
                        + ".".repeat(WIDTH - filled)
                        + "] "
                        + String.format("%3d%%  %d/%d MB", d * 100 / total, d >> 20, total >> 20));
        err.flush();
        drawn = true;
    }

    /** Stops drawing and erases the bar. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
