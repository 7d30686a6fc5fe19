package org.entente.events;

import java.nio.file.Path;
import java.util.List;

/** Run in a child JVM by {@link KillTest}: ingests files into a store and says when each is stored. */
public final class IngestChild {

    private IngestChild() {
    }

    /** @param args the store, then the files; the system property {@code watch} lists the watches (IRN:RUS by default) */
    public static void main(String[] args) {
        List<Path> files = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
        try (EventStore s = EventStore.open(Path.of(args[0]))) {
            List<Watch> watches = java.util.Arrays.stream(System.getProperty("watch", "IRN:RUS").split(","))
                    .map(Watch::parse).toList();
            s.ingest(files, watches, r -> {
                System.out.println("stored " + r.path());
                System.out.flush();
            });
        }
    }
}
