package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.events.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente events export DIR [--format parquet|csv]}. */
@Command(name = "export", description = "Write every table of the store to DIR as Parquet or CSV (DuckDB COPY).")
final class EventsExport implements Callable<Integer> {

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write to (made if missing), one file per "
            + "table; files of the same names are replaced.")
    Path dir;
    @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("parquet") && !f.equals("csv")) {
            throw new Failures.BadInputException("--format '" + format + "' is not parquet or csv");
        }
        try (EventStore store = parent.openForQueries()) {
            List<Path> written = store.export(dir, f);
            written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
