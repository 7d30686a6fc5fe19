package org.entente.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.events.EventStore;
import org.entente.events.EventsException;
import org.entente.events.Series;
import org.entente.events.SeriesQuery;
import org.entente.events.StoreQueries;
import org.entente.events.StoredEvent;

/**
 * A dyad in the event store, as the events pages and {@code /api/events/{A}/{B}} show it: the
 * series period by period, the store's coverage, and a month's most reported events. The store
 * is the one {@code entente events} uses; the server opens it for each request and closes it at
 * once (DuckDB lets one process at a time hold a file, and an ingest may want it), and never
 * creates it.
 */
final class EventSeries {

    /** The most events a drill-down lists. */
    static final int MAX_TOP = 100;

    private final Path file;

    EventSeries(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** @return the command that would create a store holding this dyad's events */
    static String ingestHint(String a, String b) {
        return "entente events ingest FILES... --watch " + a + ":" + b;
    }

    /**
     * @param a         one state, ISO3
     * @param b         the other, ISO3
     * @param by        month, quarter or year (null: month)
     * @param direction both, ab or ba (null: both)
     * @param weight    events or mentions (null: events)
     * @param month     the month to drill into (YYYY-MM), or null
     * @param limit     how many events at most in the drill-down (null: 10)
     * @return the series, its shifts and, for a month, its top events
     */
    synchronized Map<String, Object> dyad(String a, String b, String by, String direction, String weight, String month,
                                          Integer limit) {
        StoreQueries.Period period = period(by);
        SeriesQuery.Direction dir = option(direction, "direction", "both", SeriesQuery.Direction::parse);
        SeriesQuery.Weight w = option(weight, "weight", "events", SeriesQuery.Weight::parse);
        Optional<YearMonth> m = month(month);
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > MAX_TOP) {
            throw ApiProblem.badRequest("limit: " + n + " is outside 1 to " + MAX_TOP, "e.g. limit=10");
        }
        if (!exists()) {
            throw ApiProblem.notFound("there is no event store at " + file.toAbsolutePath(), "create one with "
                    + ingestHint(a, b) + " (GDELT or ICEWS files), or start the server with -Dentente.events=FILE");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("store", file.toAbsolutePath().toString());
        out.put("by", period.name().toLowerCase(Locale.ROOT));
        out.put("direction", dir.id());
        out.put("weight", w.id());
        try (EventStore store = EventStore.openForQueries(file)) {
            StoreQueries q = store.queries();
            boolean watched = q.watched(a, b);
            out.put("watched", watched);
            out.put("coverage", q.coverage());
            out.put("watchedPairs", q.watchedPairs());
            Series series = q.series(a, b, SeriesQuery.by(period).direction(dir).weight(w));
            out.put("series", series.rows());
            out.put("shifts", series.changes());
            out.put("shiftsTested", series.tested());
            if (m.isPresent()) {
                out.put("month", m.get().toString());
                List<StoredEvent> top = watched ? q.top(a, b, m.get(), n) : List.of();
                out.put("top", top.stream().map(EventSeries::event).toList());
            }
        } catch (EventsException e) {
            throw unreadable(e);
        }
        return out;
    }

    /**
     * @return what the store holds, for the page that picks a pair: its coverage by source and the
     * pairs whose events it keeps in full; empty when there is no store
     */
    synchronized Optional<Map<String, Object>> holdings() {
        if (!exists()) {
            return Optional.empty();
        }
        try (EventStore store = EventStore.openForQueries(file)) {
            StoreQueries q = store.queries();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", file.toAbsolutePath().toString());
            out.put("coverage", q.coverage());
            out.put("watchedPairs", q.watchedPairs());
            return Optional.of(out);
        } catch (EventsException e) {
            // the page still offers its form: the store's problem is told in place of its holdings
            return Optional.of(Map.of("store", file.toAbsolutePath().toString(), "problem", e.getMessage()));
        }
    }

    /** 503 with the store's own reason: a file that is not a store and one an ingest holds call for different acts. */
    private static ApiProblem unreadable(EventsException e) {
        return new ApiProblem(503, "the event store cannot be read now: " + e.getMessage(), "if another entente "
                + "command (an ingest?) is using it, try again when it ends; otherwise name another store");
    }

    private static Map<String, Object> event(StoredEvent e) {
        return e.fields(); // the file and line it was read from stay off the web
    }

    private static <T> T option(String text, String name, String example, java.util.function.Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return parse.apply(example);
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name + ": '" + Html.clip(text) + "'" + e.getMessage().substring(e.getMessage()
                    .indexOf("' is") + 1), "e.g. " + name + "=" + example);
        }
    }

    private static StoreQueries.Period period(String by) {
        if (by == null || by.isBlank()) {
            return StoreQueries.Period.MONTH;
        }
        try {
            return StoreQueries.Period.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("by: '" + Html.clip(by) + "' is not month, quarter or year", "e.g. by=month");
        }
    }

    private static Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        YearMonth m;
        try {
            m = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("month: '" + Html.clip(text) + "' is not a month", "write YYYY-MM, e.g. month=2019-10");
        }
        Api.checkYear(m.getYear(), "month");
        return Optional.of(m);
    }
}
