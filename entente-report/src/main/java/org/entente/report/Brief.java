package org.entente.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.model.Case;
import org.entente.reference.panel.DyadYear;
import org.entente.scenarios.Forecast;
import org.entente.spectrum.Assessment;

/**
 * Everything a brief is generated from.
 *
 * @param title      the brief's title
 * @param produced   the date the brief was generated
 * @param subject    the case, if the brief is about one (empty for a data-only pair)
 * @param assessment where the partnership stands
 * @param forecast   where it could go, if the case has an outlook
 * @param panel      the dyad-year panel, oldest first (may be empty)
 * @param nameA      the first state's name
 * @param nameB      the second state's name
 * @param events     the dyad's event record, when an event store exists
 * @param recent     the case assessed at the end of the years before its date, oldest first (may be empty)
 */
public record Brief(String title, LocalDate produced, Optional<Case> subject, Assessment assessment,
                    Optional<Forecast> forecast, List<DyadYear> panel, String nameA, String nameB,
                    Optional<EventRecord> events, List<Assessment> recent) {

    /** Copies the lists. */
    public Brief {
        panel = List.copyOf(panel);
        recent = List.copyOf(recent);
    }

    /** A brief without an event record. */
    public Brief(String title, LocalDate produced, Optional<Case> subject, Assessment assessment,
                 Optional<Forecast> forecast, List<DyadYear> panel, String nameA, String nameB) {
        this(title, produced, subject, assessment, forecast, panel, nameA, nameB, Optional.empty(), List.of());
    }

    /** @return this brief with an event record */
    public Brief withEvents(Optional<EventRecord> record) {
        return new Brief(title, produced, subject, assessment, forecast, panel, nameA, nameB, record, recent);
    }

    /** @return this brief with the year-end assessments before its date */
    public Brief withRecent(List<Assessment> years) {
        return new Brief(title, produced, subject, assessment, forecast, panel, nameA, nameB, events, years);
    }
}
