package org.entente.bench;

import java.util.List;
import java.util.Locale;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadPanels;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;

/**
 * Times data-only scoring of every dyad of one year: on all cores (as {@code Assessor.assessAll}
 * does) beside the same work on one thread, the baseline.
 */
public final class SpectrumBench {

    private SpectrumBench() {
    }

    /**
     * @param args optional: the year (default 2015) and the repetitions (default 3)
     */
    public static void main(String[] args) {
        int year = args.length > 0 ? Integer.parseInt(args[0]) : 2015;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        DyadPanels panels = DyadPanels.load(Bundle.bundled());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Assessor model = new Assessor(SpectrumConfig.defaults(), panels);
        System.out.printf(Locale.ROOT, "Spectrum benchmark, year %d, %d repetitions, %d cores; data loaded in %.0f ms%n",
                year, reps, Runtime.getRuntime().availableProcessors(), loadMs);
        int[] voters = panels.votes().voters(year);
        double parallel = Double.MAX_VALUE;
        double serial = Double.MAX_VALUE;
        int n = 0;
        for (int r = 0; r <= reps; r++) { // the first round warms up
            long a = System.nanoTime();
            List<Assessment> all = model.assessAll(year);
            double p = (System.nanoTime() - a) / 1e6;
            long b = System.nanoTime();
            int count = 0;
            for (int i = 0; i < voters.length; i++) {
                for (int j = i + 1; j < voters.length; j++) {
                    count += model.assessDyad(voters[i], voters[j], "", year) != null ? 1 : 0;
                }
            }
            double s = (System.nanoTime() - b) / 1e6;
            if (r > 0) {
                parallel = Math.min(parallel, p);
                serial = Math.min(serial, s);
            }
            n = Math.max(all.size(), count);
        }
        System.out.printf(Locale.ROOT, "%-44s %9.0f ms   %-34s %9.0f ms   ratio %.2fx%n",
                "all " + n + " dyads, data only, all cores", parallel, "baseline: one thread", serial, parallel / serial);
    }
}
