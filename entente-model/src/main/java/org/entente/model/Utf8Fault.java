package org.entente.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first byte of a text that is not UTF-8, placed as an editor shows it: line and column
 * (1-based, columns counted in characters), so that a file saved in Latin-1 is reported at its
 * first accented letter rather than as unreadable.
 *
 * @param offset where the byte is in the file
 * @param line   its line
 * @param column its column
 * @param value  the byte, 0 to 255
 */
public record Utf8Fault(int offset, int line, int column, int value) {

    /**
     * @param bytes a file's bytes
     * @return the first byte that breaks UTF-8, or empty when the whole text is UTF-8
     */
    public static Optional<Utf8Fault> find(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // the decoder stops at the first byte of a broken sequence (a Latin-1 'é', not the space after it)
        if (!d.decode(in, CharBuffer.allocate(bytes.length + 1), true).isError()) {
            return Optional.empty();
        }
        int at = Math.min(in.position(), bytes.length - 1);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
        return Optional.of(new Utf8Fault(at, line, before.codePointCount(0, before.length()) + 1, bytes[at] & 0xFF));
    }
}
