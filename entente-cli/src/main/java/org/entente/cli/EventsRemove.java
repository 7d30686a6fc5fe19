package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.events.EventStore;
import org.entente.events.FileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente events remove FILE|NAME|CHECKSUM...}: takes ingested files out of the store
 * ({@link EventStore#remove}), e.g. a truncated download before its complete copy is ingested.
 */
@Command(name = "remove", description = "Take ingested files out of the store, as if they had never been ingested "
        + "(their rows, rejects, watched events and share of the rollup), in one transaction: to replace a "
        + "truncated download with a complete copy, or to count once rows ingested twice in different containers.")
final class EventsRemove implements Callable<Integer> {

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "FILE|NAME|CHECKSUM",
            description = "A file's path as ingested; its name as 'entente events stores' shows it, when no other "
                    + "stored file has that name (when several do, their paths are listed and nothing is removed); "
                    + "or its checksum or the checksum's first 8 or more characters (as 'entente events stores' "
                    + "prints it; --json gives paths and whole checksums).")
    List<String> which;
    @picocli.CommandLine.Option(names = "--json", description = "Print the removed files as JSON: path, checksum and "
            + "rows accepted, rejected and watched.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore s = parent.openForRemoval()) {
            List<FileReport> removed = s.remove(which);
            if (json) {
                Json.print(out, removed.stream().map(f -> {
                    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("path", f.path());
                    m.put("checksum", f.checksum());
                    m.put("accepted", f.accepted());
                    m.put("rejected", f.rejected());
                    m.put("watched", f.watched());
                    return m;
                }).toList());
                return 0;
            }
            for (FileReport f : removed) {
                out.printf(Locale.ROOT, "removed %s  %,d rows accepted, %,d rejected, %,d watched (checksum %s)%n",
                        f.path(), f.accepted(), f.rejected(), f.watched(), f.checksum());
            }
        }
        out.flush();
        return 0;
    }
}
