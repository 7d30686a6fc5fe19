package org.entente.events;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an ingest has got, updated by the readers as they go and read by whoever shows
 * progress (the command line polls it from its own thread): bytes of input consumed (compressed
 * bytes for archives) and rows read. Not final so that a test can watch the readers' calls.
 */
public class IngestProgress {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    /** @return bytes of input consumed so far */
    public long bytes() {
        return bytes.get();
    }

    /** @return rows read so far */
    public long rows() {
        return rows.get();
    }

    void addBytes(long n) {
        bytes.addAndGet(n);
    }

    void addRows(long n) {
        rows.addAndGet(n);
    }
}
