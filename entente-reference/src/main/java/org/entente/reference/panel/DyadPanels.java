package org.entente.reference.panel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.entente.reference.data.Bundle;
import org.entente.reference.data.DyadYearTable;
import org.entente.reference.data.Tsv;
import org.entente.reference.unvotes.Similarity;
import org.entente.reference.unvotes.UnIssue;
import org.entente.reference.unvotes.UnVotes;

/**
 * The library API of the dyad-year panel: load the bundled datasets once, then ask for any
 * dyad's measures in any year. States are given by Correlates of War codes (the cross-walk in
 * {@link org.entente.reference.CountryTable} turns ISO codes into them).
 */
public final class DyadPanels {

    /**
     * The first year a dyad-year may have, in the command line and the web API alike: the
     * Correlates of War state system begins in 1816.
     */
    public static final int FIRST_YEAR = 1816;
    /** The last year a dyad-year may have (far enough ahead for any projection). */
    public static final int LAST_YEAR = 2100;
    /**
     * How many years a pair's panel shows when none are asked for: in {@code entente dyad}, the
     * web API and a case's brief alike, so that the three show the same years.
     */
    public static final int SHOWN_YEARS = 30;

    /**
     * @param bundle the datasets
     * @return the last year any of them covers: where a panel shown by default ends
     */
    public static int lastCovered(Bundle bundle) {
        return bundle.datasets().stream().mapToInt(Bundle.Dataset::to).max().orElseThrow();
    }

    /**
     * @param last the last year shown
     * @return the first year of the {@link #SHOWN_YEARS} that end with it (not before {@link #FIRST_YEAR})
     */
    public static int firstShown(int last) {
        return Math.max(FIRST_YEAR, last - SHOWN_YEARS + 1);
    }

    private static final List<String> ATOP = List.of("ccode1", "ccode2", "year", "defense", "offense", "neutral",
            "nonagg", "consul");
    private static final List<String> COW_ALLIANCE = List.of("ccode1", "ccode2", "year", "defense", "neutral",
            "nonagg", "entente");

    private final Bundle bundle;
    private final UnVotes votes;
    private final DyadYearTable atop;
    private final DyadYearTable cowAlliance;
    private final DyadYearTable arms;
    private final DyadYearTable armsImports;
    private final DyadYearTable trade;
    private final DyadYearTable tradeTotals;
    private final DyadYearTable igos;
    private final DyadYearTable nmc;
    private final Map<Long, int[]> disputes;
    private final Events events;

    private DyadPanels(Bundle bundle, Map<String, Object> loaded) {
        this.bundle = bundle;
        this.votes = (UnVotes) loaded.get("votes");
        this.atop = (DyadYearTable) loaded.get("atop");
        this.cowAlliance = (DyadYearTable) loaded.get("cowAlliance");
        this.arms = (DyadYearTable) loaded.get("arms");
        this.armsImports = (DyadYearTable) loaded.get("armsImports");
        this.trade = (DyadYearTable) loaded.get("trade");
        this.tradeTotals = (DyadYearTable) loaded.get("tradeTotals");
        this.igos = (DyadYearTable) loaded.get("igos");
        this.nmc = (DyadYearTable) loaded.get("nmc");
        @SuppressWarnings("unchecked")
        Map<Long, int[]> d = (Map<Long, int[]>) loaded.get("disputes");
        this.disputes = d;
        this.events = (Events) loaded.get("events");
        @SuppressWarnings("unchecked")
        Map<Integer, List<int[]>> m = (Map<Integer, List<int[]>>) loaded.get("system");
        this.system = m;
    }

    /** Each state's spans of membership in the COW state system, first and last year; open-ended when current. */
    private final Map<Integer, List<int[]>> system;

