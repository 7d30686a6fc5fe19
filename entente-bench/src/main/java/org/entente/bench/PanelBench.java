package org.entente.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadPanels;
import org.entente.reference.unvotes.Similarity;
import org.entente.reference.unvotes.UnVotes;

/**
 * Times the dyad-year panel: loading every bundled dataset, one dyad's full panel, and
 * Signorino-Ritter S for all dyads of one year, each beside a baseline.
 */
public final class PanelBench {

    private PanelBench() {
    }

    /**
     * @param args optional: the number of repetitions (default 5)
     * @throws IOException if a bundled file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Bundle bundle = Bundle.bundled();
        System.out.printf(Locale.ROOT, "Dyad-year panel benchmark, %d repetitions, %d cores, max heap %d MB%n", reps,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        double floor = best(reps, () -> gunzipAll(bundle));
        double load = best(reps, () -> DyadPanels.load(bundle));
        row("load all bundled data", load, "baseline: gunzip every file, no parsing", floor);

        DyadPanels panels = DyadPanels.load(bundle);
        double one = best(reps * 20, () -> panels.panel(630, 365, 1946, 2022));
        double floor1 = best(reps * 20, () -> naivePanelVotes(panels.votes(), 630, 365, 1946, 2022));
        row("one dyad, full panel 1946-2022 (IRN-RUS)", one, "floor: UN vote tables alone, 77 years", floor1);

        int year = 2014;
        Map<Long, Byte> joined = hashJoinIndex(panels.votes(), year);
        double fast = best(reps, () -> panels.votes().allPairs(year));
        double slow = best(reps, () -> allPairsViaHashJoin(panels.votes(), joined, year));
        int pairs = panels.votes().allPairs(year).size();
        row("S, kappa, pi for all " + pairs + " dyads of " + year, fast,
                "baseline: the same via a hash-map vote join", slow);
    }

    private static Object naivePanelVotes(UnVotes votes, int a, int b, int from, int to) {
        double sum = 0;
        for (int y = from; y <= to; y++) {
            sum += votes.similarity(a, b, y).n();
        }
        return sum;
    }

    /** The textbook route: votes in a hash map keyed by (roll call, state), joined pair by pair. */
    private static Map<Long, Byte> hashJoinIndex(UnVotes votes, int year) {
        Map<Long, Byte> index = new HashMap<>();
        int[] voters = votes.voters(year);
        for (int rc : votes.rollCalls(year)) {
            for (int v : voters) {
                byte vote = votes.vote(rc, v);
                if (vote != 0) {
                    index.put(rc * 1000L + v, vote);
                }
            }
        }
        return index;
    }

    private static Object allPairsViaHashJoin(UnVotes votes, Map<Long, Byte> index, int year) {
        int[] voters = votes.voters(year);
        int[] calls = votes.rollCalls(year);
        int count = 0;
        for (int i = 0; i < voters.length; i++) {
            for (int j = i + 1; j < voters.length; j++) {
                int[][] t = new int[3][3];
                for (int rc : calls) {
                    Byte x = index.get(rc * 1000L + voters[i]);
                    Byte y = index.get(rc * 1000L + voters[j]);
                    if (x != null && y != null) {
                        t[x - 1][y - 1]++;
                    }
                }
                count += Similarity.of(t).n() > 0 ? 1 : 0;
            }
        }
        return count;
    }

    private static Object gunzipAll(Bundle bundle) {
        long bytes = 0;
        byte[] buf = new byte[1 << 16];
        for (String file : List.of("un-rollcalls.tsv.gz", "un-votes.tsv.gz", "atop-ddy.tsv.gz", "cow-alliance-dy.tsv.gz",
                "sipri-tiv.tsv.gz", "sipri-imports.tsv.gz", "cow-trade-dyadic.tsv.gz", "cow-trade-national.tsv.gz",
                "igo-dyadic.tsv.gz", "nmc.tsv.gz", "mids-dyadic.tsv.gz", "rivalries-td.tsv.gz", "rivalries-tss.tsv.gz",
                "contiguity.tsv.gz", "leaders.tsv.gz")) {
            try (InputStream in = new GZIPInputStream(PanelBench.class.getResourceAsStream(
                    "/org/entente/reference/data/" + file))) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    bytes += n;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bytes;
    }

    /** The best (lowest) wall time of {@code reps} runs after one warm-up run, in milliseconds. */
    private static double best(int reps, Supplier<Object> work) {
        Object sink = work.get();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            sink = work.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        if (sink == null) {
            System.out.print("");
        }
        return best;
    }

    private static void row(String what, double ms, String baseline, double baseMs) {
        System.out.printf(Locale.ROOT, "%-45s %9.2f ms   %-48s %9.2f ms   ratio %.2fx%n", what, ms, baseline, baseMs,
                ms / baseMs);
    }

}
