package org.entente.events;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads one chunk of a GDELT file (2.0 or 1.0; whole lines) straight from its bytes into a
 * {@link ChunkTally}. A line is split by finding its tabs once; only the columns the rollup
 * needs are parsed, in place, with no object per row. Any line that is not plainly valid (bytes
 * that are not UTF-8, a trailing CR, a wrong column count, a field the quick checks do not accept)
 * or that belongs to a watched dyad is handed to the row-by-row reader ({@link GdeltRows}), so
 * that rejects, their reasons and the kept events are exactly what that reader gives.
 */
final class GdeltChunk {

    /** Bytes a chunk buffer needs after its last line, since lines are read eight bytes at a time. */
    static final int SLACK = 8;
    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final GroupKeys keys;
    private final boolean v2;
    /** Tabs in the line being read. */
    private int tabCount;
    private final GdeltRows rows;
    private final String label;
    private final List<Watch> watches;
    private final int[] watchStates;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int[] start = new int[NEEDED + 16];
    /** Where the line being read ends (its newline). */
    private int lineEnd;
    private final long[] hash = new long[2];
    private final ReportKey report = new ReportKey();

    /**
     * @param format {@link EventFormat#GDELT2} (61 columns) or {@link EventFormat#GDELT1} (57, or 58
     *               with SOURCEURL last); the first 35 columns, all the fast path parses, are the same
     */
    GdeltChunk(GroupKeys keys, Countries countries, String label, List<Watch> watches, EventFormat format) {
        this.keys = keys;
        this.v2 = format == EventFormat.GDELT2;
        this.rows = new GdeltRows(format, countries);
        this.label = label;
        this.watches = watches;
        this.watchStates = new int[watches.size() * 2];
        for (int i = 0; i < watches.size(); i++) {
            watchStates[2 * i] = keys.stateOrNone(watches.get(i).a());
            watchStates[2 * i + 1] = keys.stateOrNone(watches.get(i).b());
        }
    }

    /**
     * @param buf  the bytes; {@code buf[to - 1]} is a newline, and {@link #SLACK} bytes follow it
     * @param from where the first line starts
     * @param to   after the last line's newline
     * @return the chunk's tally, line numbers counted from 1 at {@code from}
     */
    ChunkTally scan(byte[] buf, int from, int to) {
        ChunkTally t = new ChunkTally();
        scan(buf, from, to, t);
        return t;
    }

    /**
     * Adds lines to a tally, line numbers going on from the tally's count.
     *
     * @param buf  the bytes; {@code buf[to - 1]} is a newline, and {@link #SLACK} bytes follow it
     * @param from where the first line starts
     * @param to   after the last line's newline
     * @param t    the tally
     */
    void scan(byte[] buf, int from, int to, ChunkTally t) {
        int[] s = start;
        int p = from;
        while (p < to) {
            // SWAR (Lamport 1975; Mycroft's exact zero-byte test): eight bytes per step, a flag in
            // bit 7 of each byte that is a tab or a newline; bytes outside ASCII are OR-ed into hi.
            // The first NEEDED tabs have their places recorded, four per word without a branch on
            // how many there are; after them tabs are only counted.
            int i = p;
            int k = 0;
            long hi = 0;
            s[0] = p;
            long w;
            long tabs;
            long nls;
            while (true) {
                w = (long) WORDS.get(buf, i);
                tabs = zeroBytes(w ^ 0x0909090909090909L);
                nls = zeroBytes(w ^ 0x0A0A0A0A0A0A0A0AL);
                int c = Long.bitCount(tabs);
                if (nls != 0 || k + c >= NEEDED) {
                    break;
                }
                hi |= w;
                long x = tabs;
                int at = i + 1;
                s[k + 1] = at + (Long.numberOfTrailingZeros(x) >>> 3);   // past a word's last tab: harmless
                x &= x - 1;
                s[k + 2] = at + (Long.numberOfTrailingZeros(x) >>> 3);
                x &= x - 1;
                s[k + 3] = at + (Long.numberOfTrailingZeros(x) >>> 3);
                x &= x - 1;
                s[k + 4] = at + (Long.numberOfTrailingZeros(x) >>> 3);
                if (c > 4) {
                    x &= x - 1;
                    for (int j = k + 5; x != 0; j++) {
                        s[j] = at + (Long.numberOfTrailingZeros(x) >>> 3);
                        x &= x - 1;
                    }
                }
                k += c;
                i += 8;
            }
            if (nls == 0) {
                // the word holding the NEEDED-th tab: record up to it, count the rest
                hi |= w;
                while (k < NEEDED) {
                    s[++k] = i + (Long.numberOfTrailingZeros(tabs) >>> 3) + 1;
                    tabs &= tabs - 1;
                }
                k += Long.bitCount(tabs);
                i += 8;
                while (true) {
                    w = (long) WORDS.get(buf, i);
                    tabs = zeroBytes(w ^ 0x0909090909090909L);
                    nls = zeroBytes(w ^ 0x0A0A0A0A0A0A0A0AL);
                    if (nls != 0) {
                        break;
                    }
                    hi |= w;
                    k += Long.bitCount(tabs);
                    i += 8;
                }
            }
            // the word with the newline: only the bytes before it count
            long before = (nls & -nls) - 1;
            tabs &= before;
            hi |= w & before;
            while (tabs != 0 && k < NEEDED) {
                s[++k] = i + (Long.numberOfTrailingZeros(tabs) >>> 3) + 1;
                tabs &= tabs - 1;
            }
            k += Long.bitCount(tabs);
            i += Long.numberOfTrailingZeros(nls) >>> 3;
            t.lines++;
            if (i > p) {
                lineEnd = i;
                tabCount = k;
                if ((v2 ? k != 60 : k != 56 && k != 57) || buf[i - 1] == '\r' || (hi & 0x8080808080808080L) != 0 && !Utf8.valid(buf, p, i)
                        || !fast(t, buf)) {
                    slow(t, buf, p, i);
                }
            }
            p = i + 1;
        }
    }

