package org.entente.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Binding;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.model.TreatySubject;
import org.entente.treaty.clause.Part;
import org.entente.treaty.coding.Condition;
import org.entente.treaty.coding.ObligationFinding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The real texts of corpus/ (see corpus/PROVENANCE.md). */
class CorpusTest {

    @Test
    void north_atlantic_treaty_article_5_is_a_binding_defence_pledge_with_its_conditions() {
        TreatyCoding nato = Corpus.code("corpus/1949-north-atlantic-treaty.txt");
        ObligationFinding art5 = only(nato, Obligation.DEFENCE);
        assertThat(art5.quote().cite()).isEqualTo("Art. 5");
        assertThat(art5.binding()).isEqualTo(Binding.BINDING);
        assertThat(art5.quote().text()).startsWith("The Parties agree that an armed attack against one or more of them")
                .contains("will assist the Party or Parties so attacked");
        assertThat(art5.conditions()).extracting(Condition::kind).contains(Condition.Kind.UN_CHARTER_51,
                Condition.Kind.GEOGRAPHIC_SCOPE, Condition.Kind.ATTACK_ON_TERRITORY);
        assertThat(nato.obligations()).filteredOn(f -> f.obligation() == Obligation.CONSULTATION && f.atop())
                .singleElement().satisfies(f -> assertThat(f.quote().cite()).isEqualTo("Art. 4"));
        assertThat(nato.obligations()).filteredOn(f -> f.obligation() == Obligation.CONSULTATION && !f.atop())
                .as("Art. 12: review of the treaty, not crisis consultation").singleElement()
                .satisfies(f -> assertThat(f.quote().cite()).isEqualTo("Art. 12"));
        assertThat(nato.structure().articles()).hasSize(14);
        assertThat(nato.particulars().signed()).contains("1949-04-04");
        assertThat(nato.particulars().place()).contains("Washington");
        assertThat(nato.terms().denunciation().orElseThrow().cite()).isEqualTo("Art. 13");
        assertThat(nato.terms().entryIntoForce().orElseThrow().cite()).isEqualTo("Art. 11");
        assertThat(nato.depth()).extracting(d -> d.provision()).containsExactly(DepthProvision.ORGANISATION);
    }

    @Test
    void the_quoted_clause_is_the_text_at_its_offsets() {
        String text = Corpus.read("corpus/1949-north-atlantic-treaty.txt");
        TreatyCoding nato = Corpus.code("corpus/1949-north-atlantic-treaty.txt");
        for (ObligationFinding f : nato.obligations()) {
            assertThat(f.quote().span().of(text).replaceAll("\\s+", " ")).isEqualTo(f.quote().text());
        }
    }

    @Test
    void anzus_article_iv_is_defence_conditioned_on_constitutional_processes_in_the_pacific() {
        TreatyCoding anzus = Corpus.code("corpus/1951-anzus-security-treaty.txt");
        ObligationFinding art4 = only(anzus, Obligation.DEFENCE);
        assertThat(art4.quote().cite()).isEqualTo("Art. IV");
        assertThat(art4.binding()).isEqualTo(Binding.CONDITIONAL);
        assertThat(art4.conditions()).extracting(Condition::kind).contains(Condition.Kind.DOMESTIC_PROCEDURE,
                Condition.Kind.GEOGRAPHIC_SCOPE, Condition.Kind.ATTACK_ON_TERRITORY);
        assertThat(anzus.particulars().parties()).containsExactly("Australia", "New Zealand", "United States of America");
        assertThat(anzus.terms().indefinite()).isTrue();
        assertThat(anzus.atop().consultation()).isTrue();
    }

    @Test
    void molotov_ribbentrop_is_neutrality_and_non_aggression_with_standing_consultation_and_a_secret_protocol() {
        TreatyCoding mr = Corpus.code("corpus/1939-molotov-ribbentrop-pact.txt");
        assertThat(only(mr, Obligation.NEUTRALITY).quote().cite()).isEqualTo("Art. II");
        assertThat(only(mr, Obligation.NON_AGGRESSION).quote().cite()).isEqualTo("Art. I");
        ObligationFinding consult = only(mr, Obligation.CONSULTATION);
        assertThat(consult.quote().cite()).isEqualTo("Art. III");
        assertThat(consult.atop()).as("standing consultation, no crisis trigger").isFalse();
        assertThat(mr.atop().defense()).isFalse();
        assertThat(mr.absent()).extracting(a -> a.obligation()).startsWith(Obligation.DEFENCE);
        Part secret = mr.structure().parts().get(1);
        assertThat(secret.kind()).isEqualTo(Part.Kind.SECRET_PROTOCOL);
        assertThat(secret.articles()).hasSize(4);
        assertThat(mr.terms().years()).hasValue(10);
        assertThat(mr.terms().renewal().orElseThrow().cite()).isEqualTo("Art. VI");
        assertThat(mr.particulars().signed()).contains("1939-08-23");
        assertThat(mr.particulars().place()).contains("Moscow");
        assertThat(mr.particulars().parties()).containsExactly("Germany", "Union of Soviet Socialist Republics");
    }

