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
     * @param cow   its COW code
     * @param value its value on the measure
     * @param n     for UN S, the number of shared votes; otherwise 0
     */
    public record Partner(int cow, double value, int n) {
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
                    double v = trade.value(row, 0) + trade.value(row, 1);
                    if (!Double.isNaN(v) && v > 0) {
                        out.add(new Partner(c1 == a ? c2 : c1, v, 0));
                    }
                }
            });
            case ARMS -> {
                double[] sum = new double[1000];
                arms.forYear(year, (s, r, row) -> {
                    if (s == a && r != a) {
                        sum[r] += arms.value(row, 0);
                    } else if (r == a && s != a) {
                        sum[s] += arms.value(row, 0);
                    }
                });
                for (int b = 0; b < sum.length; b++) {
                    if (sum[b] > 0) {
                        out.add(new Partner(b, sum[b], 0));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown measure " + by);
        }
        out.sort(Comparator.comparingDouble(Partner::value).reversed().thenComparingInt(Partner::cow));
        return out;
    }
}