    /**
     * @return where the line's last field (SOURCEURL) starts: after its last tab, found eight bytes
     * at a time back from the line's end (a checked line has 60 tabs, or 57 in GDELT 1.0 with SOURCEURL, so one is found in the line)
     */
    private int lastField(byte[] b) {
        for (int at = lineEnd - 8; ; at -= 8) {
            long t = zeroBytes((long) WORDS.get(b, at) ^ 0x0909090909090909L);
            if (t != 0) {
                return at + ((63 - Long.numberOfLeadingZeros(t)) >>> 3) + 1;
            }
        }
    }

    /** @return 0x80 in each byte of x that is zero, 0 elsewhere (exact: no false flags) */
    private static long zeroBytes(long x) {
        return ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
    }

    /** Fields whose places are recorded: 0 to 34 (AvgTone), and where field 35 starts. */
    private static final int NEEDED = 35;

    private int end(int field) {
        return start[field + 1] - 1;
    }

    /** Reads a row whose first fields are in {@link #start}, or returns false having changed nothing. */
    private boolean fast(ChunkTally t, byte[] b) {
        int[] s = start;
        long id = id(b, s[0], end(0));
        if (id < 0) {
            return false;
        }
        int date = date(b, s[1], end(1));
        int codeLen = end(26) - s[26];
        int code = whole(b, s[26], end(26), 4);
        if (date < 0 || code < 0 || codeLen < 2 || end(28) - s[28] != 2 || b[s[28]] != b[s[26]]
                || b[s[28] + 1] != b[s[26] + 1] || end(29) - s[29] != 1) {
            return false;
        }
        int root = (b[s[26]] - '0') * 10 + b[s[26] + 1] - '0';
        int quad = b[s[29]] - '0';
        double g = decimal(b, s[30], end(30));
        int m = whole(b, s[31], end(31), 9);
        int src = whole(b, s[32], end(32), 9);
        int art = whole(b, s[33], end(33), 9);
        double tone = decimal(b, s[34], end(34));
        if (root < 1 || root > 20 || quad < 1 || quad > 4 || !(g >= -10 && g <= 10) || (m | src | art) < 0
                || Double.isNaN(tone)) {
            return false;
        }
        int a1 = keys.stateOfCameo(b, s[7], end(7));
        int a2 = keys.stateOfCameo(b, s[17], end(17));
        if (a1 != 0 && a2 != 0 && watched(a1, a2)) {
            return false;
        }
        t.ids.add(id);
        int month = accept(t, date, a1, a2);
        if (a1 != 0 && a2 != 0) {
            report.start(date);
            byte[] x = keys.stateBytes(a1);
            report.add(x, 0, x.length);
            byte[] y = keys.stateBytes(a2);
            report.add(y, 0, y.length);
            report.add(b, s[26], end(26));
            if (v2 || tabCount == 57) {
                report.add(b, lastField(b), lineEnd);   // SOURCEURL
            } else {
                report.add(b, lineEnd, lineEnd);   // GDELT 1.0 historical rows have none
            }
            report.finish(hash);
            long key = GroupKeys.key(a1, a2, month, root, quad, keys.dimension(codeLen, code));
            t.row(key, g, m, src, art, tone, hash);
        }
        return true;
    }

    /**
     * Counts an accepted row, its date and its states' volumes, and a dyadic row as such (both
     * readers count through here).
     *
     * @return the row's month key ({@link GroupKeys#month})
     */
    private static int accept(ChunkTally t, int date, int a1, int a2) {
        t.accepted++;
        t.date(date);
        int month = GroupKeys.month(date);
        volumes(t, a1, a2, month);
        if (a1 != 0 && a2 != 0) {
            t.dyadic++;
        }
        return month;
    }

