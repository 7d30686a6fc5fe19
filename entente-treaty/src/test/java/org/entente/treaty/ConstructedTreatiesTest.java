package org.entente.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.model.Binding;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.treaty.coding.Condition;
import org.entente.treaty.coding.ObligationFinding;
import org.junit.jupiter.api.Test;

/**
 * Short texts written for the tests from the article facts reported about the 2025 Iran-Russia
 * and 2024 Russia-DPRK treaties (their full texts are not in the corpus).
 */
class ConstructedTreatiesTest {

    @Test
    void iran_russia_article_3_3_is_neutrality_not_defence() {
        TreatyCoding c = Corpus.code("constructed/iran-russia-2025-constructed.txt");
        ObligationFinding art33 = c.obligations().stream().filter(f -> f.obligation() == Obligation.NEUTRALITY)
                .findFirst().orElseThrow();
        assertThat(art33.quote().cite()).isEqualTo("Art. 3(3)");
        assertThat(art33.binding()).isEqualTo(Binding.BINDING);
        assertThat(c.atop().defense()).isFalse();
        assertThat(c.atop().neutrality()).isTrue();
        assertThat(c.atop().consultation()).as("Art. 5(4) threats").isTrue();
        assertThat(c.absent().get(0).obligation()).isEqualTo(Obligation.DEFENCE);
        assertThat(c.absent().get(0).note()).contains("no duty to assist the victim of an attack");
        assertThat(c.depth()).extracting(d -> d.provision()).contains(DepthProvision.MILITARY_CONTACT,
                DepthProvision.JOINT_EXERCISES, DepthProvision.ARMS_AID, DepthProvision.INTELLIGENCE_SHARING);
        assertThat(c.depth()).filteredOn(d -> d.provision() == DepthProvision.ARMS_AID).singleElement()
                .satisfies(d -> assertThat(d.binding()).as("on the basis of separate agreements").isEqualTo(Binding.HORTATORY));
        assertThat(c.terms().years()).hasValue(20);
        // config/spectrum.yaml: binding neutrality 55, plus the four depth provisions asserted above at 3 each
        assertThat(c.commitment().score()).isEqualTo(55 + 4 * 3);
    }

    @Test
    void russia_dprk_article_4_is_defence_under_article_51() {
        TreatyCoding c = Corpus.code("constructed/russia-dprk-2024-constructed.txt");
        ObligationFinding art4 = c.obligations().stream().filter(f -> f.obligation() == Obligation.DEFENCE)
                .findFirst().orElseThrow();
        assertThat(art4.quote().cite()).isEqualTo("Art. 4");
        assertThat(art4.conditions()).extracting(Condition::kind).contains(Condition.Kind.UN_CHARTER_51,
                Condition.Kind.STATE_OF_WAR, Condition.Kind.DOMESTIC_PROCEDURE);
        assertThat(c.atop().defense()).isTrue();
        assertThat(c.atop().neutrality()).isFalse();
        assertThat(c.atop().consultation()).isTrue();
        assertThat(c.terms().indefinite()).isTrue();
        assertThat(c.commitment().score()).isGreaterThan(80);
    }
}