    private static Map<Integer, List<int[]>> system(Bundle bundle) {
        // a membership ending on the state system file's last day is current, not over
        String systemEnd = bundle.dataset("cow-states").to() + "-12-31";
        Map<Integer, List<int[]>> out = new HashMap<>();
        Tsv.read(bundle, "states.tsv.gz", List.of("ccode", "abb", "name", "start", "end"), r -> {
            String end = r.text(4);
            out.computeIfAbsent(r.integer(0), k -> new ArrayList<>()).add(new int[] {Integer.parseInt(r.text(3).substring(0, 4)),
                end.equals(systemEnd) ? Integer.MAX_VALUE : Integer.parseInt(end.substring(0, 4))});
        });
        return out;
    }

    /**
     * @return whether the state was a member of the state system in the year (for part of it at
     * least); a code the file does not list is taken as one, so that nothing is hidden by a gap in it
     */
    public boolean inSystem(int cow, int year) {
        List<int[]> spans = system.get(cow);
        return spans == null || spans.stream().anyMatch(s -> s[0] <= year && year <= s[1]);
    }

    /**
     * Loads every bundled dataset, several at once.
     *
     * @param bundle the bundle
     * @return the panels
     * @throws org.entente.reference.data.BundleException if a file is missing or damaged
     */
    public static DyadPanels load(Bundle bundle) {
        Map<String, Supplier<Object>> jobs = new HashMap<>();
        jobs.put("votes", () -> UnVotes.load(bundle));
        jobs.put("atop", () -> DyadYearTable.read(bundle, "atop-ddy.tsv.gz", ATOP, false, 3, 4, 5, 6, 7));
        jobs.put("cowAlliance", () -> DyadYearTable.read(bundle, "cow-alliance-dy.tsv.gz", COW_ALLIANCE, false, 3, 4, 5, 6));
        jobs.put("arms", () -> DyadYearTable.read(bundle, "sipri-tiv.tsv.gz",
                List.of("supplier", "recipient", "year", "tiv"), false, 3));
        jobs.put("armsImports", () -> DyadYearTable.read(bundle, "sipri-imports.tsv.gz",
                List.of("recipient", "year", "tiv_total"), true, 2));
        jobs.put("trade", () -> DyadYearTable.read(bundle, "cow-trade-dyadic.tsv.gz",
                List.of("ccode1", "ccode2", "year", "flow1", "flow2"), false, 3, 4));
        jobs.put("tradeTotals", () -> DyadYearTable.read(bundle, "cow-trade-national.tsv.gz",
                List.of("ccode", "year", "imports", "exports"), true, 2, 3));
        jobs.put("igos", () -> DyadYearTable.read(bundle, "igo-dyadic.tsv.gz",
                List.of("ccode1", "ccode2", "year", "shared"), false, 3));
        jobs.put("nmc", () -> DyadYearTable.read(bundle, "nmc.tsv.gz", List.of("ccode", "year", "cinc"), true, 2));
        jobs.put("disputes", () -> disputes(bundle));
        jobs.put("events", () -> Events.load(bundle));
        jobs.put("system", () -> system(bundle));
        Map<String, CompletableFuture<Object>> running = new HashMap<>();
        jobs.forEach((k, v) -> running.put(k, CompletableFuture.supplyAsync(v)));
        Map<String, Object> loaded = new HashMap<>();
        running.forEach((k, f) -> loaded.put(k, join(f)));
        return new DyadPanels(bundle, loaded);
    }

