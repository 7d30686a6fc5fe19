package org.entente.reference.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.reference.data.DyadYearTable;

/**
 * A state's closest partners in one year by one measure, for comparisons: who votes most like
 * it at the UN, who trades most with it, who arms it or is armed by it.
 */
public final class Partners {

    /** What "closest" means. */
    public enum Measure {
        /** Signorino-Ritter S over all UN roll calls of the year. */
        UN_S("un-s", "unvotes"),
        /** Bilateral trade, both directions, current US$ millions. */
        TRADE("trade", "cow-trade"),
        /** Arms deliveries, both directions, SIPRI TIV millions. */
        ARMS("arms", "sipri");

        private final String id;
        private final String dataset;

        Measure(String id, String dataset) {
            this.id = id;
            this.dataset = dataset;
        }

        /** @return the id of the bundled dataset it is computed from */
        public String dataset() {
            return dataset;
        }

        /** @return the word used on the command line */
        public String id() {
            return id;
        }
    }

    /**
     * One partner.
     *
     * @param cow      its COW code
     * @param value    its value on the measure: for trade and arms, both directions summed
     * @param n        for UN S, the number of shared votes; otherwise 0
     * @param inbound  for trade, the state's imports from the partner; for arms, the partner's deliveries
     *                 to the state; NaN for UN S
     * @param outbound for trade, the partner's imports from the state; for arms, the state's deliveries
     *                 to the partner; NaN for UN S
     */
    public record Partner(int cow, double value, int n, double inbound, double outbound) {

        /** A partner by UN votes, which have no direction. */
        Partner(int cow, double value, int n) {
            this(cow, value, n, Double.NaN, Double.NaN);
        }
    }

    private Partners() {
    }

    static List<Partner> of(DyadPanels panels, DyadYearTable trade, DyadYearTable arms, int a, int year, Measure by) {
        List<Partner> out = new ArrayList<>();
        switch (by) {
            case UN_S -> {
                if (!panels.bundle().dataset("unvotes").covers(year)) {
                    break;   // the file's lone roll call of January 2020 is not a year of votes
                }
                for (int b : panels.votes().voters(year)) {
                    var s = panels.votes().similarity(a, b, year);
                    if (b != a && s.n() >= DyadPanels.MIN_SHARED_VOTES) {   // as for a dyad's own measure
                        out.add(new Partner(b, s.s(), s.n()));
                    }
                }
            }
            case TRADE -> trade.forYear(year, (c1, c2, row) -> {
                if (c1 == a || c2 == a) {
                    // flow1 is the first code's imports from the second, flow2 the reverse
                    double in = c1 == a ? trade.value(row, 0) : trade.value(row, 1);
                    double outward = c1 == a ? trade.value(row, 1) : trade.value(row, 0);
                    double v = in + outward;
                    if (!Double.isNaN(v) && v > 0) {
                        out.add(new Partner(c1 == a ? c2 : c1, v, 0, in, outward));
                    }
                }
            });
            case ARMS -> {
                double[] to = new double[1000];
                double[] from = new double[1000];
                arms.forYear(year, (s, r, row) -> {
                    if (s == a && r != a) {
                        from[r] += arms.value(row, 0);
                    } else if (r == a && s != a) {
                        to[s] += arms.value(row, 0);
                    }
                });
                for (int b = 0; b < to.length; b++) {
                    if (to[b] + from[b] > 0) {
                        out.add(new Partner(b, to[b] + from[b], 0, to[b], from[b]));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown measure " + by);
        }
        out.sort(Comparator.comparingDouble(Partner::value).reversed().thenComparingInt(Partner::cow));
        return out;
    }
}
