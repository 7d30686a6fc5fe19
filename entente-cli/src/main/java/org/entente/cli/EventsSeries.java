package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.entente.events.ChangePoint;
import org.entente.events.EventStore;
import org.entente.events.Series;
import org.entente.events.SeriesQuery;
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
@Command(name = "series", description = "A dyad's cooperation and conflict per period from the store's rollup: "
        + "events each way, distinct reports, quad classes, Goldstein mean and sum, net cooperation, tone, share of "
        + "each state's volume, and shifts in the monthly Goldstein mean.")
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
    @Option(names = "--direction", defaultValue = "both", description = "Whose acts the measures count: both (default), "
            + "ab (A's toward B) or ba (B's toward A).")
    String direction;
    @Option(names = "--weight", defaultValue = "events", description = "The Goldstein mean and sum shown, and read by the "
            + "change detection: events (each event once, the default) or mentions (each event by its mentions; GDELT only).")
    String weight;
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        StoreQueries.Period period = period();
        Optional<EventDimension> d = dimension();
        SeriesQuery.Direction dir = parse(() -> SeriesQuery.Direction.parse(direction), "--direction");
        SeriesQuery.Weight w = parse(() -> SeriesQuery.Weight.parse(weight), "--weight");
        format = format.toLowerCase(Locale.ROOT);   // as --by and --dimension are read
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new Failures.BadInputException("--format '" + format + "' is not table, csv or json");
        }
        String[] pair = EventsCommand.pair(a, b, "events series " + a + " " + b);
        String x = pair[0];
        String y = pair[1];
        Series series;
        try (EventStore store = parent.openForQueries()) {
            series = store.queries().series(x, y, SeriesQuery.by(period).dimension(d).direction(dir).weight(w));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> Json.print(out, series.rows());
            case "csv" -> csv(out, series.rows());
            default -> table(out, x, y, d, series);
        }
        out.flush();
        return 0;
    }

    private static <T> T parse(java.util.function.Supplier<T> p, String option) {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            throw new Failures.BadInputException(option + " " + e.getMessage());
        }
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

    private static String fixed(OptionalDouble d, String format) {
        return d.isPresent() ? String.format(Locale.ROOT, format, d.getAsDouble()) : "";
    }

    /** The columns of the earlier versions first, in their order, then those added since. */
    static void csv(PrintWriter out, List<SeriesRow> rows) {
        out.println("period,source,events_ab,events_ba,events,distinct_reports,verbal_coop,material_coop,verbal_conflict,"
                + "material_conflict,goldstein_sum,goldstein_mean,goldstein_mentions_mean,net_cooperation,tone_mean,"
                + "volume_a,volume_b,per_thousand,shift,direction,weight,mentions,goldstein_mentions_sum,per_thousand_a,"
                + "per_thousand_b,shift_month");
        for (SeriesRow r : rows) {
            out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%d,%d,%d,%.3f,%.4f,%s,%.4f,%s,%d,%d,%.4f,%s,%s,%s,%d,%.3f,%.4f,%.4f,%s%n",
                    r.period(), r.source(), r.eventsAB(), r.eventsBA(), r.events(), r.distinctReports(),
                    r.quadClasses().get(0), r.quadClasses().get(1), r.quadClasses().get(2), r.quadClasses().get(3),
                    r.goldsteinSum(), r.goldsteinMean(), opt(r.goldsteinMentionsMean()), r.netCooperation(),
                    opt(r.toneMean()), r.volumeA(), r.volumeB(), r.perThousand(), r.shift(), r.direction(), r.weight(),
                    r.mentions(), r.goldsteinMentionsSum(), r.perThousandA(), r.perThousandB(), r.shiftMonth());
        }
    }

    /** @return what the measures count, for the line above the table */
    static String caption(String x, String y, SeriesQuery q) {
        String who = switch (q.direction()) {
            case BOTH -> x + " and " + y + ", both directions";
            case AB -> x + ">" + y + " only: " + x + "'s acts toward " + y;
            case BA -> y + ">" + x + " only: " + y + "'s acts toward " + x;
        };
        String gold = q.weight() == SeriesQuery.Weight.EVENTS ? "Goldstein mean and sum per event"
                : "Goldstein mean and sum weighted by mentions (GDELT only)";
        return who + q.dimension().map(e -> ", " + e.id() + " events").orElse("") + "; " + gold;
    }

    private static void table(PrintWriter out, String x, String y, Optional<EventDimension> d, Series series) {
        List<SeriesRow> rows = series.rows();
        SeriesQuery q = series.query();
        if (rows.isEmpty()) {
            String which = switch (q.direction()) {
                case BOTH -> "between " + x + " and " + y;
                case AB -> "from " + x + " to " + y;
                case BA -> "from " + y + " to " + x;
            };
            out.println("no events " + which + d.map(e -> " of the dimension " + e.id()).orElse("") + " in the store");
            return;
        }
        boolean both = q.direction() == SeriesQuery.Direction.BOTH;
        boolean months = q.by() == StoreQueries.Period.MONTH;
        boolean mentions = q.weight() == SeriesQuery.Weight.MENTIONS;
        String counts = both ? String.format(Locale.ROOT, "%7s %7s %6s", x + ">" + y, y + ">" + x, "ALL")
                : String.format(Locale.ROOT, "%7s", q.direction() == SeriesQuery.Direction.AB ? x + ">" + y : y + ">" + x);
        out.println(caption(x, y, q));
        out.printf(Locale.ROOT, "%-8s %-6s %s %8s  %5s %5s %5s %5s  %7s %9s %7s %7s  %7s %10s %10s %s%n", "PERIOD",
                "SOURCE", counts, "DISTINCT", "VCOOP", "MCOOP", "VCONF", "MCONF", mentions ? "GOLD-M" : "GOLD",
                mentions ? "GOLDSUM-M" : "GOLDSUM", "NETCOOP", "TONE", "PER1000", "PER1000" + x, "PER1000" + y, "SHIFT");
        for (SeriesRow r : rows) {
            String n = both ? String.format(Locale.ROOT, "%7d %7d %6d", r.eventsAB(), r.eventsBA(), r.events())
                    : String.format(Locale.ROOT, "%7d", r.events());
            String shift = months || r.shift().isEmpty() ? r.shift() : r.shiftsWithMonths();
            out.println(String.format(Locale.ROOT, "%-8s %-6s %s %8d  %5d %5d %5d %5d  %7s %9s %7.2f %7s  %7.2f %10.2f %10.2f %s",
                    r.period(), r.source(), n, r.distinctReports(), r.quadClasses().get(0), r.quadClasses().get(1),
                    r.quadClasses().get(2), r.quadClasses().get(3), fixed(r.goldstein(q.weight()), "%.2f"),
                    fixed(r.goldsteinTotal(q.weight()), "%.1f"), r.netCooperation(), opt(r.toneMean()), r.perThousand(),
                    r.perThousandA(), r.perThousandB(), shift).stripTrailing());
        }
        shifts(out, series);
    }

    /** The change points under the table, source by source, or why there are none. */
    static void shifts(PrintWriter out, Series series) {
        SeriesQuery q = series.query();
        out.printf(Locale.ROOT, "Shifts in the monthly Goldstein mean %s (binary segmentation, permutation CUSUM test at %s %%, "
                + "%d months with events or more, %d a side):%n", q.weight() == SeriesQuery.Weight.EVENTS ? "per event"
                : "by mentions", new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(100 * Series.ALPHA), Series.MIN_TESTED, Series.MIN_SEGMENT);
        for (Map.Entry<String, Integer> t : series.tested().entrySet()) {
            List<ChangePoint> here = series.changes().stream().filter(c -> c.source().equals(t.getKey())).toList();
            if (t.getValue() < Series.MIN_TESTED) {
                out.printf(Locale.ROOT, "  %-6s too few months with %s to test (%d; %d needed)%n", t.getKey(),
                        q.weight() == SeriesQuery.Weight.EVENTS ? "events" : "mentions", t.getValue(), Series.MIN_TESTED);
            } else if (here.isEmpty()) {
                out.printf(Locale.ROOT, "  %-6s none in %d months%n", t.getKey(), t.getValue());
            }
            for (ChangePoint c : here) {
                out.printf(Locale.ROOT, "  %-6s %s %-4s %+.2f -> %+.2f  (%d months before, %d after%s; p = %.3f)%n",
                        c.source(), c.month(), c.direction(), c.before(), c.after(), c.monthsBefore(), c.monthsAfter(),
                        c.gap() == 0 ? "" : "; " + c.gap() + " month(s) without events just before", c.pValue());
            }
        }
    }
}
