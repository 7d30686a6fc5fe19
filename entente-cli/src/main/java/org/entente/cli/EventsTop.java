package org.entente.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.events.EventStore;
import org.entente.events.StoredEvent;
import org.entente.events.StoredMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente events top A B --month YYYY-MM}: a watched dyad's most reported events of a month. */
@Command(name = "top", description = "A month's most reported events between two states, with their source URLs "
        + "and the articles that mentioned them when GDELT 2.0 mentions files were ingested (the dyad must have been "
        + "watched when the files were ingested).")
final class EventsTop implements Callable<Integer> {

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A", description = "One state (ISO3, COW code or name); the pair must have "
            + "been watched (ingest --watch A:B).")
    String a;
    @Parameters(index = "1", paramLabel = "B", description = "The other state; both directions are listed.")
    String b;
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The calendar month, by the "
            + "events' own dates, e.g. 2019-10.")
    String month;
    @Option(names = "--limit", defaultValue = "10", description = "How many (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new Failures.BadInputException("--month '" + month + "' is not YYYY-MM");
        }
        if (limit < 1) {
            throw new Failures.BadInputException("--limit must be at least 1, not " + limit);
        }
        DyadArgs.year(m.getYear(), "--month " + month + ": the year");
        String[] pair = EventsCommand.pair(a, b, "events top " + a + " " + b);
        String x = pair[0];
        String y = pair[1];
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = parent.openForQueries()) {
            if (!store.queries().watched(x, y)) {
                throw new Failures.BadInputException(x + "-" + y + " was not watched in any ingested file; ingest the "
                        + "files again with --watch " + x + ":" + y + " (files already in the store are read again "
                        + "for the new watch only)");
            }
            List<StoredEvent> top = store.queries().top(x, y, m, limit);
            if (json) {
                Json.print(out, top.stream().map(EventsTop::json).toList());
            } else {
                print(out, x, y, m, top, limit);
            }
        }
        out.flush();
        return 0;
    }

    private static java.util.Map<String, Object> json(StoredEvent e) {
        java.util.Map<String, Object> m = e.fields();
        m.put("file", e.file());
        m.put("line", e.line());
        return m;
    }

    /** Articles listed under an event in the table; --json gives them all. */
    private static final int ARTICLES = 5;

    private static void print(PrintWriter out, String x, String y, YearMonth m, List<StoredEvent> top, int limit) {
        out.println(x + "–" + y + ", " + m + ": " + (top.size() == limit ? "the " + limit + " most mentioned event(s) "
                + "(--limit " + limit + ")" : top.size() + " event(s), most mentioned first"));
        for (StoredEvent e : top) {
            out.printf(Locale.ROOT, "%s %-5s %s>%s %-4s %-40s goldstein %5.1f  mentions %s%n    %s -> %s  %s%n    %s%n",
                    e.date(), e.source(), e.actor1(), e.actor2(), e.code(), e.description(), e.goldstein(),
                    e.mentions().isPresent() ? Integer.toString(e.mentions().getAsInt()) : "-", e.actor1Name(),
                    e.actor2Name(), e.place(), !e.address().isEmpty() ? e.address()
                            : e.publisher().isEmpty() ? "(no URL)" : "published by " + e.publisher() + " (ICEWS gives no URL)");
            for (int i = 0; i < Math.min(ARTICLES, e.articles().size()); i++) {
                StoredMention a = e.articles().get(i);
                out.printf(Locale.ROOT, "    mentioned %s by %s (confidence %d%%%s): %s%n", a.time().toString().replace('T', ' '),
                        a.outlet(), a.confidence(), a.translated().isEmpty() ? "" : ", translated", a.url());
            }
            if (e.articles().size() > ARTICLES) {
                out.printf(Locale.ROOT, "    ... and %d more article(s) (--json lists them all)%n", e.articles().size() - ARTICLES);
            }
        }
    }
}
