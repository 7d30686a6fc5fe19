package org.entente.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.model.Binding;
import org.entente.model.Confidence;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.model.Treaty;
import org.entente.model.TreatySubject;
import org.entente.treaty.coding.DepthFinding;
import org.junit.jupiter.api.Test;

class TreatyCodingTest {

    @Test
    void converts_to_article_codings_the_spectrum_model_reads() {
        TreatyCoding c = Corpus.code("constructed/iran-russia-2025-constructed.txt");
        List<Treaty.ArticleCoding> codings = c.articleCodings("cspt-2025", List.of("treaty-text"));
        Treaty.ArticleCoding art33 = codings.stream().filter(a -> a.article().equals(java.util.Optional.of("3(3)")))
                .findFirst().orElseThrow();
        assertThat(art33.id()).isEqualTo("cspt-2025-art-3-3");
        assertThat(art33.obligation()).isEqualTo(Obligation.NEUTRALITY);
        assertThat(art33.binding()).isEqualTo(Binding.BINDING);
        assertThat(art33.subjects()).contains(TreatySubject.SECURITY_DEFENCE);
        assertThat(art33.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(art33.sources()).containsExactly("treaty-text");
        assertThat(art33.summary()).contains("not to help whoever attacks");
        assertThat(codings).extracting(Treaty.ArticleCoding::id).doesNotHaveDuplicates();
        assertThat(codings).noneMatch(a -> a.obligation() == Obligation.DEFENCE);
        assertThat(codings).filteredOn(a -> a.article().equals(java.util.Optional.of("14"))).singleElement()
                .satisfies(a -> assertThat(a.subjects()).contains(TreatySubject.MULTILATERAL));
    }

    private static final String PACT = "TREATY OF FRIENDSHIP BETWEEN ALPHA AND BETA\n\n"
            + "Alpha and Beta, desiring lasting peace, have agreed as follows:\n\n"
            + "Article 1\n\nThe Parties shall consult each other on matters of common interest.\n\n"
            + "Article 2\n\nThis Treaty shall remain in force for ten years. It shall cease to have effect six months after "
            + "either Party notifies the other Party in writing of its intention to terminate it.\n\n";

    @Test
    void signed_in_closes_the_treaty_and_gives_its_date_and_place() {
        String text = PACT + "Signed in Moscow on 17 January 2025.\n";
        TreatyCoding c = new TreatyCoder().code("pact.txt", text);
        assertThat(c.particulars().signed()).contains("2025-01-17");
        assertThat(c.particulars().place()).contains("Moscow");
        assertThat(c.structure().articles()).hasSize(2);
        assertThat(c.structure().articles().get(1).span().of(text)).doesNotContain("Signed");
    }

    @Test
    void notice_of_an_intention_to_terminate_is_denunciation() {
        TreatyCoding c = new TreatyCoder().code("pact.txt", PACT + "Done at Moscow on 17 January 2025.\n");
        assertThat(c.terms().denunciation().orElseThrow().text()).contains("its intention to terminate it");
    }

    @Test
    void commitment_follows_the_spectrum_scale() {
        assertThat(Corpus.code("corpus/1949-north-atlantic-treaty.txt").commitment().score()).isEqualTo(100);
        TreatyCoding mr = Corpus.code("corpus/1939-molotov-ribbentrop-pact.txt");
        // config/spectrum.yaml: neutrality 55, binding wording x 1.0, no depth provision
        assertThat(mr.commitment().score()).isEqualTo(55);
        assertThat(mr.commitment().strongest()).isEqualTo(Obligation.NEUTRALITY);
        // ANZUS: defence 100 x conditional 0.85 + one depth provision (the Council) 3
        assertThat(Corpus.code("corpus/1951-anzus-security-treaty.txt").commitment().score()).isEqualTo(88);
    }

    @Test
    void compare_aligns_non_assistance_against_mutual_assistance() {
        TreatyComparison cmp = TreatyComparison.of(Corpus.code("constructed/iran-russia-2025-constructed.txt"),
                Corpus.code("constructed/russia-dprk-2024-constructed.txt"));
        TreatyComparison.ObligationRow defence = cmp.obligations().get(0);
        assertThat(defence.obligation()).isEqualTo(Obligation.DEFENCE);
        assertThat(defence.inA()).isEmpty();
        assertThat(defence.inB()).hasSize(1);
        TreatyComparison.ObligationRow neutrality = cmp.obligations().get(2);
        assertThat(neutrality.inA()).hasSize(1);
        assertThat(neutrality.inB()).isEmpty();
        assertThat(cmp.subjects()).anySatisfy(r -> {
            assertThat(r.subject()).isEqualTo(TreatySubject.SECURITY_DEFENCE);
            assertThat(r.inA()).isNotEmpty();
            assertThat(r.inB()).isNotEmpty();
        });
    }

    @Test
    void compare_aligns_depth_provisions_by_kind() {
        TreatyComparison cmp = TreatyComparison.of(Corpus.code("constructed/iran-russia-2025-constructed.txt"),
                Corpus.code("constructed/russia-dprk-2024-constructed.txt"));
        assertThat(cmp.depth()).extracting(r -> r.provision().id() + ": " + cites(r.inA()) + " | " + cites(r.inB()))
                .containsExactly("military-contact: [Art. 5(1)] | []", "joint-exercises: [Art. 5(2)] | []", "arms-aid: [Art. 6] | []",
                        "intelligence-sharing: [Art. 4] | []", "organisation: [] | [Art. 8]");
        TreatyComparison same = TreatyComparison.of(Corpus.code("corpus/1949-north-atlantic-treaty.txt"),
                Corpus.code("corpus/1951-anzus-security-treaty.txt"));
        assertThat(same.depth()).singleElement().satisfies(r -> {
            assertThat(r.provision()).isEqualTo(DepthProvision.ORGANISATION);
            assertThat(cites(r.inA())).containsExactly("Art. 9");
            assertThat(cites(r.inB())).containsExactly("Art. VII");
        });
    }

    private static List<String> cites(List<DepthFinding> findings) {
        return findings.stream().map(d -> d.quote().cite()).toList();
    }
}
