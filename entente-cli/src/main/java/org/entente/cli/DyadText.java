package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.entente.model.Ordered;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadYear;
import org.entente.reference.panel.Partners;
import org.entente.reference.unvotes.Similarity;
import org.entente.reference.unvotes.UnIssue;

/** Prints the dyad panel as a compact table, as CSV with every column, or its sources. */
final class DyadText {

    /** Shown where a dataset does not cover a year: no data, never zero. */
    static final String NO_DATA = ".";

    private DyadText() {
    }

    /**
     * The JSON form of a panel.
     *
     * @param a        first state's ISO code
     * @param aName    its name
     * @param b        second state's ISO code
     * @param bName    its name
     * @param from     first year
     * @param to       last year
     * @param years    the rows
     * @param coverage what each dataset covers
     */
    record Panel(String a, String aName, String b, String bName, int from, int to, List<DyadYear> years,
                 List<Bundle.Dataset> coverage) {
    }

    static void table(Country a, Country b, List<DyadYear> rows, Bundle bundle, PrintWriter out) {
        out.println(a.name() + " (" + a.iso3() + ") \u2013 " + b.name() + " (" + b.iso3() + "), "
                + rows.get(0).year() + "\u2013" + rows.get(rows.size() - 1).year());
        out.printf("%4s %5s %6s %6s  %-5s %-5s %6s %6s %7s %7s %6s %6s %4s %-5s %4s %5s%n", "year", "agree", "S",
                "kappa", "A>B", "B>A", "armsAB", "armsBA", "impA", "impB", "depA%", "depB%", "igo", "rival", "mid",
                "cincA");
        for (DyadYear y : rows) {
            Similarity s = y.votes().map(DyadYear.Votes::all).orElse(null);
            out.printf("%4d %5s %6s %6s  %-5s %-5s %6s %6s %7s %7s %6s %6s %4s %-5s %4s %5s%n", y.year(),
                    s == null ? NO_DATA : num(s.agreement(), 2), s == null ? NO_DATA : num(s.s(), 3),
                    s == null ? NO_DATA : num(s.kappa(), 3),
                    y.alliance().map(al -> letters(al.aToB())).orElse(NO_DATA),
                    y.alliance().map(al -> letters(al.bToA())).orElse(NO_DATA),
                    y.arms().map(r -> "" + r.aToB()).orElse(NO_DATA), y.arms().map(r -> "" + r.bToA()).orElse(NO_DATA),
                    y.trade().map(t -> num(t.aImportsFromB(), 0)).orElse(NO_DATA),
                    y.trade().map(t -> num(t.bImportsFromA(), 0)).orElse(NO_DATA),
                    y.trade().map(t -> pct(t.dependenceA())).orElse(NO_DATA),
                    y.trade().map(t -> pct(t.dependenceB())).orElse(NO_DATA),
                    num(y.igos()), y.rivalry().map(r -> r.active() ? "yes" : "no").orElse(NO_DATA),
                    y.disputes().map(d -> "" + d.ongoing()).orElse(NO_DATA),
                    y.power().map(p -> num(p.shareA(), 2)).orElse(NO_DATA));
        }
        out.println();
        out.println("agree/S/kappa: UN General Assembly votes (raw agreement, Signorino-Ritter S, Cohen's kappa); "
                + "A>B, B>A: ATOP obligations (D defence, O offence, N neutrality, A non-aggression, C consultation, "
                + "- none); arms: SIPRI TIV millions delivered; imp: imports from the other, US$ millions; dep: "
                + "bilateral trade as % of own total trade; igo: shared IGO memberships; rival: strategic rivalry; "
                + "mid: militarised disputes under way; cincA: A's share of the dyad's capabilities. "
                + NO_DATA + " = no data for that year.");
        out.println("Coverage: " + bundle.datasets().stream().map(d -> d.id() + " " + d.from() + "\u2013" + d.to())
                .collect(Collectors.joining(", ")) + ". All columns: --format csv or json; sources: --sources.");
        out.flush();
    }