    private static Object join(CompletableFuture<Object> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static Map<Long, int[]> disputes(Bundle bundle) {
        Map<Long, int[]> out = new HashMap<>();
        Tsv.read(bundle, "mids-dyadic.tsv.gz", List.of("dispnum", "ccode1", "ccode2", "year", "onset", "hostlev",
                "fatality"), r -> {
                    int[] agg = out.computeIfAbsent(pair(r.integer(1), r.integer(2), r.integer(3)), k -> new int[3]);
                    agg[0]++;
                    agg[1] += r.integer(4) == 1 ? 1 : 0;
                    agg[2] = Math.max(agg[2], Math.max(r.integer(5), 0));
                });
        return out;
    }

    private static long pair(int a, int b, int year) {
        return (Math.min(a, b) * 1000L + Math.max(a, b)) * 10000L + year;
    }

    /** @return the bundle the panels were read from */
    public Bundle bundle() {
        return bundle;
    }

    /** @return the UN votes, for computations over many dyads */
    public UnVotes votes() {
        return votes;
    }

    /**
     * @param a    COW code of a state
     * @param year the year
     * @param by   the measure
     * @return every state with a positive value on the measure, closest first
     */
    public List<Partners.Partner> partners(int a, int year, Partners.Measure by) {
        return Partners.of(this, trade, arms, a, year, by);
    }

    /**
     * @param a    COW code of the first state
     * @param b    COW code of the second
     * @param from first year
     * @param to   last year
     * @return one row per year, in order
     */
    public List<DyadYear> panel(int a, int b, int from, int to) {
        return panel(y -> a, y -> b, from, to);
    }

    /**
     * A panel for states whose COW code changes over time (Germany 260 then 255).
     *
     * @param a    the first state's COW code in each year
     * @param b    the second state's
     * @param from first year
     * @param to   last year
     * @return one row per year, in order
     */
    public List<DyadYear> panel(java.util.function.IntUnaryOperator a, java.util.function.IntUnaryOperator b,
                                int from, int to) {
        List<DyadYear> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            int ca = a.applyAsInt(y);
            int cb = b.applyAsInt(y);
            DyadYear row = year(ca, cb, y);
            int na = a.applyAsInt(y + 1);
            int nb = b.applyAsInt(y + 1);
            if (na != ca || nb != cb) {
                // the year a code changes: what the old codes lack may be filed under the new ones
                row = row.filledFrom(year(na, nb, y));
            }
            out.add(row);
        }
        return out;
    }

    /**
     * @param a    COW code of the first state
     * @param b    COW code of the second
     * @param year the year
     * @return every measure of the dyad in that year
     */
    public DyadYear year(int a, int b, int year) {
        if (!members(a, b, year)) {
            return new DyadYear(year, votes(a, b, year), Optional.empty(), Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                    Optional.empty());
        }
        return new DyadYear(year, votes(a, b, year), alliance(a, b, year), arms(a, b, year), trade(a, b, year),
                igos(a, b, year), rivalry(a, b, year), disputes(a, b, year), power(a, b, year),
                contiguity(a, b, year), leaders(a, b, year));
    }

    private boolean covers(String dataset, int year) {
        return bundle.dataset(dataset).covers(year);
    }

    /**
     * Before a state joined the state system (Ukraine before 1991) the dyad datasets have no row
     * for it by design: their silence is no data, not zero. Every measure but the UN votes (the
     * Ukrainian SSR held its own seat) asks this first, whether through {@link #year} or alone.
     */
    private boolean members(int a, int b, int year) {
        return inSystem(a, year) && inSystem(b, year);
    }

    /** @return whether both states were in the state system in the year and the dataset covers it */
    private boolean measured(String dataset, int a, int b, int year) {
        return members(a, b, year) && covers(dataset, year);
    }

    /**
     * Roll calls two states must both have voted on in a year for their similarity to be measured:
     * with fewer, a single vote makes agreement 0 or 1 and kappa undefined (the file's one roll
     * call of January 2020 gave every pair an agreement of 1.00). A session has 60 to 130.
     */
    public static final int MIN_SHARED_VOTES = 10;

    /** @return the votes measure alone, as in {@link #year}; empty below {@link #MIN_SHARED_VOTES} shared roll calls */
    public Optional<DyadYear.Votes> votes(int a, int b, int year) {
        if (!covers("unvotes", year)) {
            return Optional.empty();
        }
        Similarity all = votes.similarity(a, b, year);
        if (all.n() < MIN_SHARED_VOTES) {
            return Optional.empty(); // too few shared votes: one of them was absent or not a member most of the year
        }
        Map<UnIssue, Similarity> byIssue = new EnumMap<>(UnIssue.class);
        for (UnIssue issue : UnIssue.values()) {
            Similarity s = Similarity.of(votes.table(a, b, year, issue));
            if (s.n() > 0) {
                byIssue.put(issue, s);
            }
        }
        return Optional.of(new DyadYear.Votes(all, byIssue));
    }

