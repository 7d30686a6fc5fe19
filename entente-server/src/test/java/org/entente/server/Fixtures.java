package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.events.EventStore;
import org.entente.events.Watch;
import org.entente.ledger.Ledger;
import org.entente.ledger.Prediction;

/**
 * Data the forecasts and events pages read: a small ledger of recorded and resolved forecasts,
 * and an event store made from the real GDELT and ICEWS samples entente-events ships, plus one
 * line of our own whose actor name and source URLs carry markup and a script URL.
 */
final class Fixtures {

    /** entente-events' test files (see PROVENANCE.md there). */
    static final Path SAMPLES = Path.of("..", "entente-events", "src", "test", "resources", "org", "entente", "events");

    /** The Iran–Russia row a hostile line is made from, with its id, month, actor name and URL changed. */
    private static final String HOSTILE = String.join("\t", "999000001", "20191115", "201911", "2019", "2019.8712", "IRN",
            "<b>IRANIAN</b>", "IRN", "", "", "", "", "", "", "", "RUS", "RUSSIAN", "RUS", "", "", "", "", "", "", "", "1",
            "056", "056", "05", "1", "7.0", "9", "1", "2", "-2.4", "1", "Lebanon", "LE", "LE", "", "33.8", "35.8", "LE", "4",
            "Damascus, Syria", "SY", "SY13", "26324", "33.5", "36.3", "-2541260", "4", "Damascus, Syria", "SY", "SY13",
            "26324", "33.5", "36.3", "-2541260", "20191115143000", "javascript:alert(1)");

    private Fixtures() {
    }

    /** Records four forecasts in a new ledger and resolves three of them. */
    static void ledger(Path file) {
        try (Ledger l = Ledger.open(file)) {
            l.record(new Prediction("irn-rus-defence-2026", "Will Iran and Russia sign <b>a mutual-defence</b> pact?",
                    LocalDate.of(2025, 1, 20), LocalDate.of(2026, 1, 1), Prediction.yesNo(0.1), "analyst", "iran-russia",
                    Optional.empty(), Optional.empty()));
            l.record(new Prediction("rus-prk-troops-2025", "Will North Korean troops fight in Kursk?",
                    LocalDate.of(2024, 11, 1), LocalDate.of(2025, 6, 1), Prediction.yesNo(0.8), "analyst", "russia-dprk",
                    Optional.empty(), Optional.empty()));
            l.record(new Prediction("rus-chn-band-2025", "The Russia-China band at the end of 2025",
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Map.of("strategic-alignment", 0.6,
                    "strategic-transactionalism", 0.3, "alliance", 0.1), "scenarios seed 20250605", "russia-china",
                    Optional.empty(), Optional.empty()));
            l.record(new Prediction("irn-rus-su35-2027", "Will Russia deliver Su-35s to Iran by 2027?",
                    LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31), Prediction.yesNo(0.35), "analyst", "iran-russia",
                    Optional.empty(), Optional.empty()));
            l.resolve("irn-rus-defence-2026", "no", LocalDate.of(2026, 1, 2));
            l.resolve("rus-prk-troops-2025", "yes", LocalDate.of(2025, 4, 28));
            l.resolve("rus-chn-band-2025", "strategic-alignment", LocalDate.of(2026, 1, 5));
        }
    }

    /**
     * Mentions of one Iran-Russia event of the 2019-10-24 export (GLOBALEVENTID 881991936), in the
     * layout of a real mentions row: one plain, one with markup in the outlet and a script address.
     */
    static final String MENTIONS = "881991936\t20191024143000\t20191024143000\t1\ttass.com\thttps://tass.com/politics/1"
            + "\t3\t-1\t120\t98\t1\t70\t2410\t-1.25\t\t\n"
            + "881991936\t20191024143000\t20191024150000\t1\t<i>outlet</i>\tjavascript:alert(2)\t1\t-1\t40\t12\t0\t20"
            + "\t880\t0.5\tsrclc:fas;eng:GT-FAS 1.0\t\n";

    /** Ingests the GDELT 2.0 and ICEWS samples, the hostile line and mentions, watching the three cases' pairs. */
    static void events(Path file, Path scratch) {
        try {
            Path hostile = scratch.resolve("hostile.export.CSV");
            Files.writeString(hostile, HOSTILE + "\n", StandardCharsets.UTF_8);
            Path mentions = scratch.resolve("20191024143000.mentions.CSV");
            Files.writeString(mentions, MENTIONS, StandardCharsets.UTF_8);
            try (EventStore store = EventStore.open(file)) {
                store.ingest(List.of(mentions, SAMPLES.resolve("20151027220000.export.CSV"), SAMPLES.resolve("20191024143000.export.CSV"),
                        SAMPLES.resolve("events.2018.sample.tab"), hostile), List.of(new Watch("IRN", "RUS"),
                        new Watch("PRK", "RUS"), new Watch("CHN", "RUS")), r -> { });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
