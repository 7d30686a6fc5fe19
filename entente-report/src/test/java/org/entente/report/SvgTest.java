package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charts' axes and legends: round, distinct ticks; legends that do not overlap; bars inside the axes. */
class SvgTest {

    private static final Pattern TEXT = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>([^<]*)</text>");

    /** The y axis labels: the texts right-aligned at x = 45. */
    private static List<String> yLabels(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            if (m.group(1).equals("45.0")) {
                out.add(m.group(3));
            }
        }
        return out;
    }

    @Test
    void ticks_are_round_distinct_and_cover_the_range() {
        for (double max = 0.03; max < 5000; max *= 1.13) {
            double[] t = Svg.ticks(0, max);
            assertThat(t[1]).as("top for %s", max).isGreaterThanOrEqualTo(max);
            assertThat((t[1] - t[0]) / t[2]).as("intervals for %s", max).isBetween(1.0, 5.0 + 1e-9);
            Map<String, double[]> one = Map.of("s", new double[] {max, max / 2});
            List<String> labels = yLabels(Svg.lines(List.of(2000, 2001), one, 0, max));
            assertThat(labels).as("labels for max %s", max).doesNotHaveDuplicates().hasSizeGreaterThan(1);
            for (int k = 0; k < labels.size(); k++) {   // each label is its tick's value, not a rounding of it
                assertThat(Double.parseDouble(labels.get(k))).as("label %d for max %s", k, max).isEqualTo(t[0] + k * t[2],
                        org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        // a step of 2.5 printed as whole numbers read 0 3 5 8 10 13
        assertThat(yLabels(Svg.lines(List.of(2000, 2001), Map.of("s", new double[] {11, 1}), 0, 11)))
                .containsExactly("0.0", "2.5", "5.0", "7.5", "10.0", "12.5");
        // the trade chart's case: a top of 2.4% gave the labels 0, 1, 2, 2, 3
        assertThat(yLabels(Svg.lines(List.of(2000, 2001), Map.of("s", new double[] {2.4, 1}), 0, 2.4)))
                .containsExactly("0.0", "0.5", "1.0", "1.5", "2.0", "2.5");
        assertThat(Svg.ticks(-1, 1)).containsExactly(-1, 1, 0.5);
    }

    @Test
    void legend_entries_do_not_overlap_and_wrap_inside_the_chart() {
        String svg = Svg.bandStack(List.of(2027, 2028, 2029), List.of(Map.of("transactional", 1.0), Map.of("transactional", 1.0),
                Map.of("strategic-transactionalism", 1.0)));
        Matcher m = TEXT.matcher(svg);
        List<double[]> legend = new ArrayList<>();
        while (m.find()) {
            double y = Double.parseDouble(m.group(2));
            if (y > 180) {   // under the x axis labels
                double x = Double.parseDouble(m.group(1));
                legend.add(new double[] {x, y, x + 6.0 * m.group(3).length()});
            }
        }
        assertThat(legend).hasSize(5);
        for (int i = 0; i < legend.size(); i++) {
            assertThat(legend.get(i)[2]).as("entry %d ends inside the chart", i).isLessThanOrEqualTo(560);
            for (int j = i + 1; j < legend.size(); j++) {
                boolean sameRow = legend.get(i)[1] == legend.get(j)[1];
                boolean apart = legend.get(i)[2] <= legend.get(j)[0] - 14 || legend.get(j)[2] <= legend.get(i)[0] - 14;
                assertThat(!sameRow || apart).as("entries %d and %d overlap", i, j).isTrue();
            }
        }
    }

    @Test
    void bars_stay_right_of_the_y_axis() {
        Map<String, Double> all = new LinkedHashMap<>();
        all.put("transactional", 1.0);
        String svg = Svg.bandStack(List.of(2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035), List.of(all, all, all, all, all,
                all, all, all, all));
        Matcher m = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\"").matcher(svg);
        int bars = 0;
        while (m.find()) {
            if (Double.parseDouble(m.group(2)) < 160) {   // above the x axis: a bar, not a legend swatch
                assertThat(Double.parseDouble(m.group(1))).isGreaterThan(50);
                assertThat(Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(3))).isLessThanOrEqualTo(540);
                bars++;
            }
        }
        assertThat(bars).isEqualTo(9);
    }
}
