package org.entente.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * The fast reader for GDELT files (2.0 and 1.0), plain, {@code .gz} or a {@code .zip} of one member. A plain file is cut into blocks of
 * {@link #CHUNK} bytes; each worker (one per core) reads its block straight from the file, a
 * window at a time, hashing each window for the file's {@link FileChecksum} and turning its lines
 * into a {@link ChunkTally} ({@link GdeltChunk}) while the bytes are still in the core's cache,
 * then finishes the last line that starts in the block. A
 * {@code .gz} file, or a {@code .zip} of one member, has one thread inflating it (and
 * checksumming the compressed bytes) that hands chunks cut at line ends to the same workers. The calling thread merges the tallies in file
 * order ({@link ChunkMerge}), adding each row's terms in file order so that the sums are bit for
 * bit those of the row-by-row reader. Memory: a few blocks in flight, the groups, and the file's
 * distinct reports.
 */
final class GdeltScan {

    /** Chunk size: eight of the checksum's blocks, large enough that per-chunk costs vanish. */
    static final int CHUNK = 8 * FileChecksum.BLOCK;
    /**
     * Chunks of an inflated {@code .gz} file are smaller: several files are inflated at once, each
     * with a few chunks queued, and their memory adds up.
     */
    private static final int INFLATED = 2 << 20;

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "gdelt-scan");
        t.setDaemon(true);
        return t;
    });

    private final GroupKeys keys;
    private final Countries countries;
    private final List<Watch> watches;
    private final IngestProgress progress;
    private final int chunk;
    /** Whether chunks are whole checksum blocks, so that workers hash them as they read (other sizes are for tests). */
    private final boolean hashing;
    /** GDELT 2.0 or 1.0. */
    private final EventFormat format;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(THREADS * 3);

    GdeltScan(GroupKeys keys, Countries countries, List<Watch> watches, IngestProgress progress, int chunk,
              EventFormat format) {
        this.format = format;
        this.keys = keys;
        this.countries = countries;
        this.watches = watches;
        this.progress = progress;
        this.chunk = chunk;
        this.hashing = chunk % FileChecksum.BLOCK == 0;
    }

    /** How a file's lines are packed. */
    enum Packing {
        /** a plain text file, read block by block on every core */
        PLAIN,
        /** a {@code .gz} file, inflated by one thread */
        GZIP,
        /** a {@code .zip} archive of one member (as GDELT publishes its files), inflated by one thread */
        ZIP
    }

    /**
     * @param file    the file
     * @param packing how its lines are packed
     * @param label   the label of its lines for rejects and events ({@code archive.zip!member} for a zip member)
     * @return its batch, with {@link FileBatch#checksum} set (of the file's bytes as stored)
     */
    FileBatch scan(Path file, Packing packing, String label) {
        ChunkMerge merge = new ChunkMerge(keys, label, format);
        FileChecksum sum = new FileChecksum();
        String checksum;
        try {
            if (packing != Packing.PLAIN) {
                checksum = inflating(file, packing, label, merge);
            } else {
                long size = Files.size(file);
                plain(file, size, label, merge, sum);
                // the workers hashed the blocks when chunks are blocks; other chunk sizes (tests) take a pass
                checksum = hashing ? sum.finish(size) : FileChecksum.of(file);
            }
        } catch (IOException e) {
            throw EventStore.cannotRead(label, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventsException(label + ": interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw EventStore.cannotRead(label, io);
            }
            if (c instanceof OutOfMemoryError oom) {
                throw oom;   // the launcher's message says how to give Java more
            }
            if (c instanceof EventsException events) {
                throw events;   // already says which file and what to do
            }
            throw EventStore.cannotRead(label, c);
        }
        FileBatch b = merge.batch();
        b.checksum = checksum;
        return b;
    }

    /** Reads a plain file block by block on every core; merges in order with a bounded look-ahead. */
    private void plain(Path file, long size, String label, ChunkMerge merge, FileChecksum sum)
            throws IOException, InterruptedException, ExecutionException {
        long blocks = (size + chunk - 1) / chunk;
        ArrayDeque<Future<ChunkTally>> inflight = new ArrayDeque<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            try {
                for (long i = 0; i < blocks; i++) {
                    long start = i * chunk;
                    inflight.add(POOL.submit(() -> block(ch, size, start, label)));
                    if (inflight.size() >= 2 * THREADS) {
                        take(inflight.poll().get(), merge, sum);
                    }
                }
                while (!inflight.isEmpty()) {
                    take(inflight.poll().get(), merge, sum);
                }
            } finally {
                for (Future<ChunkTally> f : inflight) {
                    f.cancel(true);   // on failure, nothing may go on reading a closed channel
                }
            }
        }
        merge.end(null);
    }

    private void take(ChunkTally t, ChunkMerge merge, FileChecksum sum) {
        merge.add(t);
        for (int i = 0; i < t.leaves; i++) {
            sum.add(t.leafHashes[2 * i], t.leafHashes[2 * i + 1]);
        }
        progress.addRows(t.accepted + t.rejects.size());
    }

    /**
     * Reads block [start, start + chunk) window by window ({@link FileChecksum#BLOCK} bytes, so that
     * each window is hashed and scanned while it is in the core's cache), plus what finishes the
     * last line that starts in the block; the block's first bytes up to a newline belong to the
     * line the block before finishes.
     */
    private ChunkTally block(FileChannel ch, long size, long start, String label) throws IOException {
        ChunkTally t = new ChunkTally();
        GdeltChunk lines = new GdeltChunk(keys, countries, label, watches, format);
        long end = Math.min(size, start + chunk);
        int window = Math.min(chunk, FileChecksum.BLOCK);
        byte[] buf = WINDOW.get();
        long[] h = new long[2];
        boolean skipping = start > 0 && oneByte(ch, start - 1) != '\n';
        int carry = 0;
        long pos = start;
        while (true) {
            boolean inBlock = pos < end;
            if (!inBlock && (skipping || carry == 0)) {
                break;
            }
            int want = (int) Math.min(window, inBlock ? end - pos : size - pos);
            if (buf.length < carry + want + 1 + GdeltChunk.SLACK) {
                buf = Arrays.copyOf(buf, Math.max(2 * buf.length, carry + want + 1 + GdeltChunk.SLACK));
                WINDOW.set(buf);
            }
            int n = want > 0 ? fill(ch, buf, carry, pos, want) : 0;
            if (inBlock) {
                if (hashing) {
                    FileChecksum.block(buf, carry, n, h);
                    t.leaf(h);
                }
                progress.addBytes(n);
            }
            if (n == 0) {   // the end of the file: its last line has no newline
                if (carry > 0 && !skipping) {
                    buf[carry] = '\n';
                    lines.scan(buf, 0, carry + 1, t);
                }
                break;
            }
            int len = carry + n;
            int from = 0;
            if (skipping) {
                int nl = indexOf(buf, carry, len);
                if (nl < 0) {
                    carry = 0;   // still inside the line the block before finishes
                    pos += n;
                    continue;
                }
                skipping = false;
                from = nl + 1;
            }
            if (inBlock) {
                int last = lastNewline(buf, from, len);
                if (last >= 0) {
                    lines.scan(buf, from, last + 1, t);
                    from = last + 1;
                }
            } else {
                int nl = indexOf(buf, carry, len);   // past the block: only the line that started in it
                if (nl >= 0) {
                    lines.scan(buf, 0, nl + 1, t);
                    break;
                }
            }
            carry = len - from;
            System.arraycopy(buf, from, buf, 0, carry);
            pos += n;
        }
        return t;
    }

    /** A window buffer per worker thread, reused. */
    private static final ThreadLocal<byte[]> WINDOW = ThreadLocal.withInitial(() -> new byte[2 * FileChecksum.BLOCK]);

    private static int oneByte(FileChannel ch, long pos) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return ch.read(one, pos) == 1 ? one.get(0) : -1;
    }

    private static int indexOf(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int lastNewline(byte[] buf, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A direct buffer per worker thread, reused, of 128 KiB (small enough to stay in a core's cache
     * between the kernel's copy and ours): reading into a heap array makes the JDK read into
     * a scratch native buffer anyway, and fresh memory for each block costs page faults.
     */
    private static final ThreadLocal<ByteBuffer> DIRECT = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(1 << 17));

    /** Reads {@code len} bytes at {@code pos} (fewer at the end of the file) into buf; returns how many. */
    private static int fill(FileChannel ch, byte[] buf, int off, long pos, int len) throws IOException {
        ByteBuffer bb = DIRECT.get();
        int done = 0;
        while (done < len) {
            bb.clear().limit(Math.min(bb.capacity(), len - done));
            int r = ch.read(bb, pos + done);
            if (r <= 0) {
                break;
            }
            bb.flip().get(buf, off + done, r);
            done += r;
        }
        return done;
    }

    private byte[] buffer(int size) {
        byte[] b = free.poll();
        return b != null && b.length == size ? b : new byte[size];
    }

    /**
     * One thread inflates the file (checksumming the compressed bytes) and cuts it into chunks of
     * whole lines for the workers; this thread merges them in order.
     *
     * @return the checksum
     */
    private String inflating(Path file, Packing packing, String label, ChunkMerge merge)
            throws InterruptedException, ExecutionException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(THREADS + 1);
        String[] checksum = new String[1];
        Thread reader = new Thread(() -> produce(file, packing, label, queue, checksum), "gdelt-inflate");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object o = queue.take();
                if (o instanceof End end) {
                    if (end.failure() != null) {
                        throw EventStore.cannotRead(label, end.failure());
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
        } finally {
            reader.interrupt();   // on failure, a reader blocked on a full queue must not linger
        }
        return checksum[0];
    }

    /** The reader's last word: why the stream broke (a reject), or the error that stopped the reader itself. */
    private record End(String broken, Throwable failure) {
    }

    private void produce(Path file, Packing packing, String label, BlockingQueue<Object> queue, String[] checksum) {
        String broken = null;
        Throwable failure = null;
        try (FileChecksum.Reading raw = new FileChecksum.Reading(new CountingStream(Files.newInputStream(file), progress::addBytes))) {
            broken = chunks(raw, packing, label, queue);
            raw.transferTo(java.io.OutputStream.nullOutputStream());   // the checksum covers every byte
            checksum[0] = raw.checksum();
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

    /** Cuts the inflated stream into chunks of whole lines and submits them; returns why it broke, or null. */
    private String chunks(InputStream raw, Packing packing, String label, BlockingQueue<Object> queue)
            throws InterruptedException {
        int size = Math.min(chunk, INFLATED);
        byte[] buf = buffer(size + 1 + GdeltChunk.SLACK);
        int len = 0;
        try {
            InputStream in = packing == Packing.GZIP ? new GZIPInputStream(raw, 1 << 16) : firstMember(raw);
            while (true) {
                int n = in.read(buf, len, buf.length - 1 - GdeltChunk.SLACK - len);
                if (n < 0) {
                    break;
                }
                len += n;
                if (len == buf.length - 1 - GdeltChunk.SLACK) {
                    int cut = lastNewline(buf, len);
                    if (cut < 0) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                        continue;
                    }
                    byte[] next = buffer(Math.max(size, 2 * (len - cut)) + 1 + GdeltChunk.SLACK);
                    len = carry(buf, cut, len, next);
                    submit(buf, cut + 1, label, queue);
                    buf = next;
                }
            }
            if (len > 0) {
                buf[len++] = '\n';   // the last line, unterminated
                submit(buf, len, label, queue);
            }
            return null;
        } catch (IOException e) {
            int cut = lastNewline(buf, len);
            if (cut >= 0) {
                submit(buf, cut + 1, label, queue);
            }
            return FileReading.broken(e);
        }
    }

    /** @return the stream of a zip archive's first file member */
    private static InputStream firstMember(InputStream raw) throws IOException {
        java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(raw);
        for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory()) {
                return zip;
            }
        }
        throw new IOException("the archive holds no file");
    }

    private static int carry(byte[] buf, int cut, int len, byte[] next) {
        int rest = len - cut - 1;
        System.arraycopy(buf, cut + 1, next, 0, rest);
        return rest;
    }

    private void submit(byte[] buf, int len, String label, BlockingQueue<Object> queue) throws InterruptedException {
        queue.put(POOL.submit(() -> {
            ChunkTally t = new GdeltChunk(keys, countries, label, watches, format).scan(buf, 0, len);
            free.offer(buf);
            return t;
        }));
    }

    private static int lastNewline(byte[] buf, int len) {
        return lastNewline(buf, 0, len);
    }
}
