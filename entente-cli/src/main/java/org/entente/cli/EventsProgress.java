package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.entente.events.IngestProgress;

/**
 * Shows how an ingest is going while it runs: on a terminal, a bar redrawn in place five times a
 * second with the bytes read, rows per second and the time left; otherwise (a log, a pipe) one
 * plain line every ten seconds. Lines the command prints in between (one per file) go through
 * {@link #println}, which clears the bar first.
 */
final class EventsProgress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final IngestProgress progress;
    private final long total;
    private final boolean terminal;
    private final long t0 = System.nanoTime();
    private final Thread ticker;
    private boolean drawn;

    /**
     * @param out      where to write
     * @param progress the store's running counts
     * @param total    the bytes all inputs hold
     * @param terminal whether {@code out} is a terminal (draw a bar) or not (print lines)
     */
    EventsProgress(PrintWriter out, IngestProgress progress, long total, boolean terminal) {
        this.out = out;
        this.progress = progress;
        this.total = Math.max(1, total);
        this.terminal = terminal;
        this.ticker = new Thread(this::tick, "ingest-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    private void tick() {
        long every = terminal ? 200 : 10_000;
        try {
            while (true) {
                Thread.sleep(every);
                show();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void show() {
        String line = line(progress.bytes(), progress.rows(), (System.nanoTime() - t0) / 1e9);
        if (terminal) {
            out.print("\r" + line + "\033[K");
            drawn = true;
        } else {
            out.println("progress: " + line);
        }
        out.flush();
    }

    /** @return the bar (terminal) or line text for these counts */
    String line(long bytes, long rows, double seconds) {
        double done = Math.min(1.0, bytes / (double) total);
        double rate = bytes / Math.max(seconds, 1e-9);
        String eta = bytes == 0 ? "--" : duration((total - bytes) / Math.max(rate, 1));
        String text = String.format(Locale.ROOT, "%3.0f%%  %s of %s  %,.0f rows/s  %.0f MB/s  ETA %s", done * 100,
                size(bytes), size(total), rows / Math.max(seconds, 1e-9), rate / 1e6, eta);
        if (!terminal) {
            return text.strip();
        }
        int filled = (int) Math.round(done * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + text;
    }

    private static String size(long bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String duration(double s) {
        long n = Math.round(s);
        return n >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", n / 3600, n / 60 % 60, n % 60)
                : String.format(Locale.ROOT, "%d:%02d", n / 60, n % 60);
    }

    /** Prints a line of the command's own output, clearing the bar first. */
    synchronized void println(String line) {
        if (drawn) {
            out.print("\r\033[K");
            drawn = false;
        }
        out.println(line);
        out.flush();
    }

    /** Stops the display and clears the bar. */
    @Override
    public void close() {
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn) {
                out.print("\r\033[K");
                out.flush();
                drawn = false;
            }
        }
    }
}
