package org.entente.cli;

import java.nio.file.Path;
import org.entente.events.EventStore;
import org.entente.reference.CountryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code entente events ingest|series|top|stores|export}: GDELT and ICEWS event data. */
@Command(name = "events", description = "Event data (GDELT, ICEWS): ingest files into a store, then measure a dyad's "
        + "cooperation and conflict period by period.", subcommands = {EventsIngest.class, EventsSeries.class,
        EventsTop.class, EventsStores.class, EventsExport.class, EventsImportRollup.class, EventsRemove.class})
final class EventsCommand {

    @Option(names = "--store", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The event store (default: $ENTENTE_EVENTS, else ~/.local/share/entente/events.duckdb).")
    Path store;

    /** @return the store's file: --store, else the default */
    Path storeFile() {
        return store != null ? store : defaultStore();
    }

    /** @return {@code " --store FILE"} when the command named its store, else empty: for commands it suggests */
    String storeOption() {
        return store == null ? "" : " --store " + store;
    }

    /** @return the store, opened for writing and created if needed; a store that cannot be opened is a failure (exit 1) */
    EventStore open() {
        return EventStore.open(storeFile());
    }

    /** @return an existing store, opened for writing; no store there is bad input (exit 2), and none is created */
    EventStore openForRemoval() {
        return EventStore.openExisting(storeFile());
    }

    /**
     * @return the store, opened for queries only (other readers may share it); no store there is bad
     * input (exit 2), one that cannot be opened a failure (exit 1)
     */
    EventStore openForQueries() {
        return EventStore.openForQueries(storeFile());
    }

    /** @return the system property {@code entente.events}, else $ENTENTE_EVENTS, else the per-user default */
    static Path defaultStore() {
        String property = System.getProperty("entente.events");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("ENTENTE_EVENTS");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".local", "share", "entente", "events.duckdb");
    }

    /** @return the ISO3 codes of two different states (unknown ones, or the same twice: exit 2) */
    static String[] pair(String a, String b, String what) {
        String x = state(a);
        String y = state(b);
        DyadArgs.distinct(x, y, what + ": ", "");
        return new String[] {x, y};
    }

    /** @return the ISO3 code of a state named by code, COW number or name (unknown: exit 2) */
    static String state(String input) {
        try {
            return CountryTable.bundled().resolve(input).iso3();
        } catch (org.entente.reference.UnknownCountryException e) {
            // a name as the event sources write it ("Russian Federation" in ICEWS), else the cross-walk's own error
            return org.entente.events.EventStateNames.iso3(input).orElseThrow(() -> e);
        }
    }
}
