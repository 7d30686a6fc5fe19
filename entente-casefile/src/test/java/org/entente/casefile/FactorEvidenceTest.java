package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A driver's evidence shows the two pushed together and a limit's what holds them apart: a
 * driver citing only evidence that marks a limit, or a limit citing only evidence toward
 * alignment, is an error at its 'evidence' list. Broken copies of the built-in cases.
 */
class FactorEvidenceTest {

    @TempDir
    Path dir;

    @Test
    void the_built_in_cases_pass() {
        for (String id : new String[] {"iran-russia", "russia-china", "russia-dprk"}) {
            assertThat(new CaseFiles(new TestCatalog()).check(Path.of("..", "cases", id, "case.yaml")).diagnostics())
                    .as(id).isEmpty();
        }
    }

    @Test
    void a_driver_citing_only_limiting_evidence_is_an_error_at_its_evidence() throws Exception {
        String limiting = "    evidence: [ev-ide-iran-balancing-tradition, ev-mil-no-help-2025]";
        RealCaseCopy copy = RealCaseCopy.of("iran-russia", dir, t -> t.replaceFirst(
                "(?m)^(  - id: drv-caspian-geography\n(?:    .*\n)*?)    evidence: \\[.*]$", "$1" + limiting));
        assertThat(copy.check().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("driver 'drv-caspian-geography' cites only evidence that marks a limit "
                    + "(ev-ide-iran-balancing-tradition, ev-mil-no-help-2025)");
            assertThat(d.line()).isEqualTo(copy.lineOf(limiting));
            assertThat(d.column()).isEqualTo(15);
            assertThat(d.hint()).contains("toward-alignment").contains("'stance'");
        });
    }

    @Test
    void a_limit_citing_only_evidence_toward_alignment_is_an_error_at_its_evidence() throws Exception {
        String toward = "    evidence: [ev-munitions-flow]";
        RealCaseCopy copy = RealCaseCopy.of("russia-dprk", dir, t -> t.replaceFirst(
                "(?m)^(limits:\n(?:.*\n)*?)    evidence: \\[.*]$", "$1" + toward));
        assertThat(copy.check().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).matches("limit '[a-z0-9-]+' cites only evidence toward alignment \\(ev-munitions-flow\\)");
            assertThat(d.line()).isEqualTo(copy.lineOf(toward));
            assertThat(d.column()).isEqualTo(15);
            assertThat(d.hint()).contains("marks-limit");
        });
    }

    /** One item of the other side among the right ones is left to the analyst: a factor may cite a counterpoint. */
    @Test
    void a_factor_citing_evidence_of_both_stances_passes() throws Exception {
        RealCaseCopy copy = RealCaseCopy.of("iran-russia", dir, t -> t.replaceFirst(
                "(?m)^(  - id: drv-caspian-geography\n(?:    .*\n)*?)    evidence: \\[(.*)]$",
                "$1    evidence: [$2, ev-mil-no-help-2025]"));
        assertThat(copy.check().diagnostics()).isEmpty();
    }
}
