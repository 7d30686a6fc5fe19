package org.entente.events;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.events.cameo.EventDimension;

/**
 * The one rollup definition, shared by the store and by any other engine that reproduces it:
 * events between two states are grouped by source (gdelt, icews), actor 1, actor 2 (directed),
 * the first day of the event's month, CAMEO root, quad class and event dimension (empty when the
 * code has none), and each group keeps
 * <ul>
 * <li>{@code events}: the number of rows;</li>
 * <li>{@code distinct_reports}: rows left after dropping repeats of the same day, actor 1's and
 * actor 2's states, event code and source document within one file ({@link ReportKey}); only this
 * count drops repeats, every other sum counts each row;</li>
 * <li>{@code goldstein_sum}, and {@code goldstein_weighted} = Σ Goldstein × NumMentions;</li>
 * <li>{@code mentions}, {@code sources}, {@code articles}: sums (GDELT only);</li>
 * <li>{@code tone_sum} and {@code toned}: the sum of AvgTone and how many rows had one.</li>
 * </ul>
 * Every measure is a sum, so rollups of separate files add up to the rollup of their union.
 */
final class Rollup {

    /**
     * @param source    the data set (gdelt, icews)
     * @param actor1    source state, ISO3
     * @param actor2    target state, ISO3
     * @param month     first day of the month
     * @param root      CAMEO root code
     * @param quadClass 1 to 4
     * @param dimension the event dimension's id, or empty
     */
    record Key(String source, String actor1, String actor2, LocalDate month, String root, int quadClass,
               String dimension) {
    }

    /** The sums of one group; mutable while a file is read, then written once. */
    static final class Tally {
        long events;
        long distinct;
        double goldsteinSum;
        double goldsteinWeighted;
        long mentions;
        long sources;
        long articles;
        double toneSum;
        long toned;
    }

    private final Map<Key, Tally> groups = new LinkedHashMap<>();
    private final Map<Key, long[]> volumes = new LinkedHashMap<>();
    /** Reports seen, as 128-bit keys (16 bytes each instead of a string of a few hundred). */
    private final ReportSet seen = new ReportSet();
    private final ReportKey report = new ReportKey();
    private final long[] hash = new long[2];

    /** @param e an accepted event; it is counted in its actors' volumes, and in a group if dyadic */
    void add(Event e) {
        LocalDate month = e.date().withDayOfMonth(1);
        String source = e.format().source();
        volume(source, e.actor1(), month);
        if (!e.actor2().equals(e.actor1())) {
            volume(source, e.actor2(), month);
        }
        if (!e.dyadic()) {
            return;
        }
        Key k = new Key(source, e.actor1(), e.actor2(), month, e.root(), e.quadClass(),
                EventDimension.of(e.code()).map(EventDimension::id).orElse(""));
        Tally t = groups.computeIfAbsent(k, x -> new Tally());
        t.events++;
        report.of(e, hash);
        if (seen.add(hash[0], hash[1])) {
            t.distinct++;
        }
        t.goldsteinSum += e.goldstein();
        if (e.mentions().isPresent()) {
            t.mentions += e.mentions().getAsInt();
            t.goldsteinWeighted += e.goldstein() * e.mentions().getAsInt();
        }
        e.sources().ifPresent(n -> t.sources += n);
        e.articles().ifPresent(n -> t.articles += n);
        if (e.tone().isPresent()) {
            t.toneSum += e.tone().getAsDouble();
            t.toned++;
        }
    }

    private void volume(String source, String actor, LocalDate month) {
        if (!actor.isEmpty()) {
            volumes.computeIfAbsent(new Key(source, actor, "", month, "", 0, ""), x -> new long[1])[0]++;
        }
    }

    /** @return the dyadic groups, in the order first seen */
    Map<Key, Tally> groups() {
        return groups;
    }

    /** @return events per source, state and month (the key's actor1 and month), in the order first seen */
    Map<Key, long[]> volumes() {
        return volumes;
    }
}
