package org.entente.spectrum;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.model.Case;
import org.entente.model.Evidence;
import org.entente.model.Factor;
import org.entente.model.PartialDate;
import org.entente.model.Source;
import org.entente.model.TimelineEvent;
import org.entente.model.Treaty;
import org.entente.model.TreatyStatus;

/**
 * A case as it stood on a date, by the rules the assessment itself applies: an evidence item
 * counts from when it began (its period, else its earliest linked event, else its earliest dated
 * source), a treaty from its entry into force (or signature when no date is known) until a
 * successor enters into force, a driver or limit when it names no evidence or some of its
 * evidence had begun. Whatever shows a case at an earlier date (the brief, the web pages) reads
 * it through this, so that what it lists is what the scores were made from.
 */
public final class CaseOnDate {

    private final Case c;
    private final LocalDate date;

    /**
     * @param c    the case
     * @param date the date it is read at
     */
    public CaseOnDate(Case c, LocalDate date) {
        this.c = Objects.requireNonNull(c, "case");
        this.date = Objects.requireNonNull(date, "date");
    }

    /** @return the date */
    public LocalDate date() {
        return date;
    }

    /** @return whether the date is before the case's own, so that later parts of the case are left out */
    public boolean earlier() {
        return date.isBefore(c.asOf().end());
    }

    /**
     * When an evidence item began: its period, else its earliest linked timeline event, else its
     * earliest dated source; empty when nothing dates it (it then always counts).
     */
    static Optional<PartialDate> start(Case c, Evidence e) {
        if (e.period().isPresent()) {
            return Optional.of(e.period().get().from());
        }
        Optional<PartialDate> event = e.events().stream()
                .map(id -> c.timeline().stream().filter(t -> t.id().equals(id)).findFirst())
                .flatMap(Optional::stream).map(TimelineEvent::date).min(Comparator.naturalOrder());
        if (event.isPresent()) {
            return event;
        }
        return e.sources().stream().map(c::source).flatMap(Optional::stream).map(Source::date)
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** @return whether the item had begun by the date, as the assessment weighs it (an undated item always has) */
    public boolean known(Evidence e) {
        return start(c, e).map(s -> !s.start().isAfter(date)).orElse(true);
    }

    /** @return the case's evidence that had begun by the date, in the case's order */
    public List<Evidence> evidence() {
        return c.evidence().stream().filter(this::known).toList();
    }

    /** @return whether a timeline event had happened by the date (its first possible day not after it) */
    public boolean happened(TimelineEvent t) {
        return !t.date().start().isAfter(date);
    }

    /**
     * @return whether a driver or limit stood on the date: it names no evidence, or some of its
     * evidence had begun by then (the rule by which a limit counts in hedging)
     */
    public boolean stands(Factor<?> f) {
        return f.evidence().isEmpty() || f.evidence().stream().anyMatch(id -> c.evidence().stream()
                .anyMatch(e -> e.id().equals(id) && known(e)));
    }

    /** @return whether a source is undated or dated on or before the date */
    public boolean known(Source s) {
        return s.date().map(d -> !d.start().isAfter(date)).orElse(true);
    }

    /** @return whether every dated source among these ids is dated on or before the date (unknown ids do not count) */
    public boolean allKnown(List<String> sourceIds) {
        return sourceIds.stream().map(c::source).flatMap(Optional::stream).allMatch(this::known);
    }

    /**
     * A treaty counts from its entry into force (or signature, if no date is known) until a
     * successor enters into force; a treaty recorded as signed, or as being ratified with no date
     * of entry into force, does not count; an expired one with a known term counts until its term
     * ends.
     *
     * @return whether the treaty was in force on the date
     */
    public boolean inForce(Treaty t) {
        LocalDate start = t.entryIntoForce().orElse(t.signed()).start();
        if (start.isAfter(date) || t.status() == TreatyStatus.SIGNED || t.status() == TreatyStatus.RATIFYING
                && t.entryIntoForce().isEmpty()) {
            return false;
        }
        if (supersededBy(t).isPresent()) {
            return false;
        }
        if (t.status() == TreatyStatus.EXPIRED && t.durationYears().isPresent()) {
            return start.plusYears(t.durationYears().getAsInt()).isAfter(date);
        }
        return true;
    }

    /** @return the treaty that had replaced this one by the date (entered into force, or signed when no date is known) */
    private Optional<Treaty> supersededBy(Treaty t) {
        return c.treaties().stream().filter(other -> other.supersedes().filter(t.id()::equals).isPresent()
                && !other.entryIntoForce().orElse(other.signed()).start().isAfter(date)).findFirst();
    }

    /**
     * Where a treaty stood on the date. On or after the case's own date that is the status the
     * case records. Before it: empty when the treaty was not yet signed; superseded once its
     * successor counts; in force when {@link #inForce} holds; expired once its term ran out;
     * otherwise signed (signed, and not yet in force: when ratification came is not recorded).
     *
     * @return its status on the date, empty when it had not been signed
     */
    public Optional<TreatyStatus> status(Treaty t) {
        if (!earlier()) {
            return Optional.of(t.status());
        }
        if (t.signed().start().isAfter(date)) {
            return Optional.empty();
        }
        if (supersededBy(t).isPresent()) {
            return Optional.of(TreatyStatus.SUPERSEDED);
        }
        if (inForce(t)) {
            return Optional.of(TreatyStatus.IN_FORCE);
        }
        LocalDate start = t.entryIntoForce().orElse(t.signed()).start();
        if (t.status() == TreatyStatus.EXPIRED && t.durationYears().isPresent() && !start.isAfter(date)) {
            return Optional.of(TreatyStatus.EXPIRED);
        }
        return Optional.of(TreatyStatus.SIGNED);
    }

    /** @return the date of entry into force when it had come by the date, else empty */
    public Optional<PartialDate> entryIntoForce(Treaty t) {
        return t.entryIntoForce().filter(d -> !earlier() || !d.start().isAfter(date));
    }
}
