package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.events.EventStore;
import org.entente.events.FileReport;
import org.entente.events.Inputs;
import org.entente.events.Overlap;
import org.entente.events.Reject;
import org.entente.events.Watch;
import org.entente.model.Ordered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente events ingest PATH... [--watch A:B ...]}. */
@Command(name = "ingest", description = "Read GDELT 1.0/2.0 or ICEWS files (plain, .gz, .zip; folders and globs) into "
        + "the store. Files already ingested (same checksum) are skipped, or read again only for the events of a dyad "
        + "watched now and not then; each file is stored whole or not at all. GDELT 2.0 mentions files keep the "
        + "articles behind the watched dyads' events, and are read after the event files.")
final class EventsIngest implements Callable<Integer> {

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or glob patterns.")
    List<String> paths;
    @Option(names = "--watch", paramLabel = "A:B", description = "Keep every event of this dyad in full (with URLs), "
            + "e.g. IRN:RUS; repeatable.")
    List<String> watches = new ArrayList<>();
    @Option(names = "--json", description = "Print the outcome as JSON on standard output: every file's ledger entry "
            + "(format, rows accepted and rejected, its first rejects), the totals, and pairs of files that may hold "
            + "the same events. Progress goes to standard error.")
    boolean json;

    @Override
    public Integer call() {
        List<Watch> w = new ArrayList<>();
        for (String text : watches) {
            String[] p = text.split(":", -1);
            if (p.length != 2) {
                throw new Failures.BadInputException("--watch '" + text + "' is not A:B, e.g. IRN:RUS");
            }
            String[] pair = EventsCommand.pair(p[0], p[1], "--watch " + text);
            w.add(new Watch(pair[0], pair[1]));
        }
        // a path naming nothing, or the store itself, is bad input, exit 2; folders and patterns leave out
        // the store and other DuckDB files, so that a folder holding the store can be ingested again
        Inputs.Expansion inputs = Inputs.expansion(paths, parent.storeFile());
        List<Path> files = inputs.files();
        PrintWriter out = spec.commandLine().getOut();
        // with --json, standard output carries the JSON alone; the running account goes to standard error
        PrintWriter running = json ? spec.commandLine().getErr() : out;
        if (!inputs.leftOut().isEmpty()) {
            running.println(leftOut(inputs.leftOut(), parent.storeFile()));
        }
        long t0 = System.nanoTime();
        List<FileReport> reports = new ArrayList<>();
        List<Overlap> twice = new ArrayList<>();
        long total = files.stream().mapToLong(EventsIngest::size).sum();
        String storeFile;
        try (EventStore store = parent.open();
             EventsProgress bar = new EventsProgress(running, store.progress(), total, System.console() != null)) {
            storeFile = store.file().toString();
            store.ingest(files, w, r -> {
                reports.add(r);
                bar.println(progress(reports.size(), files.size(), r));
                if (!r.skipped() && r.accepted() > 0 && !mentions(r)) {
                    // the rows are valid data and the user may mean it, so they are kept, with a warning
                    for (Overlap o : store.queries().overlapsOf(r.checksum())) {
                        twice.add(o);
                        bar.println("    warning: " + EventsOverlaps.describe(o) + "\n    "
                                + EventsOverlaps.remedy(o, parent.storeOption()));
                    }
                }
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            Json.print(out, Ordered.map("store", storeFile, "files", inAppliedOrder(reports, files), "totals", totals(reports, seconds),
                    "overlaps", twice));
            out.flush();
        } else {
            summary(out, reports, seconds);
        }
        if (!twice.isEmpty() && !json) {
            out.println("warning: " + twice.size() + " pair(s) of files may hold the same events, now counted twice "
                    + "(named above; 'entente events stores' lists them all)");
            out.flush();
        }
        // every file new to the store, and not one row in any of them: the input was not event data
        if (!reports.isEmpty() && reports.stream().noneMatch(r -> r.skipped() || r.accepted() > 0)) {
            spec.commandLine().getErr().println("entente: no row of the " + reports.size() + " file(s) could be read "
                    + "as event data; they are recorded as read (with their rejects), so check the files named above");
            spec.commandLine().getErr().flush();
            return Failures.BAD_INPUT;
        }
        return 0;
    }

    /** @return the note naming the DuckDB files the folders and patterns held, left out (the first five) */
    static String leftOut(List<Path> files, Path store) {
        int shown = Math.min(files.size(), 5);
        return "left out " + files.size() + " DuckDB file(s), not event data: " + files.subList(0, shown).stream()
                .map(f -> {
                    String whose = Inputs.whose(f, store);
                    return f.getFileName() + (whose.isEmpty() ? "" : " (" + whose + ")");
                }).collect(java.util.stream.Collectors.joining(", "))
                + (files.size() > shown ? " and " + (files.size() - shown) + " more" : "");
    }

    /** @return the reports in the order the files are applied (sorted paths; a report is made as each file is done) */
    private static List<FileReport> inAppliedOrder(List<FileReport> reports, List<Path> files) {
        List<String> order = files.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList();
        return reports.stream().sorted(java.util.Comparator.comparingInt(r -> {
            int i = order.indexOf(Path.of(r.path()).toAbsolutePath().normalize().toString());
            return i < 0 ? Integer.MAX_VALUE : i;
        })).toList();
    }

    /** @return the run's totals, the figures the text summary gives */
    private static Map<String, Object> totals(List<FileReport> reports, double seconds) {
        Totals t = Totals.of(reports);
        return Ordered.map("files", reports.size(), "ingested", reports.size() - t.skipped(),
                "skipped", t.skipped() - t.reread(), "readAgainForWatches", t.reread(),
                "withoutEventData", t.unread(), "accepted", t.accepted(), "rejected", t.rejected(),
                "bytesRead", t.bytes(), "seconds", Math.round(seconds * 1000) / 1000.0,
                "rowsPerSecond", Math.round(t.accepted() / Math.max(seconds, 1e-9)));
    }

    /**
     * The run's figures, for the text summary and the JSON alike.
     *
     * @param skipped files the ledger already held, those read again for new watches included
     * @param reread  of those, files read again for new watches
     * @param unread  files new to the store of which no row could be read
     */
    private record Totals(long accepted, long rejected, long bytes, long skipped, long reread, long unread) {
        static Totals of(List<FileReport> reports) {
            return new Totals(reports.stream().mapToLong(FileReport::accepted).sum(),
                    reports.stream().mapToLong(FileReport::rejected).sum(), bytesRead(reports),
                    reports.stream().filter(FileReport::skipped).count(),
                    reports.stream().filter(r -> r.skipped() && !r.rewatched().isEmpty()).count(),
                    reports.stream().filter(r -> !r.skipped() && r.accepted() == 0).count());
        }
    }

    /** Files read again for new watches count as read: their bytes went through the reader. */
    private static long bytesRead(List<FileReport> reports) {
        return reports.stream().filter(r -> !r.skipped() || !r.rewatched().isEmpty()).mapToLong(FileReport::size).sum();
    }

    private static long size(Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** @return whether the file is a GDELT 2.0 mentions file, whose rows are not events */
    private static boolean mentions(FileReport r) {
        return r.format().equals("gdelt2-mentions");
    }

    /** @return whether the file is an archive holding both events and GDELT 2.0 mentions */
    private static boolean both(FileReport r) {
        return r.format().contains("mentions") && !mentions(r);
    }

    private static String progress(int i, int n, FileReport r) {
        String name = Path.of(r.path()).getFileName().toString();
        if (r.skipped() && !r.rewatched().isEmpty()) {
            return String.format(Locale.ROOT, "[%d/%d] %s  already ingested; read again for newly watched %s: %,d "
                    + "%s kept", i, n, name, r.rewatched(), r.watched(), mentions(r) ? "mention(s)"
                    : both(r) ? "event(s) and mention(s)" : "event(s)");
        }
        if (r.skipped()) {
            return String.format(Locale.ROOT, "[%d/%d] %s  already ingested, skipped", i, n, name);
        }
        double mb = r.size() / 1e6;
        if (mentions(r)) {
            return String.format(Locale.ROOT, "[%d/%d] %s  %s  %,d rows, %,d rejected, %,d kept (mentions of events the "
                    + "store keeps)  %.1f MB in %.2f s", i, n, name, r.format(), r.accepted(), r.rejected(), r.watched(),
                    mb, r.millis() / 1000.0);
        }
        return String.format(Locale.ROOT, "[%d/%d] %s  %s  %,d rows, %,d rejected, %,d dyadic, %,d watched%s  "
                + "%.1f MB in %.2f s", i, n, name, r.format(), r.accepted(), r.rejected(), r.dyadic(), r.watched(),
                both(r) ? " (events and mentions kept)" : "", mb,
                r.millis() / 1000.0) + members(r) + broken(r) + (r.accepted() == 0 && r.rejected() > 0 ? "\n    no row of " + name
                + " could be read as GDELT 1.0, GDELT 2.0 (events or mentions) or ICEWS: is it event data? (why: 'entente events stores "
                + "--rejects N' lists the rejects)" : "");
    }

    /** Members named per format at most; the rest are counted. */
    private static final int MEMBERS_NAMED = 5;

    /**
     * @return a line saying which member of a zip archive had which format, when its members are of
     * more than one (the file's line joins them, as the ledger does), or nothing
     */
    private static String members(FileReport r) {
        if (r.members().stream().map(FileReport.Member::format).distinct().count() < 2) {
            return "";
        }
        Map<String, List<String>> byFormat = new java.util.LinkedHashMap<>();
        for (FileReport.Member m : r.members()) {
            byFormat.computeIfAbsent(m.format(), k -> new ArrayList<>()).add(m.member());
        }
        List<String> parts = new ArrayList<>();
        byFormat.forEach((format, names) -> parts.add(format + " " + String.join(", ",
                names.subList(0, Math.min(MEMBERS_NAMED, names.size())))
                + (names.size() > MEMBERS_NAMED ? String.format(Locale.ROOT, " and %,d more", names.size() - MEMBERS_NAMED)
                : "")));
        return "\n    members: " + String.join("; ", parts);
    }

    /**
     * @return the lines that name a broken archive under its file's line, or nothing: the cause of
     * the file's trouble is told first, though it is found at the end (a corrupt .gz may garble
     * hundreds of rows before its check fails, each a reject of its own)
     */
    private static String broken(FileReport r) {
        List<Reject> broken = r.firstRejects().stream().filter(Reject::brokenArchive).toList();
        if (broken.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Reject b : broken) {
            sb.append("\n    broken archive: ").append(b.format());
        }
        long others = r.rejected() - broken.size();
        if (others > 0) {
            sb.append(String.format(Locale.ROOT, "\n    the file's other %,d reject(s) may come from the same damage "
                    + "('entente events stores --rejects N' lists them)", others));
        }
        return sb.toString();
    }

    private static void summary(PrintWriter out, List<FileReport> reports, double seconds) {
        Totals t = Totals.of(reports);
        long accepted = t.accepted();
        long skipped = t.skipped();
        long reread = t.reread();
        List<FileReport> again = reports.stream().filter(r -> r.skipped() && !r.rewatched().isEmpty()).toList();
        long keptEvents = again.stream().filter(r -> !mentions(r) && !both(r)).mapToLong(FileReport::watched).sum();
        long keptMentions = again.stream().filter(EventsIngest::mentions).mapToLong(FileReport::watched).sum();
        long keptBoth = again.stream().filter(EventsIngest::both)
                .mapToLong(FileReport::watched).sum();
        List<String> parts = new java.util.ArrayList<>();
        if (keptEvents > 0 || keptMentions + keptBoth == 0) {
            parts.add(String.format(Locale.ROOT, "%,d event(s)", keptEvents));
        }
        if (keptMentions > 0) {
            parts.add(String.format(Locale.ROOT, "%,d mention(s)", keptMentions));
        }
        if (keptBoth > 0) {
            parts.add(String.format(Locale.ROOT, "%,d event(s) or mention(s) from archives of both", keptBoth));
        }
        String kept = String.join(" and ", parts);
        long unread = t.unread();
        String none = unread == 0 ? "" : String.format(Locale.ROOT, " (%d of them with no row read as event data: "
                + "kept as read, with their rejects)", unread);
        out.printf(Locale.ROOT, "%d file(s): %d ingested%s, %d skipped%s; %,d rows accepted, %,d rejected; %.1f MB in "
                + "%.1f s (%,.0f rows/s)%n", reports.size(), reports.size() - skipped, none, skipped - reread, reread == 0 ? ""
                : String.format(Locale.ROOT, ", %d read again for new watches (%s kept)", reread, kept),
                accepted, t.rejected(), t.bytes() / 1e6, seconds, accepted / Math.max(seconds, 1e-9));
        // a broken archive's reject first: it is the cause of the other rejects of its file, though found last
        List<Reject> first = reports.stream().flatMap(r -> r.firstRejects().stream())
                .sorted(java.util.Comparator.comparing((Reject r) -> !r.brokenArchive())).limit(10).toList();
        for (Reject r : first) {
            out.println("  rejected " + r.format());
        }
        if (t.rejected() > first.size()) {
            out.println("  ... all " + t.rejected() + " rejects are in the store's rejects table (entente events stores)");
        }
        out.flush();
    }
}
