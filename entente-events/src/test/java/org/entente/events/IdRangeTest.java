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
        assertThat(IdRange.shared(odd.sample(), odd.count, even.sample(), even.count)).isZero();
    }

    /** Small files keep every id: the count is exact. Repeated ids within a file count once in the sample. */
    @Test
    void small_files_are_compared_exactly() {
        IdRange a = of(0, 100);
        IdRange b = of(70, 120);
        b.add(75);
        assertThat(IdRange.shared(a.sample(), a.count, b.sample(), b.count)).isEqualTo(30);
    }

    /**
     * Large files: the estimate of the shared ids stays within a quarter of the truth when they
     * share at least an eighth of their ids together (the estimate's relative error is about
     * sqrt((1 - J) / (J K)) for a Jaccard similarity J: 0.22 at J = 1/7). Smaller shares are rougher,
     * and one of about 1 in K or less can go unseen (docs/events.md says so).
     */
    @Test
    void large_overlaps_are_estimated_within_the_sample_s_error() {
        for (long shared : new long[] {50_000, 100_000, 150_000, 200_000}) {
            IdRange a = of(0, 200_000);
            IdRange b = of(200_000 - shared, 400_000 - shared);
            long estimate = IdRange.shared(a.sample(), a.count, b.sample(), b.count);
            assertThat(estimate).as("%d shared", shared).isBetween((long) (shared * 0.75), (long) (shared * 1.25));
        }
    }
}