    static void csv(List<DyadYear> rows, PrintWriter out) {
        List<String> head = new ArrayList<>(List.of("year", "un_n", "un_agree", "un_s", "un_kappa", "un_pi"));
        for (UnIssue i : UnIssue.values()) {
            head.addAll(List.of("un_" + i.code() + "_n", "un_" + i.code() + "_s", "un_" + i.code() + "_kappa"));
        }
        head.addAll(List.of("atop_a_to_b", "atop_b_to_a", "cow_alliance", "arms_a_to_b", "arms_b_to_a",
                "arms_share_of_b_imports", "arms_share_of_a_imports", "trade_a_imports", "trade_b_imports",
                "dependence_a", "dependence_b", "igos", "rivalry_td", "rivalry_tss", "mids_ongoing", "mids_onsets",
                "mids_max_hostility", "cinc_a", "cinc_b", "cinc_share_a", "contiguity", "leader_entries_a",
                "leader_entries_b"));
        out.println(String.join(",", head));
        for (DyadYear y : rows) {
            List<String> f = new ArrayList<>();
            f.add("" + y.year());
            Similarity all = y.votes().map(DyadYear.Votes::all).orElse(null);
            f.addAll(all == null ? List.of("", "", "", "", "") : List.of("" + all.n(), raw(all.agreement()),
                    raw(all.s()), raw(all.kappa()), raw(all.pi())));
            for (UnIssue i : UnIssue.values()) {
                Similarity s = y.votes().map(v -> v.byIssue().get(i)).orElse(null);
                f.addAll(s == null ? List.of("", "", "") : List.of("" + s.n(), raw(s.s()), raw(s.kappa())));
            }
            f.add(y.alliance().map(a -> String.join("|", a.aToB())).orElse(""));
            f.add(y.alliance().map(a -> String.join("|", a.bToA())).orElse(""));
            f.add(y.alliance().flatMap(DyadYear.Alliance::cowType).orElse(""));
            f.add(y.arms().map(a -> "" + a.aToB()).orElse(""));
            f.add(y.arms().map(a -> "" + a.bToA()).orElse(""));
            f.add(y.arms().map(a -> raw(a.shareOfBImports())).orElse(""));
            f.add(y.arms().map(a -> raw(a.shareOfAImports())).orElse(""));
            f.add(y.trade().map(t -> raw(t.aImportsFromB())).orElse(""));
            f.add(y.trade().map(t -> raw(t.bImportsFromA())).orElse(""));
            f.add(y.trade().map(t -> raw(t.dependenceA())).orElse(""));
            f.add(y.trade().map(t -> raw(t.dependenceB())).orElse(""));
            f.add(y.igos().isPresent() ? "" + y.igos().getAsInt() : "");
            // a list that does not reach the year gives no data (empty), not "no"
            f.add(y.rivalry().filter(DyadYear.Rivalry::thompsonDreyerCovered)
                    .map(r -> r.thompsonDreyer().map(k -> k.isEmpty() ? "yes" : String.join("|", k)).orElse("no")).orElse(""));
            f.add(y.rivalry().filter(DyadYear.Rivalry::tssCovered)
                    .map(r -> r.tss().map(k -> k.isEmpty() ? "yes" : String.join("|", k)).orElse("no")).orElse(""));
            f.add(y.disputes().map(d -> "" + d.ongoing()).orElse(""));
            f.add(y.disputes().map(d -> "" + d.onsets()).orElse(""));
            f.add(y.disputes().map(d -> "" + d.highestHostility()).orElse(""));
            f.add(y.power().map(p -> raw(p.cincA())).orElse(""));
            f.add(y.power().map(p -> raw(p.cincB())).orElse(""));
            f.add(y.power().map(p -> raw(p.shareA())).orElse(""));
            f.add(y.contiguity().isPresent() ? "" + y.contiguity().getAsInt() : "");
            f.add(y.leaders().map(l -> "" + l.a()).orElse(""));
            f.add(y.leaders().map(l -> "" + l.b()).orElse(""));
            out.println(String.join(",", f));
        }
        out.flush();
    }