    @TestFactory
    Stream<DynamicTest> the_extra_texts_carry_no_false_defence_or_offence_pledge() {
        return Stream.of("1944-australia-new-zealand-agreement.txt", "1947-agreement-establishing-south-pacific-commission.txt",
                "1951-treaty-of-peace-with-japan.txt", "1954-convention-presence-foreign-forces-frg.txt",
                "1957-australia-japan-agreement-on-commerce.txt", "1959-antarctic-treaty.txt",
                "1977-panama-canal-neutrality-treaty.txt", "1991-paris-agreement-cambodia-sovereignty-neutrality.txt",
                "2014-netherlands-australia-presence-of-personnel-treaty.txt").map(f -> DynamicTest.dynamicTest(f, () -> {
                    TreatyCoding c = Corpus.code("corpus/" + f);
                    assertThat(c.structure().articles()).as("articles found").hasSizeGreaterThan(3);
                    assertThat(c.obligations()).as("defence or offence in " + f).noneMatch(o ->
                            o.obligation() == Obligation.DEFENCE || o.obligation() == Obligation.OFFENCE);
                    assertThat(c.atop().neutrality()).as("Panama's canal neutrality is not ATOP neutrality").isFalse();
                }));
    }

    @Test
    void the_cambodia_agreement_pledges_non_aggression_in_points_that_complete_their_lead_in() {
        TreatyCoding c = Corpus.code("corpus/1991-paris-agreement-cambodia-sovereignty-neutrality.txt");
        assertThat(c.obligations()).filteredOn(f -> f.obligation() == Obligation.NON_AGGRESSION)
                .extracting(f -> f.quote().cite() + ", " + f.binding().id() + ", read with: " + f.quote().leadIn().orElse(""))
                .containsExactly("Art. 1(2)(e), binding, read with: To this end, Cambodia undertakes",
                        "Art. 2(2)(c), binding, read with: To this end, they undertake");
        assertThat(c.atop().nonAggression()).isTrue();
        assertThat(c.atop().consultation()).isTrue();
        assertThat(c.depth()).as("Art. 1(2)(h) refuses foreign bases").isEmpty();
    }

    @Test
    void the_commerce_agreement_trade_consultation_is_not_atop_consultation() {
        TreatyCoding c = Corpus.code("corpus/1957-australia-japan-agreement-on-commerce.txt");
        assertThat(c.obligations()).extracting(ObligationFinding::obligation).contains(Obligation.CONSULTATION);
        assertThat(c.atop().consultation()).isFalse();
        assertThat(c.subjects()).anySatisfy(s -> assertThat(s.subjects()).contains(TreatySubject.ECONOMY_TRADE));
    }

    @Test
    void the_panama_annexes_are_parts_and_the_personnel_treaty_numbers_articles_bare() {
        TreatyCoding panama = Corpus.code("corpus/1977-panama-canal-neutrality-treaty.txt");
        assertThat(panama.structure().parts()).extracting(Part::title).containsExactly("", "ANNEX A", "ANNEX B");
        assertThat(panama.structure().parts().get(0).articles()).hasSize(8);
        TreatyCoding personnel = Corpus.code("corpus/2014-netherlands-australia-presence-of-personnel-treaty.txt");
        assertThat(personnel.structure().articles()).hasSize(22);
        assertThat(personnel.particulars().parties()).containsExactly("Kingdom of the Netherlands", "Australia");
    }

    private static ObligationFinding only(TreatyCoding c, Obligation o) {
        List<ObligationFinding> found = c.obligations().stream().filter(f -> f.obligation() == o).toList();
        assertThat(found).as(o.id() + " in " + c.file()).hasSize(1);
        return found.get(0);
    }
}
