package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.spectrum.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @TempDir
    Path cases;

    private Library library() {
        Served.copy(Served.BUILT_IN.resolve("iran-russia"), cases.resolve("iran-russia"));
        return new Library(cases, JsonMapping.mapper());
    }

    /** A case asked of a folder with no cases says the folder holds none, rather than listing nothing. */
    @Test
    void an_unknown_case_in_an_empty_folder_says_the_folder_holds_none() {
        Library empty = new Library(cases, JsonMapping.mapper());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> empty.file("iran-russia"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.hint()).isEqualTo("the case folder " + cases
                        + " holds no cases"));
        Library one = library();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> one.file("nope"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.hint()).isEqualTo("known cases: iran-russia"));
    }

    /** Trajectories are kept per version of the case and per span, a bounded number of spans, and none survives an edit. */
    @Test
    void trajectories_are_kept_per_version_and_span_and_bounded() throws Exception {
        Library l = library();
        List<Assessment> first = l.trajectory("iran-russia", 2015, 2020);
        assertThat(first).hasSize(6);
        assertThat(l.trajectory("iran-russia", 2015, 2020)).isSameAs(first);
        assertThat(l.trajectory("iran-russia", 2016, 2020)).hasSize(5).isNotSameAs(first);

        for (int y = 2000; y < 2000 + Library.TRAJECTORIES_KEPT; y++) {   // as many new spans as are kept
            l.trajectory("iran-russia", y, y);
        }
        List<Assessment> again = l.trajectory("iran-russia", 2015, 2020);
        assertThat(again).isNotSameAs(first).isEqualTo(first);   // dropped as the oldest, computed again

        l.forget("iran-russia");   // what an edit does
        List<Assessment> edited = l.trajectory("iran-russia", 2015, 2020);
        assertThat(edited).isNotSameAs(again).isEqualTo(again);
        assertThat(l.trajectory("iran-russia", 2015, 2020)).isSameAs(edited);
    }
}