    private static void volumes(ChunkTally t, int a1, int a2, int month) {
        if (a1 != 0) {
            t.volume(a1, month);
        }
        if (a2 != 0 && a2 != a1) {
            t.volume(a2, month);
        }
    }

    private boolean watched(int a1, int a2) {
        for (int i = 0; i < watchStates.length; i += 2) {
            int x = watchStates[i];
            int y = watchStates[i + 1];
            if (a1 == x && a2 == y || a1 == y && a2 == x) {
                return true;
            }
        }
        return false;
    }

    /** Reads a line the way {@link FileReading} does: strict UTF-8, then {@link GdeltRows}. */
    private void slow(ChunkTally t, byte[] buf, int from, int end) {
        int stop = end > from && buf[end - 1] == '\r' ? end - 1 : end;
        String text;
        try {
            text = LineReader.strict(buf, from, stop, decoder);
        } catch (BadRowException e) {
            t.rejects.add(new Reject(label, t.lines, e.getMessage(),
                    new String(buf, from, stop - from, StandardCharsets.UTF_8)));
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        Event e;
        try {
            e = rows.read(Fields.split(text, '\t'));
        } catch (BadRowException | IllegalArgumentException x) {
            t.rejects.add(new Reject(label, t.lines, x.getMessage(), text));
            return;
        }
        account(t, e);
        if (Watch.anyCovers(watches, e)) {
            t.watched.add(new FileBatch.Located(label, t.lines, e));
            FileBatch.checkHeld(label, t.watched.size());
        }
    }

    /** Counts an event read row by row exactly as {@link #fast} counts one read from bytes. */
    private void account(ChunkTally t, Event e) {
        int date = GroupKeys.yyyymmdd(e.date());
        int a1 = keys.state(e.actor1());
        int a2 = keys.state(e.actor2());
        long id = FileBatch.id(e.id());
        if (id >= 0) {
            t.ids.add(id);
        }
        int month = accept(t, date, a1, a2);
        if (a1 != 0 && a2 != 0) {
            report.of(e, hash);
            long key = GroupKeys.key(a1, a2, month, Integer.parseInt(e.root()), e.quadClass(),
                    keys.dimension(e.code().length(), Integer.parseInt(e.code())));
            t.row(key, e.goldstein(), e.mentions().getAsInt(), e.sources().getAsInt(), e.articles().getAsInt(),
                    e.tone().getAsDouble(), hash);
        }
    }

    /** @return the value of an event id of 1 to 18 ASCII digits, or -1 */
    private static long id(byte[] b, int from, int to) {
        return digits(b, from, to, 18);
    }

    /** @return the value of 1 to {@code max} (at most 9) ASCII digits, or -1 */
    private static int whole(byte[] b, int from, int to, int max) {
        return (int) digits(b, from, to, max);
    }

    /** @return the value of 1 to {@code max} (at most 18) ASCII digits, or -1 */
    private static long digits(byte[] b, int from, int to, int max) {
        int n = to - from;
        if (n < 1 || n > max) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** @return YYYYMMDD of a real date written as 8 digits, or -1 */
    private static int date(byte[] b, int from, int to) {
        int v = to - from == 8 ? whole(b, from, to, 8) : -1;
        int y = v / 10_000;
        int m = v / 100 % 100;
        int d = v % 100;
        if (v < 0 || m < 1 || m > 12 || d < 1) {
            return -1;
        }
        boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        int days = m == 2 ? (leap ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
        return d <= days ? v : -1;
    }

    /**
     * Parses {@code -?D+(.D+)?}, else NaN (the row then goes the slow way).
     * With at most 15 digits the integer m is exact in a double, and so is 10^k; one IEEE division
     * is correctly rounded, so m / 10^k is the double nearest the decimal, exactly what
     * {@link Double#parseDouble} returns (Clinger 1990, "How to read floating point numbers accurately").
     */
    static double decimal(byte[] b, int from, int to) {
        boolean neg = from < to && b[from] == '-';
        long m = 0;
        int digits = 0;
        int frac = -1;
        for (int i = neg ? from + 1 : from; i < to; i++) {
            int c = b[i] - '0';
            if (c >= 0 && c <= 9) {
                m = m * 10 + c;
                digits++;
                frac += frac >= 0 ? 1 : 0;
            } else if (b[i] == '.' && frac < 0 && digits > 0) {
                frac = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || frac == 0) {
            return Double.NaN;
        }
        if (digits > 15) {
            // beyond 15 digits m / 10^k may round twice; parse as the row-by-row reader does
            return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        }
        double d = frac < 0 ? m : m / POW10[frac];
        return neg ? -d : d;
    }
}
