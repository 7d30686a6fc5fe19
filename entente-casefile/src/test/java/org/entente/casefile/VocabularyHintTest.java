package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hint lists the words the field takes, and only those: evidence bears on the six scored
 * dimensions, a timeline event may also be regional. A hint never offers a word the validator
 * then refuses.
 */
class VocabularyHintTest {

    private static final String SCORED = "military, economic, energy-nuclear, diplomatic, institutional, ideational";

    private final CaseFiles files = new CaseFiles(new TestCatalog());

    private List<Diagnostic> check(Path dir, String name, String evidence, String timeline) throws Exception {
        Path file = OddInputTest.caseIn(dir, name, t -> t.replace("    dimension: military\n", "    dimension: " + evidence + "\n")
                .replace("    dimensions: [institutional]\n", "    dimensions: [" + timeline + "]\n"));
        return files.check(file).diagnostics();
    }

    @Test
    void a_misspelt_evidence_dimension_is_offered_only_the_scored_ones() throws Exception {
        assertThat(check(dir, "misspelt", "millitary", "institutional")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("unknown dimension 'millitary'");
            assertThat(d.hint()).isEqualTo("did you mean 'military'? valid: " + SCORED);
        });
    }

    @Test
    void regional_evidence_is_refused_at_the_field_with_the_words_it_takes() throws Exception {
        assertThat(check(dir, "regional", "regional", "institutional")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("evidence must bear on a scored dimension, not regional");
            assertThat(d.hint()).isEqualTo("valid: " + SCORED);
            assertThat(d.line()).isEqualTo(59);   // the dimension line, not the item's
        });
    }

    @Test
    void a_timeline_event_may_be_regional_and_its_hint_says_so() throws Exception {
        assertThat(check(dir, "timeline", "military", "regional")).isEmpty();
        assertThat(check(dir, "timeline-misspelt", "military", "regionl")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("unknown dimension 'regionl'");
            assertThat(d.hint()).isEqualTo("did you mean 'regional'? valid: " + SCORED + ", regional");
        });
    }

    @Test
    void an_outlook_effect_target_is_offered_the_scored_dimensions_commitment_and_hedging() throws Exception {
        String text = java.nio.file.Files.readString(BrokenCasesTest.resource("broken/outlook.yaml"));
        String fixed = text.substring(0, text.indexOf("\n  signposts:")).replace("steady: NaN", "steady: 0")
                .replace("{military: -40}", "{militray: -40}").replace("{economic: -30}", "{economics: -30}")
                .replace("{pressure: easing, deal: [yes]}", "{pressure: easing}");
        java.nio.file.Path file = java.nio.file.Files.writeString(
                java.nio.file.Files.createDirectories(dir.resolve("broken")).resolve("case.yaml"), fixed + "\n");
        String all = SCORED + ", commitment, hedging";
        assertThat(files.check(file).diagnostics()).extracting(Diagnostic::message, Diagnostic::hint).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unknown effect target 'militray'", "did you mean 'military'? valid: " + all),
                org.assertj.core.groups.Tuple.tuple("unknown effect target 'economics'", "did you mean 'economic'? valid: " + all));
    }

    @TempDir
    Path dir;
}