    /** @return the alliance measure alone, as in {@link #year} */
    public Optional<DyadYear.Alliance> alliance(int a, int b, int year) {
        if (!measured("atop", a, b, year)) {
            return Optional.empty();
        }
        Optional<String> cow = Optional.empty();
        if (covers("cow-alliance", year)) {
            int row = cowAlliance.find(Math.min(a, b), Math.max(a, b), year);
            String[] types = {"defense", "neutrality", "nonaggression", "entente"};
            for (int t = 0; row >= 0 && t < types.length && cow.isEmpty(); t++) {
                if (cowAlliance.value(row, t) == 1) {
                    cow = Optional.of(types[t]); // the deepest type in force, COW's ordering
                }
            }
        }
        return Optional.of(new DyadYear.Alliance(atopFlags(a, b, year), atopFlags(b, a, year), cow));
    }

    private List<String> atopFlags(int from, int to, int year) {
        String[] names = {"defense", "offense", "neutrality", "nonaggression", "consultation"};
        int row = atop.find(from, to, year);
        List<String> out = new ArrayList<>();
        for (int i = 0; row >= 0 && i < names.length; i++) {
            if (atop.value(row, i) == 1) {
                out.add(names[i]);
            }
        }
        return out;
    }

    /** @return the arms measure alone, as in {@link #year} */
    public Optional<DyadYear.Arms> arms(int a, int b, int year) {
        if (!measured("sipri", a, b, year)) {
            return Optional.empty();
        }
        int ab = tiv(a, b, year);
        int ba = tiv(b, a, year);
        return Optional.of(new DyadYear.Arms(ab, ba, share(ab, armsImports.get(b, 0, year, 0)),
                share(ba, armsImports.get(a, 0, year, 0))));
    }

    /**
     * @return all the state's arms imports that year in SIPRI TIV, from every supplier (0 when SIPRI
     * lists none), or empty when SIPRI does not cover the year or the state was not in the state system
     */
    public OptionalInt armsImports(int state, int year) {
        if (!inSystem(state, year) || !covers("sipri", year)) {
            return OptionalInt.empty();
        }
        double v = armsImports.get(state, 0, year, 0);
        return OptionalInt.of(Double.isNaN(v) ? 0 : (int) v);
    }

    private int tiv(int supplier, int recipient, int year) {
        double v = arms.get(supplier, recipient, year, 0);
        return Double.isNaN(v) ? 0 : (int) v; // SIPRI lists deliveries: no row means none
    }

    private static OptionalDouble share(double part, double total) {
        return Double.isNaN(total) || total <= 0 ? OptionalDouble.empty() : OptionalDouble.of(part / total);
    }

    /** @return the trade measure alone, as in {@link #year} */
    public Optional<DyadYear.Trade> trade(int a, int b, int year) {
        if (!measured("cow-trade", a, b, year)) {
            return Optional.empty();
        }
        int row = trade.find(Math.min(a, b), Math.max(a, b), year);
        if (row < 0) {
            return Optional.empty();
        }
        // flow1 is the lower code's imports from the higher, flow2 the reverse
        double low = trade.value(row, 0);
        double high = trade.value(row, 1);
        double aImports = a < b ? low : high;
        double bImports = a < b ? high : low;
        double bilateral = aImports + bImports;
        return Optional.of(new DyadYear.Trade(opt(aImports), opt(bImports),
                Double.isNaN(bilateral) ? OptionalDouble.empty() : share(bilateral, totalTrade(a, year)),
                Double.isNaN(bilateral) ? OptionalDouble.empty() : share(bilateral, totalTrade(b, year))));
    }

