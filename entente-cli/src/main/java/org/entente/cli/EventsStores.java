package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.events.Coverage;
import org.entente.events.EventStore;
import org.entente.events.FileReport;
import org.entente.events.Overlap;
import org.entente.events.Reject;
import org.entente.events.WatchedPair;
import org.entente.model.Ordered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente events stores}: what a store holds. */
@Command(name = "stores", description = "What the store holds: every ingested file with its rows accepted and "
        + "rejected, totals, coverage by source and date, the first rejects.")
final class EventsStores implements Callable<Integer> {

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Option(names = "--rejects", defaultValue = "10", description = "How many rejects to list (default ${DEFAULT-VALUE}).")
    int rejects;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (rejects < 0) {
            throw new Failures.BadInputException("--rejects " + rejects + ": give how many rejects to list, 0 or more");
        }
        try (EventStore store = parent.openForQueries()) {
            List<FileReport> files = store.queries().files();
            List<Coverage> coverage = store.queries().coverage();
            List<Reject> first = store.queries().rejects(Math.max(0, rejects));
            List<WatchedPair> watched = store.queries().watchedPairs();
            List<Overlap> twice = store.queries().overlaps();
            if (json) {
                // an absent date as "" (rather than left out), as the text table shows it
                List<Map<String, Object>> cov = coverage.stream().map(c -> Ordered.map("source", c.source(),
                        "files", c.files(), "accepted", c.accepted(), "rejected", c.rejected(), "dyadic", c.dyadic(),
                        "first", c.first().map(Object::toString).orElse(""),
                        "last", c.last().map(Object::toString).orElse(""))).toList();
                // watchedPairs as the web API gives them: a, b, files, of
                Json.print(out, Ordered.map("store", store.file().toString(), "files", files, "coverage", cov,
                        "watchedPairs", watched, "rejects", first, "overlaps", twice));
            } else {
                print(out, store.file(), files, coverage, first);
                out.println(watched(watched));
                EventsOverlaps.lines(twice, parent.storeOption()).forEach(out::println);
            }
        }
        out.flush();
        return 0;
    }

    /** @return the line naming the pairs whose events are kept in full, and in how many files */
    static String watched(List<WatchedPair> pairs) {
        if (pairs.isEmpty()) {
            return "Watched pairs: none, so no event is kept in full ('entente events top' needs one: ingest with "
                    + "--watch A:B)";
        }
        return "Watched pairs (events kept in full, for 'entente events top'): " + pairs.stream()
                .map(w -> w.pair() + (w.files() == w.of() ? "" : " (" + w.files() + " of " + w.of() + " event files)"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void print(PrintWriter out, Path file, List<FileReport> files, List<Coverage> coverage,
                              List<Reject> rejects) {
        out.println("Store " + file + ": " + files.size() + " file(s)");
        out.printf(Locale.ROOT, "  %-40s %-15s %10s %9s %9s %8s  %s%n", "FILE", "FORMAT", "ACCEPTED", "REJECTED",
                "DYADIC", "MB", "CHECKSUM");
        for (FileReport f : files) {
            String name = Path.of(f.path()).getFileName().toString();
            out.printf(Locale.ROOT, "  %-40s %-15s %,10d %,9d %,9d %8.1f  %s%n", name, f.format(), f.accepted(),
                    f.rejected(), f.dyadic(), f.size() / 1e6, f.checksum().substring(0, 12));
        }
        for (Coverage c : coverage) {
            out.printf(Locale.ROOT, "%s: %d file(s), %,d rows accepted, %,d rejected, %,d dyadic; %s%n",
                    c.source(), c.files(), c.accepted(), c.rejected(), c.dyadic(), c.first().isPresent()
                            ? "events " + c.first().get() + " to " + c.last().map(Object::toString).orElse("?")
                            : c.source().equals("gdelt-mentions") ? "kept for the stored events they mention "
                            + "('entente events top' lists them)" : "no dated events");
        }
        for (Reject r : rejects) {
            out.println("  rejected " + r.format());
        }
    }
}
