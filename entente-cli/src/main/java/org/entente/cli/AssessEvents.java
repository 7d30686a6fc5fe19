package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.events.EventStore;
import org.entente.events.EventsException;
import org.entente.events.SeriesQuery;
import org.entente.events.SeriesRow;
import org.entente.events.StoreQueries;
import org.entente.spectrum.SpectrumConfig;

/**
 * The event record shown with an assessment: the dyad's last quarters in the event store (both
 * directions, per source), when a store exists. It informs the reader; the scores do not use it.
 * A store that cannot be read (another process ingesting, an older layout) gives a note, never a
 * failed assessment.
 *
 * @param store the store's file
 * @param rows  the last quarters of each source up to the assessment's date, oldest first
 * @param note  why there are no rows, or empty
 * @param recency when the dyad's last quarter here ends before the quarter before the assessment's,
 *              why (the store ends earlier, or the two have had no events since); when the last
 *              quarter shown is the assessment's own, cut at its month, that it is; else empty
 */
record AssessEvents(Path store, List<SeriesRow> rows, String note, String recency) {

    /** Quarters shown. */
    static final int QUARTERS = 6;

    /**
     * Reads the record from a store the user named: a missing or unreadable store is an error,
     * as in the events commands (a missing one is bad input, exit 2).
     *
     * @param store the store's file; never created
     * @param a     one state, ISO3
     * @param b     the other
     * @param asOf  the assessment's date: later quarters are left out
     * @return the record
     * @throws EventsException naming the file and what to do
     */
    static AssessEvents read(Path store, String a, String b, LocalDate asOf) {
        return read(store, a, b, asOf, QUARTERS);
    }

    /**
     * As {@link #read(Path, String, String, LocalDate)}, with the number of quarters of each
     * source to keep.
     */
    static AssessEvents read(Path store, String a, String b, LocalDate asOf, int quarters) {
        try (EventStore s = EventStore.openForQueries(store, "--events")) {   // not --store, as in the events commands
            return read(s, store, a, b, asOf, quarters);
        }
    }

    private static AssessEvents read(EventStore s, Path store, String a, String b, LocalDate asOf, int quarters) {
        String last = StoreQueries.Period.QUARTER.label(asOf);
        // the series up to the assessment's month (the store counts by month, so that month counts whole): no later
        // month adds to the assessment's quarter or moves the shifts flagged
        java.time.YearMonth end = java.time.YearMonth.from(asOf);
        List<SeriesRow> all = s.queries().series(a, b, SeriesQuery.by(StoreQueries.Period.QUARTER).upTo(end)).rows().stream()
                .filter(r -> r.period().compareTo(last) <= 0).toList();
        // the last quarters of each source (GDELT and ICEWS are never added together), by period
        Map<String, List<SeriesRow>> bySource = new LinkedHashMap<>();
        for (SeriesRow r : all) {
            bySource.computeIfAbsent(r.source(), k -> new java.util.ArrayList<>()).add(r);
        }
        List<SeriesRow> rows = bySource.values().stream()
                .flatMap(l -> l.subList(Math.max(0, l.size() - quarters), l.size()).stream())
                .sorted(java.util.Comparator.comparing(SeriesRow::period).thenComparing(SeriesRow::source)).toList();
        String recency = rows.isEmpty() ? "" : recency(s, rows.get(rows.size() - 1).period(), last, asOf);
        if (!rows.isEmpty() && rows.get(rows.size() - 1).period().equals(last) && asOf.getMonthValue() % 3 != 0) {
            String cut = last + " counts its months up to " + end + ", the assessment's month, not the rest of the quarter";
            recency = recency.isEmpty() ? cut : recency + "; " + cut;
        }
        return new AssessEvents(store, rows, rows.isEmpty() ? "no events between " + a + " and " + b
                + " up to " + last + " (entente events ingest FILES --watch " + a + ":" + b + ")" : "", recency);
    }

    /**
     * Reads the record from the default store, when there is one: the assessment does not need it,
     * so a store that cannot be read gives a note in place of the quarters, not a failure.
     *
     * @return the record, or empty when there is no store
     */
    static Optional<AssessEvents> readIfPresent(Path store, String a, String b, LocalDate asOf) {
        return readIfPresent(store, a, b, asOf, QUARTERS);
    }