    /**
     * States whose national trade totals COW's national file lists, in some of their years, under
     * another code: the Federal Republic of Germany (260) has its own totals only for 1955-1959; from
     * 1960 they are filed under Germany (255), which was not a state again until October 1990, so
     * that code's 1960-1990 rows can only be the Federal Republic's (its dyadic rows stay under 260).
     */
    private static final Map<Integer, Integer> TOTALS_FILED_UNDER = Map.of(260, 255);

    /** @return the state's total trade (imports plus exports) in the year, NaN when the national file has none */
    private double totalTrade(int state, int year) {
        double own = totals(state, year);
        Integer other = TOTALS_FILED_UNDER.get(state);
        return Double.isNaN(own) && other != null && inSystem(state, year) ? totals(other, year) : own;
    }

    private double totals(int state, int year) {
        int row = tradeTotals.find(state, 0, year);
        return row < 0 ? Double.NaN : tradeTotals.value(row, 0) + tradeTotals.value(row, 1);
    }

    private static OptionalDouble opt(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** @return the shared IGOs alone, as in {@link #year} */
    public OptionalInt igos(int a, int b, int year) {
        if (!measured("cow-igo", a, b, year)) {
            return OptionalInt.empty();
        }
        double v = igos.get(Math.min(a, b), Math.max(a, b), year, 0);
        return Double.isNaN(v) ? OptionalInt.empty() : OptionalInt.of((int) v);
    }

    /** @return the rivalry measure alone, as in {@link #year} */
    public Optional<DyadYear.Rivalry> rivalry(int a, int b, int year) {
        if (!measured("td-rivalries", a, b, year) && !measured("tss-rivalries", a, b, year)) {
            return Optional.empty();
        }
        return Optional.of(new DyadYear.Rivalry(spell(events.tdRivalries(), a, b, year),
                spell(events.tssRivalries(), a, b, year), covers("td-rivalries", year), covers("tss-rivalries", year)));
    }

    private static Optional<List<String>> spell(List<Events.Spell> spells, int a, int b, int year) {
        return spells.stream().filter(s -> s.joins(a, b, year)).findFirst().map(Events.Spell::kinds);
    }

    private Optional<DyadYear.Disputes> disputes(int a, int b, int year) {
        if (!covers("cow-mid", year)) {
            return Optional.empty();
        }
        int[] d = disputes.getOrDefault(pair(a, b, year), new int[3]);
        // the directed file lists each dispute-dyad twice (A-B and B-A); count it once
        return Optional.of(new DyadYear.Disputes(d[0] / 2 + d[0] % 2, d[1] / 2 + d[1] % 2, d[2]));
    }

    private Optional<DyadYear.Power> power(int a, int b, int year) {
        double ca = nmc.get(a, 0, year, 0);
        double cb = nmc.get(b, 0, year, 0);
        if (Double.isNaN(ca) || Double.isNaN(cb) || ca + cb <= 0) {
            return Optional.empty();
        }
        return Optional.of(new DyadYear.Power(ca, cb, ca / (ca + cb)));
    }

    private OptionalInt contiguity(int a, int b, int year) {
        if (!covers("cow-contiguity", year)) {
            return OptionalInt.empty();
        }
        int closest = events.contiguity().stream().filter(s -> s.joins(a, b, year))
                .mapToInt(s -> Integer.parseInt(s.kinds().get(0))).min().orElse(0);
        return OptionalInt.of(closest);
    }

    private Optional<DyadYear.Leaders> leaders(int a, int b, int year) {
        if (!covers("archigos", year)) {
            return Optional.empty();
        }
        return Optional.of(new DyadYear.Leaders(entries(a, year), entries(b, year)));
    }

    private int entries(int state, int year) {
        return (int) events.leaders().stream().filter(s -> s.a() == state && s.from() == year).count();
    }
}
