package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.entente.events.EventStore;
import org.entente.events.SeriesRow;
import org.entente.events.StoreQueries;
import org.entente.events.cameo.EventDimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente events series A B}: a dyad's measures per month, quarter or year. */
@Command(name = "series", description = "A dyad's cooperation and conflict per period, both directions, from the "
        + "store's rollup: events, quad classes, Goldstein mean, net cooperation, tone, share of the states' volume, "
        + "CUSUM shifts.")
final class EventsSeries implements Callable<Integer> {

    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A", description = "One state (ISO3, COW code or name).")
    String a;
    @Parameters(index = "1", paramLabel = "B", description = "The other state.")
    String b;
    @Option(names = "--by", defaultValue = "month", description = "month, quarter or year (default ${DEFAULT-VALUE}).")
    String by;
    @Option(names = "--dimension", paramLabel = "D", description = "Only events of one dimension: economic, military, "
            + "judicial, intelligence, aid, agreement, reduced-relations, coercion, force.")
    String dimension;
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        StoreQueries.Period period = period();
        Optional<EventDimension> d = dimension();
        format = format.toLowerCase(Locale.ROOT);   // as --by and --dimension are read
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new Failures.BadInputException("--format '" + format + "' is not table, csv or json");
        }
        String[] pair = EventsCommand.pair(a, b, "events series " + a + " " + b);
        String x = pair[0];
        String y = pair[1];
        List<SeriesRow> rows;
        try (EventStore store = parent.openForQueries()) {
            rows = store.queries().series(x, y, period, d);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> Json.print(out, rows);
            case "csv" -> csv(out, rows);
            default -> table(out, x, y, d, rows);
        }
        out.flush();
        return 0;
    }

    private StoreQueries.Period period() {
        try {
            return StoreQueries.Period.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Failures.BadInputException("--by '" + by + "' is not month, quarter or year");
        }
    }

    private Optional<EventDimension> dimension() {
        try {
            return dimension == null ? Optional.empty() : Optional.of(EventDimension.parse(dimension));
        } catch (IllegalArgumentException e) {
            throw new Failures.BadInputException(e.getMessage());
        }
    }

    private static String opt(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.3f", d.getAsDouble()) : "";
    }

    private static void csv(PrintWriter out, List<SeriesRow> rows) {
        out.println("period,source,events_ab,events_ba,events,distinct_reports,verbal_coop,material_coop,verbal_conflict,"
                + "material_conflict,goldstein_sum,goldstein_mean,goldstein_mentions_mean,net_cooperation,tone_mean,"
                + "volume_a,volume_b,per_thousand,shift");
        for (SeriesRow r : rows) {
            out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%d,%d,%d,%.3f,%.4f,%s,%.4f,%s,%d,%d,%.4f,%s%n", r.period(),
                    r.source(), r.eventsAB(), r.eventsBA(), r.events(), r.distinctReports(), r.quadClasses().get(0),
                    r.quadClasses().get(1), r.quadClasses().get(2), r.quadClasses().get(3), r.goldsteinSum(),
                    r.goldsteinMean(), opt(r.goldsteinMentionsMean()), r.netCooperation(), opt(r.toneMean()),
                    r.volumeA(), r.volumeB(), r.perThousand(), r.shift());
        }
    }

    private static void table(PrintWriter out, String x, String y, Optional<EventDimension> d, List<SeriesRow> rows) {
        if (rows.isEmpty()) {
            out.println("no events between " + x + " and " + y + d.map(e -> " of the dimension " + e.id()).orElse("")
                    + " in the store");
            return;
        }
        out.printf(Locale.ROOT, "%-8s %-6s %6s %6s %6s  %5s %5s %5s %5s  %7s %7s %7s  %7s %s%n", "PERIOD", "SOURCE",
                x + ">" + y, y + ">" + x, "ALL", "VCOOP", "MCOOP", "VCONF", "MCONF", "GOLD", "NETCOOP", "TONE",
                "PER1000", "SHIFT");
        for (SeriesRow r : rows) {
            out.printf(Locale.ROOT, "%-8s %-6s %6d %6d %6d  %5d %5d %5d %5d  %7.2f %7.2f %7s  %7.2f %s%n", r.period(),
                    r.source(), r.eventsAB(), r.eventsBA(), r.events(), r.quadClasses().get(0), r.quadClasses().get(1),
                    r.quadClasses().get(2), r.quadClasses().get(3), r.goldsteinMean(), r.netCooperation(),
                    opt(r.toneMean()), r.perThousand(), r.shift());
        }
    }
}
