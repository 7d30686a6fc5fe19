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

    /**
     * Every band's changes name the band above it first, then the one below, then bands further
     * away; alliance and adversarial, at the ends, name only bands below or above them.
     */
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
        // the ends of the spectrum, each sentence's band read from the rules
        BandRules.Placement alliance = rules.place(new BandRules.Inputs(71, 100, true, 30, 6, null));
        assertThat(alliance.wouldChange()).containsExactly("would be strategic-alignment if the defence pledge lapsed",
                // under 50 it also misses alignment's overall bar (50 too)
                "would fall to strategic-transactionalism with overall under 50 (now 71)");
        BandRules.Placement rivals = rules.place(new BandRules.Inputs(71, 100, true, 30, 6, "tss-rivalries: GRC-TUR"));
        assertThat(rivals.band()).isEqualTo(Band.ALLIANCE);
        assertThat(rivals.wouldChange().get(0)).isEqualTo("would be adversarial if the defence pledge lapsed, with the rivalry "
                + "active (tss-rivalries: GRC-TUR)");
        BandRules.Placement adversarial = rules.place(new BandRules.Inputs(40, 10, false, 60, 3, "tss-rivalries: IND-PAK"));
        assertThat(adversarial.band()).isEqualTo(Band.ADVERSARIAL);
        assertThat(adversarial.wouldChange()).containsExactly("would be transactional when the rivalry ends (tss-rivalries: IND-PAK)");
        for (BandRules.Placement end : List.of(alliance, rivals, adversarial)) {
            end.wouldChange().stream().map(BandRulesTest::target).forEach(b -> assertThat(b).isNotEqualTo(end.band()));
        }
    }

    /** Transactional's way down to adversarial reads the pledge and the rivalry as the rules do. */
    @Test
    void the_way_to_adversarial_depends_on_the_pledge_and_the_rivalry() {
        assertThat(rules.place(new BandRules.Inputs(30, 20, false, 60, 1, null)).wouldChange())
                .contains("would be adversarial with overall under 20, or with an active strategic rivalry (now 30)");
        assertThat(rules.place(new BandRules.Inputs(30, 95, true, 60, 1, null)).wouldChange())
                .contains("would be adversarial with overall under 20 (now 30)");
        BandRules.Placement held = rules.place(new BandRules.Inputs(30, 85, true, 60, 1, "tss-rivalries: GRC-TUR"));
        assertThat(held.band()).isEqualTo(Band.TRANSACTIONAL);
        assertThat(held.wouldChange()).contains("would be adversarial with overall under 20, or if the defence pledge lapsed "
                + "while the rivalry (tss-rivalries: GRC-TUR) is active (now 30)");
    }

    /** A band that holds by less than half a point names the threshold and the band across it; one that holds by more, none. */
    @Test
    void a_band_resting_on_a_threshold_says_so_and_names_the_band_across_it() {
        BandRules.Placement onIt = rules.place(new BandRules.Inputs(58, 67, false, 50, 5, null));
        assertThat(onIt.band()).isEqualTo(Band.STRATEGIC_ALIGNMENT);
        assertThat(onIt.edges()).containsExactly("hedging 50 is at its threshold of 50: over it, the band would be strategic-transactionalism");
        assertThat(rules.place(new BandRules.Inputs(58, 67, false, 52, 4, null)).edges()).isEmpty();
        assertThat(rules.place(new BandRules.Inputs(58, 67, false, 50.4, 5, null)).edges())
                .containsExactly("hedging 50.4 is just over its threshold of 50: under it, the band would be strategic-alignment");
        assertThat(rules.place(new BandRules.Inputs(45.3, 67, false, 60, 3, null)).edges())
                .containsExactly("overall 45.3 is just over its threshold of 45: under it, the band would be transactional");
        // near a threshold that changes nothing here (alignment's overall, with too few broad dimensions): no edge
        assertThat(rules.place(new BandRules.Inputs(50.2, 67, false, 60, 3, null)).edges()).isEmpty();
        // each edge is true: the same inputs just across give the band it names
        BandRules.Placement p = rules.place(new BandRules.Inputs(89.8, 89.9, true, 30, 6, null));
        assertThat(p.band()).isEqualTo(Band.STRATEGIC_ALIGNMENT);
        assertThat(p.edges()).containsExactly("commitment 89.9 is just under its threshold of 90: over it, the band would be alliance");
        // two settings of one value (alignment's and alliance's overall, both 50): one line
        assertThat(rules.place(new BandRules.Inputs(50.2, 67, false, 48, 5, null)).edges())
                .containsExactly("overall 50.2 is just over its threshold of 50: under it, the band would be strategic-transactionalism");
        // a dimension on the breadth threshold (55) holds the count of broad dimensions, and the band, either way
        BandRules.Placement below = rules.place(new BandRules.Inputs(51.3, 67, false, 48, 2, null,
                List.of(new BandRules.Near("institutional", 54.7))));
        assertThat(below.band()).isEqualTo(Band.TRANSACTIONAL);
        assertThat(below.edges()).containsExactly(
                "institutional 54.7 is just under the breadth threshold of 55: over it, the band would be strategic-transactionalism");
        BandRules.Placement above = rules.place(new BandRules.Inputs(56, 67, false, 48, 3, null,
                List.of(new BandRules.Near("diplomatic", 55.2))));
        assertThat(above.edges()).containsExactly("diplomatic 55.2 is just over the breadth threshold of 55: under it, the band would be transactional");
        assertThat(rules.place(new BandRules.Inputs(56, 67, false, 48, 4, null, List.of(new BandRules.Near("diplomatic", 55.2))))
                .edges()).as("four broad dimensions: one fewer is still enough").isEmpty();
    }

    /** A score is written one way in every sentence, with the decimals its closest threshold needs. */
    @Test
    void each_score_reads_the_same_in_every_sentence() {
        BandRules.Placement p = rules.place(new BandRules.Inputs(49.6, 67, false, 52, 4, null));
        assertThat(p.band()).isEqualTo(Band.STRATEGIC_TRANSACTIONALISM);
        assertThat(p.rule()).startsWith("overall 49.6 >= 45");
        assertThat(p.wouldChange()).anyMatch(w -> w.contains("overall 50 or more (now 49.6)"))
                .anyMatch(w -> w.contains("(now 49.6 and 4)")).noneMatch(w -> w.matches(".*now 50\\b.*"));
    }

    /** A threshold set with a fraction in the configuration is written as set, never rounded. */
    @Test
    void a_fractional_threshold_is_written_as_configured() throws Exception {
        java.nio.file.Path yaml = java.nio.file.Files.createTempFile("spectrum", ".yaml");
        try {
            java.nio.file.Files.writeString(yaml, "bands:\n  st_overall: 45.5\n");
            BandRules custom = new BandRules(SpectrumConfig.load(yaml));
            BandRules.Placement p = custom.place(new BandRules.Inputs(45.3, 67, false, 60, 3, null));
            assertThat(p.band()).isEqualTo(Band.TRANSACTIONAL);
            assertThat(p.edges()).containsExactly("overall 45.3 is just under its threshold of 45.5: over it, the band would be strategic-transactionalism");
            assertThat(p.wouldChange().get(0)).startsWith("would be strategic-transactionalism with overall 45.5 or more");
        } finally {
            java.nio.file.Files.delete(yaml);
        }
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
