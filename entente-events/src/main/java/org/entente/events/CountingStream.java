package org.entente.events;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Passes bytes through, telling a counter how many went by (for progress: bytes of a file as stored). */
final class CountingStream extends FilterInputStream {

    private final LongConsumer counted;

    /**
     * @param in      the stream
     * @param counted told the number of bytes of each read or skip
     */
    CountingStream(InputStream in, LongConsumer counted) {
        super(in);
        this.counted = counted;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted.accept(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            counted.accept(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = in.skip(n);
        if (k > 0) {
            counted.accept(k);
        }
        return k;
    }
}
