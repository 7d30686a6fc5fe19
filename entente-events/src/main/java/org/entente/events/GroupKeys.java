package org.entente.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.events.cameo.EventDimension;

/**
 * The rollup's group key ({@link Rollup.Key} for one source) packed into a long, and the lookup
 * tables that let the fast GDELT reader build it from bytes: states are numbered 1..n (0 = no
 * state), a three-letter CAMEO country code finds its state in a 26³ table, and a CAMEO code's
 * event dimension is looked up by its length and value. Bits from the top: actor 1 (10), actor 2
 * (10), month as year × 12 + month − 1 (17), root (5), quad class (3), dimension (4).
 */
final class GroupKeys {

    private static final EventDimension[] DIMENSIONS = EventDimension.values();

    private final String[] states;
    /** The states' ISO3 codes as UTF-8 bytes, by number, for the report keys ({@link ReportKey}). */
    private final byte[][] stateBytes;
    private final Map<String, Integer> stateIndex = new HashMap<>();
    private final short[] byCameo = new short[26 * 26 * 26];
    private final byte[] dimensions = new byte[5 * 10_000];
    private final Countries countries;

    GroupKeys(Countries countries) {
        this.countries = countries;
        // every state a CAMEO code maps to, sorted, after 0 for none
        TreeSet<String> all = new TreeSet<>(countries.states());
        all.remove("");
        List<String> list = new ArrayList<>(all);
        list.add(0, "");
        states = list.toArray(String[]::new);
        stateBytes = new byte[states.length][];
        for (int i = 0; i < states.length; i++) {
            stateIndex.put(states[i], i);
            stateBytes[i] = states[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        for (int i = 0; i < byCameo.length; i++) {
            String triple = "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            byCameo[i] = (short) state(countries.fromCameo(triple));
        }
        for (int len = 2; len <= 4; len++) {
            int n = len == 2 ? 100 : len == 3 ? 1000 : 10_000;
            for (int v = 0; v < n; v++) {
                String code = Integer.toString(n + v).substring(1);
                dimensions[len * 10_000 + v] = (byte) (int) EventDimension.of(code).map(d -> d.ordinal() + 1).orElse(0);
            }
        }
    }

    /** @return the states by number (0 is no state, the empty string), for decoding packed keys in SQL */
    List<String> states() {
        return List.of(states);
    }

    /** @return the event dimensions' ids by number (0 is none, the empty string) */
    static List<String> dimensionIds() {
        List<String> out = new ArrayList<>();
        out.add("");
        for (EventDimension d : DIMENSIONS) {
            out.add(d.id());
        }
        return out;
    }

    /** @return the ISO3 code of state number {@code i} as bytes (not to be changed) */
    byte[] stateBytes(int i) {
        return stateBytes[i];
    }

    /** @return a state's number, 0 for no state */
    int state(String iso3) {
        Integer i = stateIndex.get(iso3);
        if (i == null) {
            throw new IllegalStateException("state " + iso3 + " is not in the cross-walk");
        }
        return i;
    }

    /** @return a state's number, or -1 when it is not one the cross-walk maps to (a watch can name such a state) */
    int stateOrNone(String iso3) {
        return stateIndex.getOrDefault(iso3, -1);
    }

    /** @return the state of a CAMEO country code given as bytes, 0 for none */
    int stateOfCameo(byte[] b, int from, int to) {
        if (to == from) {
            return 0;
        }
        if (to - from == 3) {
            int x = b[from] - 'A';
            int y = b[from + 1] - 'A';
            int z = b[from + 2] - 'A';
            if ((x | y | z) >= 0 && x < 26 && y < 26 && z < 26) {
                return byCameo[x * 676 + y * 26 + z];
            }
        }
        return state(countries.fromCameo(new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** @return the dimension number (0 none, else ordinal + 1) of a code of 2 to 4 digits with this value */
    int dimension(int length, int value) {
        return dimensions[length * 10_000 + value];
    }

    // The layout of a packed group key, low bits first: dimension (4 bits), quad class (3), CAMEO
    // root (5), month (17), second state (10), first state (10); a volume key is state, then month.
    // key() and unpack() here, and the SQL that decodes keys in the store (BatchWriter), use these.
    static final int QUAD_SHIFT = 4;
    static final int ROOT_SHIFT = 7;
    static final int MONTH_SHIFT = 12;
    static final int ACTOR2_SHIFT = 29;
    static final int ACTOR1_SHIFT = 39;
    static final int DIMENSION_MASK = 15;
    static final int QUAD_MASK = 7;
    static final int ROOT_MASK = 31;
    static final int MONTH_MASK = 0x1ffff;
    static final int STATE_MASK = 1023;
    /** In a volume key, the state sits above the month. */
    static final int VOLUME_STATE_SHIFT = 17;

    static long key(int actor1, int actor2, int month, int root, int quad, int dimension) {
        return (long) actor1 << ACTOR1_SHIFT | (long) actor2 << ACTOR2_SHIFT | (long) month << MONTH_SHIFT
                | root << ROOT_SHIFT | quad << QUAD_SHIFT | dimension;
    }

    static long volumeKey(int state, int month) {
        return (long) state << VOLUME_STATE_SHIFT | month;
    }

    /** @return SQL for one field of the packed key in column {@code k} */
    static String sqlField(int shift, int mask) {
        return "((k >> " + shift + ") & " + mask + ")";
    }

    /** @return SQL for the first day of a month number (as {@link #month} gives it) */
    static String sqlFirstDay(String month) {
        return "make_date(" + month + " // 12, " + month + " % 12 + 1, 1)";
    }

    /** @return the day as the number YYYYMMDD, as GDELT writes it */
    static int yyyymmdd(LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** @return the day a YYYYMMDD number names */
    static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    /** @return the month number of a day, year × 12 + month − 1 */
    static int month(int yyyymmdd) {
        return yyyymmdd / 10_000 * 12 + yyyymmdd / 100 % 100 - 1;
    }

    private static LocalDate firstDay(int month) {
        return LocalDate.of(month / 12, month % 12 + 1, 1);
    }

    /** @return the rollup key a packed key stands for */
    Rollup.Key unpack(String source, long k) {
        int dim = (int) (k & DIMENSION_MASK);
        int quad = (int) (k >>> QUAD_SHIFT & QUAD_MASK);
        int root = (int) (k >>> ROOT_SHIFT & ROOT_MASK);
        int month = (int) (k >>> MONTH_SHIFT & MONTH_MASK);
        int a2 = (int) (k >>> ACTOR2_SHIFT & STATE_MASK);
        int a1 = (int) (k >>> ACTOR1_SHIFT & STATE_MASK);
        return new Rollup.Key(source, states[a1], states[a2], firstDay(month), root < 10 ? "0" + root : "" + root, quad,
                dim == 0 ? "" : DIMENSIONS[dim - 1].id());
    }

    /** @return the volume key ({@link Rollup#volumes()}) a packed one stands for */
    Rollup.Key unpackVolume(String source, long k) {
        return new Rollup.Key(source, states[(int) (k >>> VOLUME_STATE_SHIFT)], "", firstDay((int) (k & MONTH_MASK)), "",
                0, "");
    }
}