    static void sources(Bundle bundle, PrintWriter out, boolean json) {
        if (json) {
            Json.print(out, bundle.datasets());
            return;
        }
        for (Bundle.Dataset d : bundle.datasets()) {
            out.println(d.name() + " (" + d.version() + "), bundled years " + d.from() + "\u2013" + d.to() + " [" + d.id() + "]");
            OverviewText.wrap(out, "Cite: " + d.citation(), "    ");
            OverviewText.wrap(out, "Licence: " + d.licence() + "; " + d.url(), "    ");
        }
        out.flush();
    }

    static void partners(Country a, int year, Partners.Measure by, List<Partners.Partner> list, CountryTable countries,
                         PrintWriter out, boolean json) {
        boolean votes = by == Partners.Measure.UN_S;
        if (json) {
            Json.print(out, list.stream().map(p -> {
                Country c = countries.byCow(p.cow()).orElse(null);
                Object state = c == null ? "COW " + p.cow() : c.iso3();
                Object name = c == null ? "" : c.name();
                return votes ? Ordered.map("state", state, "name", name, "value", p.value(), "sharedVotes", p.n())
                        : Ordered.map("state", state, "name", name, "value", p.value(), "sharedVotes", p.n(),
                        "inbound", p.inbound(), "outbound", p.outbound());
            }).toList());
            return;
        }
        out.println(a.name() + "'s closest partners in " + year + " by " + by.id() + switch (by) {
            case TRADE -> ", in millions of current US dollars (COW Dyadic Trade):";
            case ARMS -> ", in SIPRI trend-indicator values (TIV, millions), deliveries:";
            default -> " (Signorino-Ritter S of UN General Assembly votes, -1 to 1):";
        });
        if (!votes) {
            out.printf("%-42s %10s %10s %10s%n", "", "both ways", "to " + a.iso3(), "from " + a.iso3());
        }
        int rank = 1;
        for (Partners.Partner p : list) {
            Country c = countries.byCow(p.cow()).orElse(null);
            String state = c == null ? "COW " + p.cow() : c.iso3();
            String name = c == null ? "" : c.name();
            if (votes) {
                out.printf("%3d  %-4s %-32s %10s  (%d votes)%n", rank++, state, name, num(p.value(), 3), p.n());
            } else {
                out.printf("%3d  %-4s %-32s %10s %10s %10s%n", rank++, state, name, num(p.value(), 0),
                        num(p.inbound(), 0), num(p.outbound(), 0));
            }
        }
        if (!votes) {
            out.println();
            OverviewText.wrap(out, by == Partners.Measure.TRADE
                    ? "to " + a.iso3() + ": " + a.name() + "'s imports from the partner; from " + a.iso3()
                    + ": the partner's imports from " + a.name() + "."
                    : "to " + a.iso3() + ": deliveries to " + a.name() + " from the partner; from " + a.iso3() + ": "
                    + a.name() + "'s deliveries to the partner. TIV measures military capability transferred, not money.",
                    "");
        }
        out.flush();
    }

    private static String letters(List<String> obligations) {
        if (obligations.isEmpty()) {
            return "-";
        }
        return obligations.stream().map(o -> switch (o) {
            case "nonaggression" -> "A";
            default -> o.substring(0, 1).toUpperCase(Locale.ROOT);
        }).collect(Collectors.joining());
    }

    private static String num(double v, int digits) {
        return Double.isNaN(v) ? NO_DATA : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    private static String num(OptionalDouble v, int digits) {
        return v.isPresent() ? num(v.getAsDouble(), digits) : NO_DATA;
    }

    private static String num(OptionalInt v) {
        return v.isPresent() ? "" + v.getAsInt() : NO_DATA;
    }

    private static String pct(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", 100 * v.getAsDouble()) : NO_DATA;
    }

    private static String raw(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String raw(OptionalDouble v) {
        return v.isPresent() ? Double.toString(v.getAsDouble()) : "";
    }
}
