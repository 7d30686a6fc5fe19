package org.entente.events;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import net.openhft.hashing.LongTupleHashFunction;

/**
 * The checksum by which the ledger recognises a file it has seen: a two-level XXH3-128 tree
 * hash. The file's bytes are cut into blocks of {@link #BLOCK} bytes (the last one shorter);
 * each block gets its XXH3-128 (Collet, xxHash, 2019; computed with the zero-allocation-hashing
 * library), and the checksum is the XXH3-128 of the blocks' hashes in order followed by the file's
 * length, written as 32 hexadecimal digits. Blocks can be hashed on different cores in any order,
 * which is what lets the fast reader checksum a file at the speed it reads it; XXH3 runs at
 * several gigabytes a second a core where SHA-256 managed about one.
 *
 * <p>XXH3 is not a cryptographic hash: it identifies files (two different files share a
 * 128-bit checksum with probability about n²/2¹²⁹), it does not resist someone who crafts a
 * collision on purpose — which for a ledger of one's own downloads is not a threat.
 */
public final class FileChecksum {

    /** The block size: 1 MiB. */
    public static final int BLOCK = 1 << 20;

    private static final LongTupleHashFunction XXH128 = LongTupleHashFunction.xx128();

    private long[] leaves = new long[32];
    private int count;

    /**
     * Hashes one block.
     *
     * @param b   the bytes
     * @param off where the block starts
     * @param len its length: {@link #BLOCK}, or less for a file's last block
     * @param out two longs receiving the block's hash
     */
    public static void block(byte[] b, int off, int len, long[] out) {
        XXH128.hashBytes(b, off, len, out);
    }

    /**
     * Adds the next block's hash.
     *
     * @param h0 first half
     * @param h1 second half
     */
    public void add(long h0, long h1) {
        if (2 * count + 2 > leaves.length) {
            leaves = Arrays.copyOf(leaves, leaves.length * 2);
        }
        leaves[2 * count] = h0;
        leaves[2 * count + 1] = h1;
        count++;
    }

    /**
     * @param size the file's length in bytes
     * @return the checksum of a file whose blocks' hashes were added in order
     */
    public String finish(long size) {
        ByteBuffer bb = ByteBuffer.allocate(16 * count + 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 2 * count; i++) {
            bb.putLong(leaves[i]);
        }
        bb.putLong(size);
        long[] h = XXH128.hashBytes(bb.array());
        return HexFormat.of().formatHex(ByteBuffer.allocate(16).putLong(h[1]).putLong(h[0]).array());
    }

    /**
     * @param file a file
     * @return its checksum
     * @throws IOException when it cannot be read
     */
    public static String of(Path file) throws IOException {
        try (Reading in = new Reading(Files.newInputStream(file))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return in.checksum();
        }
    }

    /** Passes a stream through, computing the checksum of every byte read. */
    public static final class Reading extends FilterInputStream {
        private final FileChecksum sum = new FileChecksum();
        private final byte[] block = new byte[BLOCK];
        private final long[] out = new long[2];
        private int filled;
        private long size;

        /** @param in the stream of the file's bytes, as stored */
        public Reading(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            for (int done = 0; done < n; ) {
                int k = Math.min(n - done, BLOCK - filled);
                System.arraycopy(b, off + done, block, filled, k);
                filled += k;
                done += k;
                if (filled == BLOCK) {
                    flush();
                }
            }
            size += Math.max(n, 0);
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }

        private void flush() {
            block(block, 0, filled, out);
            sum.add(out[0], out[1]);
            filled = 0;
        }

        /** @return false: bytes read again after a reset would be hashed twice */
        @Override
        public boolean markSupported() {
            return false;
        }

        /** @return how many bytes have been read so far */
        public long size() {
            return size;
        }

        /** @return the checksum of the bytes read so far, taken as the whole file */
        public String checksum() {
            if (filled > 0) {
                flush();
            }
            return sum.finish(size);
        }
    }
}
