package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.events.EventStore;
import org.entente.events.RollupImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente events import-rollup PATH}: loads the Parquet output of the Spark job
 * ({@code entente-spark}, docs/scale-out.md) into the store ({@link EventStore#importRollup}).
 */
@Command(name = "import-rollup", description = "Load the Parquet output of the Spark rollup job (folders dyad_month, "
        + "actor_month, rejects, files) into the store, so that series and top work on it as on a local ingest.")
final class EventsImportRollup implements Callable<Integer> {

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PATH", description = "The Spark job's output folder.")
    Path dir;

    @Override
    public Integer call() {
        RollupImport.check(dir);   // before the store is opened, so that bad input creates no store
        java.nio.file.Path file = parent.storeFile();
        boolean existed = java.nio.file.Files.exists(file);
        try (EventStore s = parent.open()) {
            RollupImport r = s.importRollup(dir);
            spec.commandLine().getOut().printf("imported %,d files, %,d dyad-month groups, %,d state-month volumes, "
                    + "%,d rejects into %s%n", r.files(), r.groups(), r.volumes(), r.rejects(), s.file());
        } catch (RuntimeException e) {
            if (!existed) {   // a store this command created only to fail: not left behind
                try {
                    java.nio.file.Files.deleteIfExists(file);
                    java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file + ".wal"));
                } catch (java.io.IOException ignored) {
                    // the message below is what matters; an empty store is harmless
                }
            }
            throw e;
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
