package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The samples of event ids the ledger keeps ({@link IdRange}): what they prove and how well they estimate. */
class IdRangeTest {

    private static IdRange of(long from, long to) {
        IdRange r = new IdRange();
        for (long id = from; id < to; id++) {
            r.add(id);
        }
        return r;
    }

    /** A file read in chunks keeps the very sample it would keep read whole, whatever the order of the chunks. */
    @Test
    void chunks_merged_give_the_sample_of_the_whole_file() {
        IdRange whole = of(1_000_000, 1_050_000);
        IdRange merged = new IdRange();
        for (long from = 1_040_000; from >= 1_000_000; from -= 10_000) {
            merged.add(of(from, from + 10_000));
        }
        assertThat(merged.sample()).isEqualTo(whole.sample()).hasSize(8 * IdRange.K);
        assertThat(merged.count).isEqualTo(50_000);
        assertThat(merged.min).isEqualTo(1_000_000);
        assertThat(merged.max).isEqualTo(1_049_999);
    }

    /** Interleaved but disjoint ids (odd and even) share no sample value: the ranges meet, the samples say no. */
    @Test
    void disjoint_ids_share_nothing_however_their_ranges_meet() {
        IdRange odd = new IdRange();
        IdRange even = new IdRange();
        for (long id = 0; id < 400_000; id++) {
            (id % 2 == 0 ? even : odd).add(id);
        }
        assertThat(IdRange.shared(odd.sample(), odd.count, even.sample(), even.count).ids()).isZero();
    }

    /** Small files keep every id: the count is exact. Repeated ids within a file count once in the sample. */
    @Test
    void small_files_are_compared_exactly() {
        IdRange a = of(0, 100);
        IdRange b = of(70, 120);
        b.add(75);
        assertThat(IdRange.shared(a.sample(), a.count, b.sample(), b.count)).isEqualTo(new IdRange.Shared(30, true));
    }

    /**
     * Large files: the estimate of the shared ids stays within two and a half standard errors of
     * the truth. Where both samples are complete some n of the smaller file's ids (about K) are
     * compared, so the share c of them the other holds is known to about sqrt(c (1 - c) / n): a
     * relative error of sqrt((1 - c) / (c K)), 0.15 at c = 1/4, none when one file holds the other.
     */
    @Test
    void large_overlaps_are_estimated_within_the_sample_s_error() {
        for (long shared : new long[] {50_000, 100_000, 150_000, 200_000}) {
            IdRange a = of(0, 200_000);
            IdRange b = of(200_000 - shared, 400_000 - shared);
            long estimate = IdRange.shared(a.sample(), a.count, b.sample(), b.count).ids();
            double c = shared / 200_000.0;
            double tolerance = 2.5 * Math.sqrt((1 - c) / (c * IdRange.K));
            assertThat(estimate).as("%d shared", shared).isBetween((long) Math.floor(shared * (1 - tolerance)),
                    (long) Math.ceil(shared * (1 + tolerance)));
        }
    }

    /**
     * A small file wholly inside a large one (an update that a merged file also holds, the first
     * part of a file that grew) is never taken for a stranger: wherever it sits, its sampled ids
     * that can be compared are all found, so it is reported with an estimate, or as one the samples
     * cannot settle, never as sharing nothing.
     */
    @Test
    void a_small_file_inside_a_large_one_is_never_said_to_share_nothing() {
        IdRange large = of(0, 100_000);
        int estimated = 0;
        for (long from = 0; from < 99_000; from += 4_950) {
            IdRange small = of(from, from + 1_000);
            IdRange.Shared s = IdRange.shared(small.sample(), small.count, large.sample(), large.count);
            assertThat(s.ids()).as("1,000 ids from %d", from).isNotZero();
            if (s.ids() > 0) {
                estimated++;
                assertThat(s.ids()).as("1,000 ids from %d", from).isEqualTo(1_000);   // all compared ids found
            }
        }
        assertThat(estimated).as("most placements are settled by the samples").isGreaterThan(10);
        IdRange tiny = of(50_000, 50_100);
        assertThat(IdRange.shared(tiny.sample(), tiny.count, large.sample(), large.count).ids())
                .isIn(IdRange.UNKNOWN, 100L);
    }
}
