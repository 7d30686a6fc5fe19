package org.entente.events;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Builds a dyad's {@link Series} from its monthly sums: each period's measures in the direction
 * asked, and the shifts in each source's monthly Goldstein mean.
 *
 * <p>Every measure is a ratio of sums, so a quarter's or a year's is computed from the sums of its
 * months, never as a mean of monthly means. The change detection always reads months, whatever
 * the period shown: a quarterly series of a few years has too few values to test, and months date
 * a shift to the month; a shift is shown in the period that holds its first month. A month
 * without events in the direction asked has no Goldstein mean (nothing was reported, which is not
 * a neutral relationship, so it is not read as 0): it is left out of the values tested, and a shift
 * after such months is dated at the first month with events at the new level, with the months
 * without events before it told ({@link ChangePoint#gap()}).
 */
final class SeriesRows {

    private SeriesRows() {
    }

    /** One direction's sums over one or more months. */
    static final class Sums {
        long events;
        long distinct;
        final long[] quad = new long[4];
        double goldstein;
        double weighted;
        long mentions;
        double tone;
        long toned;

        void add(Sums o) {
            events += o.events;
            distinct += o.distinct;
            for (int i = 0; i < 4; i++) {
                quad[i] += o.quad[i];
            }
            goldstein += o.goldstein;
            weighted += o.weighted;
            mentions += o.mentions;
            tone += o.tone;
            toned += o.toned;
        }

        /** @return the Goldstein mean under the weight, or NaN when it has none */
        double mean(SeriesQuery.Weight w) {
            if (w == SeriesQuery.Weight.MENTIONS) {
                return mentions > 0 ? weighted / mentions : Double.NaN;
            }
            return events > 0 ? goldstein / events : Double.NaN;
        }
    }

    /**
     * @param dyad    per source, per month: the sums of A's acts toward B (index 0) and B's toward A (1), either may be null
     * @param volumes per source, per month: A's and B's event volumes
     * @param q       the query
     * @return the series
     */
    static Series build(Map<String, TreeMap<YearMonth, Sums[]>> dyad, Map<String, Map<YearMonth, long[]>> volumes,
                        SeriesQuery q) {
        List<SeriesRow> rows = new ArrayList<>();
        List<ChangePoint> changes = new ArrayList<>();
        Map<String, Integer> tested = new TreeMap<>();
        for (Map.Entry<String, TreeMap<YearMonth, Sums[]>> s : new TreeMap<>(dyad).entrySet()) {
            String source = s.getKey();
            // the periods' sums: both directions apart, and the direction asked
            Map<String, Sums[]> periods = new LinkedHashMap<>();
            TreeMap<YearMonth, Double> monthly = new TreeMap<>();
            for (Map.Entry<YearMonth, Sums[]> m : s.getValue().entrySet()) {
                Sums[] in = periods.computeIfAbsent(label(q.by(), m.getKey()), k -> new Sums[] {new Sums(), new Sums(), new Sums()});
                Sums view = view(m.getValue(), q.direction());
                for (int d = 0; d < 2; d++) {
                    if (m.getValue()[d] != null) {
                        in[d].add(m.getValue()[d]);
                    }
                }
                in[2].add(view);
                double v = view.mean(q.weight());
                if (!Double.isNaN(v)) {
                    monthly.put(m.getKey(), v);
                }
            }
            Map<String, long[]> periodVolumes = new TreeMap<>();
            volumes.getOrDefault(source, Map.of()).forEach((month, v) -> {
                long[] x = periodVolumes.computeIfAbsent(label(q.by(), month), k -> new long[2]);
                x[0] += v[0];
                x[1] += v[1];
            });
            List<ChangePoint> found = shifts(source, monthly);
            tested.put(source, monthly.size());
            changes.addAll(found);
            for (Map.Entry<String, Sums[]> p : periods.entrySet()) {
                Sums[] x = p.getValue();
                if (x[2].events == 0) {
                    continue;   // no events in the direction asked
                }
                long[] v = periodVolumes.getOrDefault(p.getKey(), new long[2]);
                SeriesRow row = row(p.getKey(), source, q, x[0].events, x[1].events, x[2], v[0], v[1]);
                List<ChangePoint> here = found.stream().filter(c -> label(q.by(), YearMonth.parse(c.month())).equals(p.getKey()))
                        .toList();
                if (!here.isEmpty()) {
                    row = row.withShift(String.join(";", here.stream().map(ChangePoint::direction).toList()),
                            String.join(";", here.stream().map(ChangePoint::month).toList()));
                }
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(SeriesRow::period).thenComparing(SeriesRow::source));
        return new Series(q, rows, changes, tested);
    }

    /** @return the sums of the direction asked */
    private static Sums view(Sums[] directed, SeriesQuery.Direction d) {
        Sums out = new Sums();
        if (d != SeriesQuery.Direction.BA && directed[0] != null) {
            out.add(directed[0]);
        }
        if (d != SeriesQuery.Direction.AB && directed[1] != null) {
            out.add(directed[1]);
        }
        return out;
    }

    private static String label(StoreQueries.Period by, YearMonth m) {
        return by.label(m.atDay(1));
    }

    private static SeriesRow row(String period, String source, SeriesQuery q, long ab, long ba, Sums s, long va, long vb) {
        long n = s.events;
        return new SeriesRow(period, source, q.direction().id(), ab, ba, n, s.distinct,
                List.of(s.quad[0], s.quad[1], s.quad[2], s.quad[3]), s.goldstein, s.goldstein / n, s.mentions, s.weighted,
                s.mentions > 0 ? OptionalDouble.of(s.weighted / s.mentions) : OptionalDouble.empty(), q.weight().id(),
                (double) (s.quad[0] + s.quad[1] - s.quad[2] - s.quad[3]) / n,
                s.toned > 0 ? OptionalDouble.of(s.tone / s.toned) : OptionalDouble.empty(), va, vb,
                va + vb == 0 ? 0 : 1000.0 * n / (va + vb), va == 0 ? 0 : 1000.0 * n / va, vb == 0 ? 0 : 1000.0 * n / vb,
                "", "");
    }

    /**
     * @param source  the source
     * @param monthly the months with a Goldstein mean, in time order
     * @return the shifts {@link Shifts} finds in them, each with the means of the segments around it
     */
    static List<ChangePoint> shifts(String source, TreeMap<YearMonth, Double> monthly) {
        List<YearMonth> months = new ArrayList<>(monthly.keySet());
        double[] x = monthly.values().stream().mapToDouble(Double::doubleValue).toArray();
        List<Shifts.Change> found = Shifts.changes(x);
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        found.forEach(c -> bounds.add(c.at()));
        bounds.add(x.length);
        List<ChangePoint> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int from = bounds.get(i);
            int at = bounds.get(i + 1);
            int to = bounds.get(i + 2);
            double before = mean(x, from, at);
            double after = mean(x, at, to);
            YearMonth m = months.get(at);
            int gap = (int) (months.get(at - 1).until(m, java.time.temporal.ChronoUnit.MONTHS) - 1);
            out.add(new ChangePoint(source, m.toString(), after > before ? "up" : "down", before, after, at - from,
                    to - at, gap, found.get(i).pValue()));
        }
        return out;
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }
}
