package org.entente.events;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * The fast reader for GDELT 2.0 files, plain or {@code .gz}: one thread reads the file in large
 * chunks cut at line ends (decompressing, and computing the file's SHA-256 on the way), a pool of
 * one worker per core turns chunks into {@link ChunkTally}s ({@link GdeltChunk}), and the calling
 * thread merges them in file order into primitive-keyed groups ({@link LongCounts}), adding each
 * row's terms in file order so that the sums are bit for bit those of the row-by-row reader.
 * Memory is bounded by the chunks in flight plus the groups and the file's distinct reports.
 */
final class GdeltScan {

    /** Chunk size: large enough that per-chunk costs vanish, small enough that a few in flight stay cheap. */
    static final int CHUNK = 8 << 20;

    private final GroupKeys keys;
    private final Countries countries;
    private final List<Watch> watches;
    private final IngestProgress progress;
    private final int chunk;
    private final int threads;

    GdeltScan(GroupKeys keys, Countries countries, List<Watch> watches, IngestProgress progress, int chunk) {
        this.keys = keys;
        this.countries = countries;
        this.watches = watches;
        this.progress = progress;
        this.chunk = chunk;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The reader's last word: why the stream broke (a reject), or the error that stopped the reader itself.
     */
    private record End(String broken, Throwable failure) {
    }

    /**
     * @param file  the file
     * @param gz    whether it is gzip-compressed
     * @param label the file's label for rejects and events
     * @return its batch, with {@link FileBatch#sha256} set
     */
    FileBatch scan(Path file, boolean gz, String label) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gdelt-scan");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(threads * 2);
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(threads * 4);
        MessageDigest md = sha256();
        Thread reader = new Thread(() -> produce(file, gz, label, md, pool, queue, free), "gdelt-read");
        reader.setDaemon(true);
        reader.start();
        ChunkMerge merge = new ChunkMerge(keys, label);
        try {
            while (true) {
                Object o = queue.take();
                if (o instanceof End end) {
                    if (end.failure() != null) {
                        throw new EventsException(label + ": cannot read: " + end.failure(), end.failure());
                    }
                    merge.end(end.broken());
                    break;
                }
                @SuppressWarnings("unchecked")
                ChunkTally t = ((Future<ChunkTally>) o).get();
                merge.add(t);
                progress.addRows(t.accepted + t.rejects.size());
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventsException(label + ": interrupted while reading", e);
        } catch (ExecutionException e) {
            throw new EventsException(label + ": cannot read: " + e.getCause(), e.getCause());
        } finally {
            reader.interrupt();   // on failure, a reader blocked on a full queue must not linger
            pool.shutdownNow();
        }
        FileBatch b = merge.batch();
        b.sha256 = HexFormat.of().formatHex(md.digest());
        return b;
    }

    private void produce(Path file, boolean gz, String label, MessageDigest md, ExecutorService pool,
                         BlockingQueue<Object> queue, BlockingQueue<byte[]> free) {
        String broken = null;
        Throwable failure = null;
        try (InputStream raw = new Digesting(Files.newInputStream(file), md, progress)) {
            broken = chunks(raw, gz, label, pool, queue, free);
            raw.transferTo(java.io.OutputStream.nullOutputStream());   // the checksum covers every byte
        } catch (IOException e) {
            broken = "cannot read: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException | Error e) {
            failure = e;   // a bug, not bad data: reported by the merging thread, never a hang
        }
        try {
            queue.put(new End(broken, failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cuts the stream into chunks of whole lines and submits them; returns why it broke, or null. */
    private String chunks(InputStream raw, boolean gz, String label, ExecutorService pool, BlockingQueue<Object> queue,
                          BlockingQueue<byte[]> free) throws InterruptedException {
        byte[] buf = buffer(free, chunk + 1 + GdeltChunk.SLACK);
        int len = 0;
        try {
            InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
            while (true) {
                int n = in.read(buf, len, buf.length - 1 - GdeltChunk.SLACK - len);
                if (n < 0) {
                    break;
                }
                len += n;
                if (len == buf.length - 1 - GdeltChunk.SLACK) {
                    int cut = lastNewline(buf, len);
                    if (cut < 0) {
                        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                        continue;
                    }
                    byte[] next = buffer(free, Math.max(chunk, 2 * (len - cut)) + 1 + GdeltChunk.SLACK);
                    len = carry(buf, cut, len, next);
                    submit(buf, cut + 1, label, pool, queue, free);
                    buf = next;
                }
            }
            if (len > 0) {
                buf[len++] = '\n';   // the last line, unterminated
                submit(buf, len, label, pool, queue, free);
            }
            return null;
        } catch (IOException e) {
            int cut = lastNewline(buf, len);
            if (cut >= 0) {
                submit(buf, cut + 1, label, pool, queue, free);
            }
            return "truncated or broken archive: " + e.getMessage() + "; rows before this line were kept";
        }
    }

    private static int carry(byte[] buf, int cut, int len, byte[] next) {
        int rest = len - cut - 1;
        System.arraycopy(buf, cut + 1, next, 0, rest);
        return rest;
    }

    private static byte[] buffer(BlockingQueue<byte[]> free, int size) {
        byte[] b = free.poll();
        return b != null && b.length == size ? b : new byte[size];
    }

    private void submit(byte[] buf, int len, String label, ExecutorService pool, BlockingQueue<Object> queue,
                        BlockingQueue<byte[]> free) throws InterruptedException {
        queue.put(pool.submit(() -> {
            ChunkTally t = new GdeltChunk(keys, countries, label, watches).scan(buf, len);
            free.offer(buf);
            return t;
        }));
    }

    private static int lastNewline(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Passes bytes through, adding them to the checksum and the progress count. */
    private static final class Digesting extends FilterInputStream {
        private final MessageDigest md;
        private final IngestProgress progress;

        Digesting(InputStream in, MessageDigest md, IngestProgress progress) {
            super(in);
            this.md = md;
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                md.update(b, off, n);
                progress.addBytes(n);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }
}
