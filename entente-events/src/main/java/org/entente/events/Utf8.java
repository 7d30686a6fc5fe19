package org.entente.events;

/**
 * Checks bytes for well-formed UTF-8 in place, without decoding them: the byte sequences of
 * the Unicode Standard's table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF),
 * which are exactly the ones Java's strict UTF-8 decoder accepts. Lets the fast reader keep a
 * line with accented names on the fast path instead of decoding it to a string.
 */
final class Utf8 {

    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /** @return whether {@code b[from, to)} is well-formed UTF-8 */
    static boolean valid(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to && ((long) WORDS.get(b, i) & 0x8080808080808080L) == 0) {
            i += 8;   // ASCII, eight bytes at a time
        }
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            int n;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                n = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                n = 2;
                lo = c == 0xe0 ? 0xa0 : 0x80;
                hi = c == 0xed ? 0x9f : 0xbf;
            } else if (c >= 0xf0 && c <= 0xf4) {
                n = 3;
                lo = c == 0xf0 ? 0x90 : 0x80;
                hi = c == 0xf4 ? 0x8f : 0xbf;
            } else {
                return false;
            }
            if (i + n >= to) {
                return false;
            }
            int second = b[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return false;
            }
            for (int j = 2; j <= n; j++) {
                if ((b[i + j] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
