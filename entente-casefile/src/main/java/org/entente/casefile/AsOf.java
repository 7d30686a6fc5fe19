package org.entente.casefile;

import java.time.LocalDate;
import java.util.Optional;
import org.entente.model.PartialDate;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The case's {@code as_of} date, against which the dates the case records are checked: a case
 * is brought up to date on a day that has come, records nothing that happened after it, and
 * forecasts from the year after it.
 */
final class AsOf {

    private static final String LATER = "or bring 'as_of' forward to the day the case was last brought up to date "
            + "(today at the latest)";

    private final Optional<PartialDate> date;
    private final Problems problems;

    /**
     * @param date     the case's as_of date, if it could be read
     * @param problems where a date after it is reported
     */
    AsOf(Optional<PartialDate> date, Problems problems) {
        this.date = date;
        this.problems = problems;
    }

    /** Reports an as_of date that starts after {@code today}: a case cannot be up to date on a day still to come. */
    void checkNotAfter(LocalDate today, Node at) {
        date.filter(d -> d.start().isAfter(today)).ifPresent(d -> problems.at(at, "as_of " + d + " is after today ("
                + today + ")", "as_of is the date the case was last brought up to date, today at the latest; what may "
                + "come later belongs in the outlook and the scenarios"));
    }

    /** Reports a timeline event dated after as_of. */
    void checkEvent(PartialDate event, Node at) {
        if (after(event)) {
            problems.at(at, "timeline event dated " + event + " is after the case's as_of date " + date.get(),
                    "a case records what happened up to its as_of date: correct the event's date, " + LATER);
        }
    }

    /** Reports an evidence period that starts after as_of. */
    void checkPeriodStart(PartialDate from, Node at) {
        if (after(from)) {
            problems.at(at, "evidence period starts " + from + ", after the case's as_of date " + date.get(),
                    "evidence covers a time up to the as_of date: correct 'from', " + LATER);
        }
    }

    /** Reports an outlook horizon that is not after the as_of year, where no forecast year would be left. */
    void checkHorizon(int horizon, Node at) {
        date.filter(d -> horizon <= d.year()).ifPresent(d -> problems.at(at, "outlook horizon " + horizon
                + " is not after the as_of year " + d.year(), "the forecast runs from " + (d.year() + 1)
                + ", the year after as_of, to the horizon: give " + (d.year() + 1) + " or later"));
    }

    /** @return the first forecast year, the year after as_of, if as_of could be read */
    Optional<Integer> firstForecastYear() {
        return date.map(d -> d.year() + 1);
    }

    /** @return whether {@code d} starts after the last day as_of may stand for */
    private boolean after(PartialDate d) {
        return date.isPresent() && d.start().isAfter(date.get().end());
    }
}
