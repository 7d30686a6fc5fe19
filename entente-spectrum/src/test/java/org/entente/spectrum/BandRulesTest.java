package org.entente.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.model.Band;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandRulesTest {

    private final BandRules rules = new BandRules(SpectrumConfig.defaults());

    private Band band(double overall, double commitment, boolean defence, double hedging, int breadth, String rivalry) {
        return rules.place(new BandRules.Inputs(overall, commitment, defence, hedging, breadth, rivalry)).band();
    }

    @Test
    void no_defence_pledge_keeps_any_partnership_out_of_alliance() {
        assertThat(band(100, 89, false, 0, 6, null)).isEqualTo(Band.STRATEGIC_ALIGNMENT);
        assertThat(band(100, 100, false, 0, 6, null)).isNotEqualTo(Band.ALLIANCE);
        assertThat(band(60, 100, true, 0, 6, null)).isEqualTo(Band.ALLIANCE);
    }

    @Test
    void an_active_rivalry_without_a_pledge_is_adversarial() {
        assertThat(band(70, 40, false, 10, 6, "strategic rivalry")).isEqualTo(Band.ADVERSARIAL);
        assertThat(band(70, 100, true, 10, 6, "strategic rivalry")).isEqualTo(Band.ALLIANCE);
        assertThat(band(10, 0, false, 10, 0, null)).isEqualTo(Band.ADVERSARIAL);
    }

    @Test
    void broad_but_hedged_cooperation_is_strategic_transactionalism() {
        assertThat(band(58, 67, false, 52, 3, null)).isEqualTo(Band.STRATEGIC_TRANSACTIONALISM);
        assertThat(band(58, 67, false, 40, 5, null)).isEqualTo(Band.STRATEGIC_ALIGNMENT);
        assertThat(band(58, 67, false, 40, 2, null)).isEqualTo(Band.TRANSACTIONAL);
    }

    @Test
    void the_fast_path_agrees_with_the_explained_rules() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double overall = r.nextDouble(0, 100);
            double commitment = r.nextDouble(0, 100);
            boolean defence = r.nextBoolean();
            double hedging = r.nextInt(10) == 0 ? Double.NaN : r.nextDouble(0, 100);
            int breadth = r.nextInt(7);
            boolean rivalry = r.nextInt(5) == 0;
            assertThat(rules.band(overall, commitment, defence, hedging, breadth, rivalry))
                    .isEqualTo(band(overall, commitment, defence, hedging, breadth, rivalry ? "rivalry" : null));
        }
    }

    @Test
    void says_what_would_move_the_band() {
        BandRules.Placement p = rules.place(new BandRules.Inputs(58, 67, false, 52, 3, null));
        assertThat(p.wouldChange()).anyMatch(w -> w.contains("mutual-defence pledge"))
                .anyMatch(w -> w.contains("hedging 50 or less (now 52)"));
        assertThat(p.rule()).contains("58").contains("3 dimensions");
    }

    /** @return the band a "would ..." sentence leads to */
    static Band target(String change) {
        return java.util.Arrays.stream(Band.values()).filter(b -> change.matches("would (be|fall to|drop to) " + b.id() + "\\b.*"))
                .findFirst().orElseThrow(() -> new AssertionError("no band in: " + change));
    }

    /** Every band's changes name the band above it first, then the one below, then bands further away. */
    @Test
    void the_neighbouring_bands_come_first_up_then_down() {
        BandRules.Inputs[] cases = {
            new BandRules.Inputs(30, 20, false, 60, 1, null),    // transactional
            new BandRules.Inputs(58, 67, false, 52, 4, null),    // strategic-transactionalism (Iran-Russia's inputs)
            new BandRules.Inputs(55, 70, false, 48, 5, null),    // strategic-alignment
        };
        for (BandRules.Inputs in : cases) {
            BandRules.Placement p = rules.place(in);
            List<Band> targets = p.wouldChange().stream().map(BandRulesTest::target).toList();
            int here = p.band().ordinal();
            assertThat(targets.get(0).ordinal()).as(p.wouldChange().toString()).isEqualTo(here + 1);
            assertThat(targets.get(1).ordinal()).as(p.wouldChange().toString()).isEqualTo(here - 1);
            assertThat(targets).as(p.wouldChange().toString()).doesNotContain(p.band()).doesNotHaveDuplicates();
            for (int i = 2; i < targets.size(); i++) {
                assertThat(Math.abs(targets.get(i).ordinal() - here)).as(p.wouldChange().toString()).isGreaterThan(1);
            }
        }
        BandRules.Placement alignment = rules.place(cases[2]);
        assertThat(alignment.band()).isEqualTo(Band.STRATEGIC_ALIGNMENT);
        assertThat(alignment.wouldChange().get(1)).isEqualTo("would fall to strategic-transactionalism with overall under "
                + "50, fewer than 5 broad dimensions, commitment under 25 or hedging over 50 (now 55, 5, 70 and 48)");
    }

    /** A band that holds by less than half a point names the threshold and the band across it; one that holds by more, none. */
    @Test
    void a_band_resting_on_a_threshold_says_so_and_names_the_band_across_it() {
        BandRules.Placement onIt = rules.place(new BandRules.Inputs(58, 67, false, 50, 5, null));
        assertThat(onIt.band()).isEqualTo(Band.STRATEGIC_ALIGNMENT);
        assertThat(onIt.edges()).containsExactly("hedging 50 sits on its threshold of 50: just over it, strategic-transactionalism");
        assertThat(rules.place(new BandRules.Inputs(58, 67, false, 52, 4, null)).edges()).isEmpty();
        assertThat(rules.place(new BandRules.Inputs(58, 67, false, 50.4, 5, null)).edges())
                .containsExactly("hedging 50.4 sits on its threshold of 50: just under it, strategic-alignment");
        assertThat(rules.place(new BandRules.Inputs(45.3, 67, false, 60, 3, null)).edges())
                .containsExactly("overall 45.3 sits on its threshold of 45: just under it, transactional");
        // near a threshold that changes nothing here (alignment's overall, with too few broad dimensions): no edge
        assertThat(rules.place(new BandRules.Inputs(50.2, 67, false, 60, 3, null)).edges()).isEmpty();
        // each edge is true: the same inputs just across give the band it names
        BandRules.Placement p = rules.place(new BandRules.Inputs(89.8, 89.9, true, 30, 6, null));
        assertThat(p.band()).isEqualTo(Band.STRATEGIC_ALIGNMENT);
        assertThat(p.edges()).containsExactly("commitment 89.9 sits on its threshold of 90: just over it, alliance");
    }

    /** A value just short of a threshold is not rounded onto it: "now 44.6" beside "45 or more", never "now 45". */
    @Test
    void a_value_just_short_of_a_threshold_shows_its_decimal() {
        BandRules.Placement p = rules.place(new BandRules.Inputs(44.6, 67, false, 30, 2, null));
        assertThat(p.band()).isEqualTo(Band.TRANSACTIONAL);
        assertThat(p.wouldChange()).anyMatch(w -> w.contains("with overall 45 or more and 3 broad dimensions (now 44.6 and 2)"));
        BandRules.Placement q = rules.place(new BandRules.Inputs(58, 89.7, false, 30, 6, null));
        assertThat(q.wouldChange()).anyMatch(w -> w.contains("commitment now 89.7, needs 90"));
        // a defence pledge whose commitment falls short (unconfirmed coding): the commitment is what is missing
        BandRules.Placement r = rules.place(new BandRules.Inputs(58, 89.7, true, 30, 6, null));
        assertThat(r.wouldChange()).contains("would be alliance with commitment 90 or more (now 89.7)");
        assertThat(BandRules.near(58.4, 50)).isEqualTo("58");
        assertThat(BandRules.near(50, 50)).isEqualTo("50");
        assertThat(BandRules.near(50.3, 50)).isEqualTo("50.3");
        assertThat(BandRules.near(44.96, 45)).isEqualTo("44.96");
        assertThat(BandRules.near(89.96, 90)).isEqualTo("89.96");
        assertThat(BandRules.near(45.04, 45)).isEqualTo("45.04");
    }
}
