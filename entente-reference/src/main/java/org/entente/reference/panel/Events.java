package org.entente.reference.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.reference.data.Bundle;
import org.entente.reference.data.Tsv;

/**
 * The small bundled tables read as lists of spells: rivalries, contiguity and leaders' terms.
 *
 * @param tdRivalries  Thompson-Dreyer strategic rivalries
 * @param tssRivalries the second rivalry list
 * @param contiguity   direct contiguity spells
 * @param leaders      leaders' terms
 */
record Events(List<Spell> tdRivalries, List<Spell> tssRivalries, List<Spell> contiguity, List<Spell> leaders) {

    /**
     * A relation between two codes (or one, with b = 0) over a span of years.
     *
     * @param a     first code
     * @param b     second code, 0 for single-state spells
     * @param from  first year
     * @param to    last year (inclusive)
     * @param kinds the spell's types, e.g. rivalry types or the contiguity type
     */
    record Spell(int a, int b, int from, int to, List<String> kinds) {

        boolean joins(int x, int y, int year) {
            return year >= from && year <= to && ((a == x && b == y) || (a == y && b == x));
        }
    }

    static Events load(Bundle bundle) {
        return new Events(td(bundle), tss(bundle), contiguity(bundle), leaders(bundle));
    }

    private static List<Spell> td(Bundle bundle) {
        List<Spell> out = new ArrayList<>();
        Tsv.read(bundle, "rivalries-td.tsv.gz", List.of("id", "name", "ccode1", "ccode2", "start", "end", "type1",
                "type2", "type3"), r -> out.add(new Spell(r.integer(2), r.integer(3), r.integer(4),
                endYear(r.integer(5)), nonEmpty(r.text(6), r.text(7), r.text(8)))));
        return out;
    }

    private static List<Spell> tss(Bundle bundle) {
        List<String> header = List.of("id", "name", "ccode1", "ccode2", "start", "end", "positional", "spatial",
                "ideological", "interventionary", "principal");
        List<Spell> out = new ArrayList<>();
        Tsv.read(bundle, "rivalries-tss.tsv.gz", header, r -> {
            List<String> kinds = new ArrayList<>();
            for (int i = 6; i <= 10; i++) {
                if (r.integer(i) == 1) {
                    kinds.add(header.get(i));
                }
            }
            out.add(new Spell(r.integer(2), r.integer(3), r.integer(4), endYear(r.integer(5)), kinds));
        });
        return out;
    }

    private static List<Spell> contiguity(Bundle bundle) {
        List<Spell> out = new ArrayList<>();
        Tsv.read(bundle, "contiguity.tsv.gz", List.of("ccode1", "ccode2", "type", "start", "end"), r ->
                out.add(new Spell(r.integer(0), r.integer(1), year(r, 3), year(r, 4), List.of(r.text(2)))));
        return out;
    }

    private static List<Spell> leaders(Bundle bundle) {
        List<Spell> out = new ArrayList<>();
        Tsv.read(bundle, "leaders.tsv.gz", List.of("cow", "leader", "start", "end", "entry", "exit"), r ->
                out.add(new Spell(r.integer(0), 0, year(r, 2), year(r, 3), List.of(r.text(1)))));
        return out;
    }

    /** An empty end year means the spell is still going on. */
    private static int endYear(int end) {
        return end == Tsv.MISSING ? Integer.MAX_VALUE : end;
    }

    private static int year(Tsv.Row r, int field) {
        String t = r.text(field);
        if (t.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        try {
            return LocalDate.parse(t).getYear();
        } catch (java.time.format.DateTimeParseException e) {
            throw r.error("'" + t + "' is not a date YYYY-MM-DD");
        }
    }

    private static List<String> nonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
