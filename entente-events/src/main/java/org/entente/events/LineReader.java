package org.entente.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream line by line and decodes each line strictly as UTF-8, so that a broken
 * byte sequence spoils only its own line: {@link #next()} throws {@link BadRowException} naming
 * the byte, and the following call reads on. A trailing CR is dropped.
 */
final class LineReader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private long lineNo;
    private String raw = "";
    private boolean eof;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** @return the number of the line last returned or rejected, 1-based */
    long lineNo() {
        return lineNo;
    }

    /** @return the last line read, decoded leniently (for reports when it was rejected) */
    String raw() {
        return raw;
    }

    /**
     * @return the next line, or null at the end of the stream
     * @throws IOException         when the stream breaks (a truncated archive); the partial line is lost
     * @throws BadRowException     when the line is not valid UTF-8
     */
    String next() throws IOException {
        int nl = find();
        while (nl < 0 && !eof) {
            fill();
            nl = find();
        }
        if (nl < 0 && start == end) {
            return null;
        }
        int lineEnd = nl < 0 ? end : nl;
        int stop = lineEnd > start && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        int from = start;
        start = nl < 0 ? end : nl + 1;
        lineNo++;
        return decode(from, stop);
    }

    private int find() {
        for (int i = start; i < end; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private String decode(int from, int to) {
        try {
            raw = strict(buf, from, to, decoder);
            return raw;
        } catch (BadRowException e) {
            raw = new String(buf, from, to - from, StandardCharsets.UTF_8);
            throw e;
        }
    }

    /**
     * Decodes bytes as UTF-8, strictly.
     *
     * @param buf     the bytes
     * @param from    first byte of the line
     * @param to      after its last byte (the terminator excluded)
     * @param decoder a strict UTF-8 decoder, reset here
     * @return the text
     * @throws BadRowException naming the first byte (1-based) that is not UTF-8
     */
    static String strict(byte[] buf, int from, int to, CharsetDecoder decoder) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = buf[i] >= 0;
        }
        if (ascii) {
            return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        ByteBuffer bb = ByteBuffer.wrap(buf, from, to - from);
        CharBuffer cb = CharBuffer.allocate(to - from);
        decoder.reset();
        CoderResult r = decoder.decode(bb, cb, true);
        if (r.isError()) {
            throw new BadRowException("invalid UTF-8 at byte " + (bb.position() - from + 1) + " of the line");
        }
        cb.flip();
        if (cb.length() > 0 && cb.charAt(0) == '\uFEFF') {
            cb.get();   // a byte-order mark (editors put one before the first line): not data
        }
        return cb.toString();
    }
}
