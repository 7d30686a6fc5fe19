package org.entente.reference.unvotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.reference.data.Bundle;
import org.entente.reference.data.Tsv;

/**
 * All bundled UN General Assembly roll calls and votes, held as one byte per (roll call, COW
 * code): 0 for no vote (absent or not a member), 1 yes, 2 abstain, 3 no.
 */
public final class UnVotes {

    private static final List<String> ROLLCALLS = List.of("rcid", "year", "date", "important", "issues");
    private static final List<String> VOTES = List.of("rcid", "cow", "vote");
    private static final int CODES = 1000;

    private final int[] rcids;
    private final int[] years;
    private final int[] issues; // bit mask over UnIssue.ordinal()
    private final byte[][] votes;

    private UnVotes(int[] rcids, int[] years, int[] issues, byte[][] votes) {
        this.rcids = rcids;
        this.years = years;
        this.issues = issues;
        this.votes = votes;
    }

    /**
     * @param bundle the bundle to read
     * @return the votes
     */
    public static UnVotes load(Bundle bundle) {
        List<int[]> calls = new ArrayList<>();
        Tsv.read(bundle, "un-rollcalls.tsv.gz", ROLLCALLS, row -> {
            int mask = 0;
            String codes = row.text(4);
            if (!codes.isEmpty()) {
                for (String c : codes.split(",")) {
                    int bit = UnIssue.ofCode(c).orElseThrow(() -> row.error("unknown issue code '" + c + "'")).ordinal();
                    mask |= 1 << bit;
                }
            }
            if (!calls.isEmpty() && row.integer(0) <= calls.get(calls.size() - 1)[0]) {
                throw row.error("roll calls out of order");
            }
            calls.add(new int[] {row.integer(0), row.integer(1), mask});
        });
        int[] sortedRcids = calls.stream().mapToInt(c -> c[0]).toArray(); // the file is sorted by rcid
        // positions ordered by year, so that a year's roll calls are one contiguous range
        calls.sort(java.util.Comparator.<int[]>comparingInt(c -> c[1]).thenComparingInt(c -> c[0]));
        int[] rcids = calls.stream().mapToInt(c -> c[0]).toArray();
        int[] years = calls.stream().mapToInt(c -> c[1]).toArray();
        int[] issues = calls.stream().mapToInt(c -> c[2]).toArray();
        int[] position = new int[rcids.length];
        for (int p = 0; p < rcids.length; p++) {
            position[Arrays.binarySearch(sortedRcids, rcids[p])] = p;
        }
        byte[][] votes = new byte[rcids.length][CODES];
        Tsv.read(bundle, "un-votes.tsv.gz", VOTES, row -> {
            int found = Arrays.binarySearch(sortedRcids, row.integer(0));
            int cow = row.integer(1);
            int vote = row.integer(2);
            if (found < 0) {
                throw row.error("roll call " + row.integer(0) + " is not in un-rollcalls.tsv.gz");
            }
            int rc = position[found];
            if (cow < 0 || cow >= CODES || vote < 1 || vote > 3) {
                throw row.error("COW code or vote out of range");
            }
            votes[rc][cow] = (byte) vote;
        });
        return new UnVotes(rcids, years, issues, votes);
    }

    /** @return the first and last year with roll calls */
    public int[] years() {
        return new int[] {Arrays.stream(years).min().orElse(0), Arrays.stream(years).max().orElse(0)};
    }

    /**
     * Counts the vote pairs of two states in one year, over all roll calls or those on one issue.
     *
     * @param a     COW code of the first state
     * @param b     COW code of the second
     * @param year  the year
     * @param issue the issue, or null for all roll calls
     * @return counts[i][j] = roll calls on which a voted i+1 and b voted j+1
     */
    public int[][] table(int a, int b, int year, UnIssue issue) {
        int[][] counts = new int[3][3];
        int mask = issue == null ? 0 : 1 << issue.ordinal();
        for (int rc = first(year); rc < years.length && years[rc] == year; rc++) {
            if (mask != 0 && (issues[rc] & mask) == 0) {
                continue;
            }
            byte va = votes[rc][a];
            byte vb = votes[rc][b];
            if (va != 0 && vb != 0) {
                counts[va - 1][vb - 1]++;
            }
        }
        return counts;
    }

    /**
     * @param a    COW code of the first state
     * @param b    COW code of the second
     * @param year the year
     * @return the similarity over all roll calls of the year
     */
    public Similarity similarity(int a, int b, int year) {
        return Similarity.of(table(a, b, year, null));
    }

    /**
     * @param year a year
     * @return the COW codes of the states that voted at least once that year, ascending
     */
    public int[] voters(int year) {
        boolean[] seen = new boolean[CODES];
        for (int rc = first(year); rc < years.length && years[rc] == year; rc++) {
            for (int c = 0; c < CODES; c++) {
                if (votes[rc][c] != 0) {
                    seen[c] = true;
                }
            }
        }
        return java.util.stream.IntStream.range(0, CODES).filter(c -> seen[c]).toArray();
    }

    /**
     * @param year a year
     * @return the positions of that year's roll calls, for {@link #vote}
     */
    public int[] rollCalls(int year) {
        int start = first(year);
        int end = start;
        while (end < years.length && years[end] == year) {
            end++;
        }
        return java.util.stream.IntStream.range(start, end).toArray();
    }

    /**
     * @param rollCall a position from {@link #rollCalls}
     * @param cow      a COW code
     * @return 0 no vote, 1 yes, 2 abstain, 3 no
     */
    public byte vote(int rollCall, int cow) {
        return votes[rollCall][cow];
    }

    /**
     * The similarity of every pair of states that voted in a year.
     *
     * @param year the year
     * @return one entry per pair a &lt; b with at least one shared vote
     */
    public List<Pair> allPairs(int year) {
        int[] voters = voters(year);
        List<Pair> out = new ArrayList<>(voters.length * voters.length / 2);
        for (int i = 0; i < voters.length; i++) {
            for (int j = i + 1; j < voters.length; j++) {
                Similarity s = similarity(voters[i], voters[j], year);
                if (s.n() > 0) {
                    out.add(new Pair(voters[i], voters[j], s));
                }
            }
        }
        return out;
    }

    /**
     * The similarity of one pair of states.
     *
     * @param a          COW code of the first state
     * @param b          COW code of the second
     * @param similarity their similarity
     */
    public record Pair(int a, int b, Similarity similarity) {
    }

    private int first(int year) {
        int lo = 0;
        int hi = years.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (years[mid] < year) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