    /** As {@link #readIfPresent(Path, String, String, LocalDate)}, keeping the given number of quarters. */
    static Optional<AssessEvents> readIfPresent(Path store, String a, String b, LocalDate asOf, int quarters) {
        if (!Files.isRegularFile(store)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(store, a, b, asOf, quarters));
        } catch (EventsException e) {
            return Optional.of(new AssessEvents(store, List.of(), "the store could not be read: " + e.getMessage(), ""));
        }
    }

    void print(PrintWriter out) {
        out.println();
        out.println("Event record (" + store + "), by quarter, both directions:");
        if (rows.isEmpty()) {
            out.println("  " + note);
            return;
        }
        out.println("  PERIOD   SOURCE  EVENTS  COOP  CONFLICT  NETCOOP   GOLD  SHIFT");
        for (SeriesRow r : rows) {
            long coop = r.quadClasses().get(0) + r.quadClasses().get(1);
            long conflict = r.quadClasses().get(2) + r.quadClasses().get(3);
            out.println(String.format(Locale.ROOT, "  %-8s %-6s %7d %5d %9d %8.2f %6.2f  %s", r.period(), r.source(),
                    r.events(), coop, conflict, r.netCooperation(), r.goldsteinMean(), shift(r)).stripTrailing());
        }
        out.println("  (counts from news reports: they grow with coverage; see entente events series for the "
                + "normalised figures)");
        if (!recency.isEmpty()) {
            OverviewText.wrap(out, recency, "  note: ");
        }
    }

    /**
     * @return the shifts flagged in a quarter with the month each begins ({@code down 2021-03}), or empty; the
     * shifts are found in the monthly Goldstein mean (docs/events.md)
     */
    static String shift(SeriesRow r) {
        return r.shiftsWithMonths();
    }

    /**
     * @param latest the dyad's last quarter with events, up to the assessment's
     * @param upTo   the assessment's quarter
     * @return why the dyad's quarters stop before the assessment's, when they do by more than the
     * quarter before it (the current quarter's news may not be in yet): the store's events end
     * earlier (ingest newer files), or the store reaches further and the two have had none since
     */
    private static String recency(EventStore s, String latest, String upTo, LocalDate asOf) {
        LocalDate previous = asOf.withDayOfMonth(1).minusMonths(3);
        if (latest.compareTo(StoreQueries.Period.QUARTER.label(previous)) >= 0) {
            return "";
        }
        Optional<LocalDate> storeEnds = s.queries().coverage().stream().filter(c -> !c.source().equals("gdelt-mentions"))
                .map(c -> c.last().orElse(null)).filter(java.util.Objects::nonNull).max(LocalDate::compareTo);
        String ends = storeEnds.map(d -> StoreQueries.Period.QUARTER.label(d.isAfter(asOf) ? asOf : d)).orElse(latest);
        if (ends.compareTo(StoreQueries.Period.QUARTER.label(previous)) < 0) {
            return "the store's events end in " + ends + ", before the assessment's quarter (" + upTo + "): these are "
                    + "the last quarters it has, not the latest ones; ingest newer files to bring it up to date";
        }
        return "no events between the two after " + latest + ", though the store reaches " + ends
                + ": the quarters shown are the last with any";
    }

    /** @return the first of {@code quarters} calendar quarters ending with the date's, e.g. 2025-Q4 for 4 up to 2026-09-30 */
    private static String firstQuarter(int quarters, LocalDate asOf) {
        return StoreQueries.Period.QUARTER.label(asOf.withDayOfMonth(1).minusMonths(3L * (quarters - 1)));
    }

    /**
     * Reads a store named with --events, keeping enough quarters both to show ({@code shown}) and
     * for the model's window ({@code events.quarters}).
     */
    static AssessEvents readForScoring(Path store, String a, String b, LocalDate asOf, SpectrumConfig cfg, int shown) {
        return read(store, a, b, asOf, Math.max(shown, window(cfg)));
    }

    /** @return the record as the spectrum model reads it, over the configured window */
    org.entente.spectrum.EventSignal signal(SpectrumConfig cfg, LocalDate asOf) {
        return signal(window(cfg), asOf);
    }

    private static int window(SpectrumConfig cfg) {
        return (int) cfg.get("events.quarters");
    }

    /**
     * The record as the spectrum model reads it: the verbal cooperation and conflict of the last
     * whole quarters that end on or before the date (so no event after the date counts), from the
     * source with the most verbal events there (GDELT on a tie).
     *
     * @param quarters how many quarters
     * @param asOf     the date assessed
     * @return the signal; with no verbal event in the window, one of zero events (shown, not counted)
     */
    org.entente.spectrum.EventSignal signal(int quarters, LocalDate asOf) {
        LocalDate last = asOf.plusDays(1).withDayOfMonth(1).minusMonths(3);   // in the last quarter ended by asOf
        String to = StoreQueries.Period.QUARTER.label(last);
        String from = StoreQueries.Period.QUARTER.label(last.minusMonths(3L * (quarters - 1)));
        Map<String, long[]> bySource = new java.util.TreeMap<>();
        for (SeriesRow r : rows) {
            if (r.period().compareTo(from) >= 0 && r.period().compareTo(to) <= 0) {
                long[] v = bySource.computeIfAbsent(r.source(), k -> new long[2]);
                v[0] += r.quadClasses().get(0);
                v[1] += r.quadClasses().get(2);
            }
        }
        return bySource.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0] + e.getValue()[1])
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(e -> new org.entente.spectrum.EventSignal(e.getKey(), from, to, e.getValue()[0], e.getValue()[1]))
                .orElse(new org.entente.spectrum.EventSignal("", from, to, 0, 0));
    }

    /**
     * @param quarters how many calendar quarters, up to and including the date's, the brief shows
     * @param asOf     the date assessed
     * @return the record as a brief shows it: the quarters of the window, whether or not they have events
     */
    org.entente.report.EventRecord forBrief(int quarters, LocalDate asOf) {
        String from = firstQuarter(quarters, asOf);
        String to = StoreQueries.Period.QUARTER.label(asOf);
        List<org.entente.report.EventRecord.Quarter> in = rows.stream().filter(r -> r.period().compareTo(from) >= 0)
                .map(r -> new org.entente.report.EventRecord.Quarter(r.period(), r.source(), r.events(),
                        r.quadClasses().get(0) + r.quadClasses().get(1), r.quadClasses().get(2) + r.quadClasses().get(3),
                        r.netCooperation(), r.goldsteinMean(), shift(r))).toList();
        String why = !note.isEmpty() ? note : in.isEmpty() ? "no events between the two from " + from + " to " + to
                + " in this store; its latest are from " + rows.get(rows.size() - 1).period() : "";
        return new org.entente.report.EventRecord(store.toString(), from, to, in, why);
    }

    /** @return the JSON form: store, note, and the rows as {@code entente events series --format json} gives them */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store", store.toString());
        m.put("quarters", rows);
        if (!note.isEmpty()) {
            m.put("note", note);
        }
        if (!recency.isEmpty()) {
            m.put("recency", recency);
        }
        return m;
    }
}
