package org.entente.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Builds {@link SeriesRow}s from the series query and flags shifts per source. */
final class SeriesRows {

    private SeriesRows() {
    }

    static SeriesRow row(ResultSet r, StoreQueries.Period by) throws SQLException {
        LocalDate p = r.getObject(1, LocalDate.class);
        String period = by.label(p);
        long n = r.getLong(5);
        long[] q = {r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10)};
        double gs = r.getDouble(11);
        long mentions = r.getLong(13);
        long toned = r.getLong(15);
        long va = r.getLong(16);
        long vb = r.getLong(17);
        return new SeriesRow(period, r.getString(2), r.getLong(3), r.getLong(4), n, r.getLong(6),
                List.of(q[0], q[1], q[2], q[3]), gs, gs / n,
                mentions > 0 ? OptionalDouble.of(r.getDouble(12) / mentions) : OptionalDouble.empty(),
                (double) (q[0] + q[1] - q[2] - q[3]) / n,
                toned > 0 ? OptionalDouble.of(r.getDouble(14) / toned) : OptionalDouble.empty(), va, vb,
                va + vb == 0 ? 0 : 1000.0 * n / (va + vb), "");
    }

    /** Rows arrive ordered by source, then period; each source's series is flagged on its own. */
    static List<SeriesRow> flag(List<SeriesRow> rows) {
        List<SeriesRow> out = new ArrayList<>();
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            while (to < rows.size() && rows.get(to).source().equals(rows.get(from).source())) {
                to++;
            }
            List<SeriesRow> part = rows.subList(from, to);
            List<String> flags = Shifts.cusum(part.stream().map(SeriesRow::goldsteinMean).toList());
            for (int i = 0; i < part.size(); i++) {
                out.add(part.get(i).withShift(flags.get(i)));
            }
            from = to;
        }
        return out;
    }
}
