package org.entente.reference.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.entente.reference.data.Bundle;
import org.entente.reference.unvotes.UnIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the panel on real dyad-years against values computed another way: straight from the
 * bundled text with plain string splitting (no shared code with the loaders), or from the
 * published datasets themselves (values noted where they come from).
 */
class DyadPanelsTest {

    private static final int IRN = 630;
    private static final int RUS = 365;
    private static DyadPanels panels;

    @BeforeAll
    static void load() {
        panels = DyadPanels.load(Bundle.bundled());
    }

    private static List<String[]> rows(String file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                DyadPanelsTest.class.getResourceAsStream("/org/entente/reference/data/" + file)), StandardCharsets.UTF_8))) {
            return r.lines().skip(1).map(l -> l.split("\t", -1)).toList();
        }
    }

    /** Ukraine (COW 369) joined the state system in December 1991: before that, no data, not zero disputes or arms; its UN votes are its own. */
    @Test
    void a_state_not_yet_in_the_system_has_no_data_but_its_votes() {
        DyadYear before = panels.year(369, RUS, 1985);
        assertThat(before.arms()).isEmpty();
        assertThat(before.disputes()).isEmpty();
        assertThat(before.rivalry()).isEmpty();
        assertThat(before.alliance()).isEmpty();
        assertThat(before.votes()).as("the Ukrainian SSR held a UN seat").isPresent();
        DyadYear after = panels.year(369, RUS, 1995);
        assertThat(after.disputes()).isPresent();
        assertThat(after.rivalry()).isPresent();
        assertThat(panels.inSystem(369, 1991)).isTrue();
        assertThat(panels.inSystem(369, 1990)).isFalse();
        assertThat(panels.inSystem(RUS, 2022)).as("current members are open-ended past the file's 2016 end").isTrue();
    }

    /**
     * The measures asked one at a time (as ModelValidation and the data-only model ask them) say
     * what {@link DyadPanels#year} says: before Ukraine joined the state system, ATOP, SIPRI and the
     * rivalry lists cover 1985 but have no row for it, which is no data, not "no alliance".
     */
    @Test
    void each_measure_alone_has_no_data_before_a_state_joined_the_system() {
        assertThat(panels.alliance(369, RUS, 1985)).isEqualTo(panels.year(369, RUS, 1985).alliance()).isEmpty();
        assertThat(panels.arms(369, RUS, 1985)).isEmpty();
        assertThat(panels.armsImports(369, 1985)).isEmpty();
        assertThat(panels.rivalry(369, RUS, 1985)).isEmpty();
        assertThat(panels.trade(369, RUS, 1985)).isEmpty();
        assertThat(panels.igos(369, RUS, 1985)).isEmpty();
        assertThat(panels.votes(369, RUS, 1985)).as("its UN votes are its own").isPresent();
        assertThat(panels.alliance(369, RUS, 1995)).isEqualTo(panels.year(369, RUS, 1995).alliance()).isPresent();
        assertThat(panels.armsImports(369, 1995)).isPresent();
    }

    /** India-Pakistan: a rivalry in both lists; the Thompson-Dreyer list ends in 2010, so 2011 is no data there, not "no". */
    @Test
    void a_rivalry_list_that_ends_gives_no_data_after_its_last_year() {
        DyadYear.Rivalry y2010 = panels.year(750, 770, 2010).rivalry().orElseThrow();
        assertThat(y2010.thompsonDreyerCovered()).isTrue();
        assertThat(y2010.thompsonDreyer()).isPresent();
        DyadYear.Rivalry y2011 = panels.year(750, 770, 2011).rivalry().orElseThrow();
        assertThat(y2011.thompsonDreyerCovered()).isFalse();
        assertThat(y2011.tssCovered()).isTrue();
        assertThat(y2011.tss()).isPresent();
        assertThat(y2011.active()).isTrue();
    }

    /**
     * Germany is COW 260 to 1990 and 255 after; the data sets file 1990 under 255. The panel's
     * 1990 row has the values the bundle gives for 255 where 260 has none.
     */
    @Test
    void the_year_a_code_changes_keeps_the_values_filed_under_the_new_code() throws IOException {
        String igos = null;
        String[] trade = null;
        for (String[] r : rows("igo-dyadic.tsv.gz")) {
            if (r[0].equals("2") && r[1].equals("255") && r[2].equals("1990")) {
                igos = r[3];
            }
        }
        for (String[] r : rows("cow-trade-dyadic.tsv.gz")) {
            if (r[0].equals("2") && r[1].equals("255") && r[2].equals("1990")) {
                trade = r;
            }
        }
        assertThat(igos).isNotNull();
        assertThat(trade).isNotNull();
        List<DyadYear> p = panels.panel(y -> 2, y -> y <= 1990 ? 260 : 255, 1989, 1991);
        DyadYear y1990 = p.get(1);
        assertThat(y1990.year()).isEqualTo(1990);
        assertThat(y1990.igos()).hasValue(Integer.parseInt(igos));
        assertThat(y1990.trade()).isPresent();
        assertThat(p.get(0).igos()).as("1989, under 260").isPresent();
        assertThat(p.get(2).igos()).as("1991, under 255").isPresent();
    }

    /**
     * COW's national file lists West Germany's totals under 260 only for 1955-1959 and under 255
     * from 1960 (Germany, 255, was not a state again until 1990): its trade dependence on Belgium
     * (211) in 1980 is read from there, as computed straight from the bundled text.
     */
    @Test
    void west_germany_s_trade_dependence_uses_the_totals_the_national_file_lists_under_255() throws IOException {
        double bilateral = Double.NaN;
        for (String[] r : rows("cow-trade-dyadic.tsv.gz")) {
            if (r[0].equals("211") && r[1].equals("260") && r[2].equals("1980")) {
                bilateral = Double.parseDouble(r[3]) + Double.parseDouble(r[4]);
            }
        }
        double total = Double.NaN;
        boolean ownEmpty = false;
        for (String[] r : rows("cow-trade-national.tsv.gz")) {
            if (r[0].equals("255") && r[1].equals("1980")) {
                total = Double.parseDouble(r[2]) + Double.parseDouble(r[3]);
            }
            if (r[0].equals("260") && r[1].equals("1980")) {
                ownEmpty = r[2].isEmpty() && r[3].isEmpty();
            }
        }
        assertThat(ownEmpty).as("the national file has no 1980 totals under 260").isTrue();
        DyadYear.Trade t = panels.year(260, 211, 1980).trade().orElseThrow();
        assertThat(t.dependenceA()).isPresent();
        assertThat(t.dependenceA().getAsDouble()).isCloseTo(bilateral / total, within(1e-12));
        assertThat(t.dependenceB()).isPresent();
        // before 1960 the totals under 260 are its own
        assertThat(panels.year(260, 211, 1959).trade().orElseThrow().dependenceA()).isPresent();
    }

    @Test
    void un_agreement_and_s_for_iran_russia_2014_match_a_direct_count() throws IOException {
        Set<String> rc2014 = new HashSet<>();
        for (String[] r : rows("un-rollcalls.tsv.gz")) {
            if (r[1].equals("2014")) {
                rc2014.add(r[0]);
            }
        }
        Map<String, String> iran = new HashMap<>();
        Map<String, String> russia = new HashMap<>();
        for (String[] r : rows("un-votes.tsv.gz")) {
            if (rc2014.contains(r[0]) && r[1].equals("630")) {
                iran.put(r[0], r[2]);
            } else if (rc2014.contains(r[0]) && r[1].equals("365")) {
                russia.put(r[0], r[2]);
            }
        }
        int n = 0;
        int same = 0;
        int distance = 0;
        for (var e : iran.entrySet()) {
            String other = russia.get(e.getKey());
            if (other != null) {
                n++;
                same += other.equals(e.getValue()) ? 1 : 0;
                distance += Math.abs(Integer.parseInt(other) - Integer.parseInt(e.getValue()));
            }
        }
        DyadYear y = panels.year(IRN, RUS, 2014);
        var all = y.votes().orElseThrow().all();
        assertThat(all.n()).isEqualTo(n).isGreaterThan(50);
        assertThat(all.agreement()).isCloseTo((double) same / n, within(1e-12));
        assertThat(all.s()).isCloseTo(1 - (double) distance / n, within(1e-12));
        assertThat(y.votes().orElseThrow().byIssue()).containsKey(UnIssue.MIDDLE_EAST);
    }

    @Test
    void a_year_with_too_few_shared_roll_calls_has_no_vote_measure() {
        // the file's last roll call (14 January 2020) is the only one of 2020: agreement would be 0 or 1
        assertThat(panels.votes().similarity(IRN, RUS, 2019).n()).isGreaterThanOrEqualTo(DyadPanels.MIN_SHARED_VOTES);
        assertThat(panels.votes(IRN, RUS, 2019)).isPresent();
        assertThat(panels.votes().similarity(IRN, RUS, 2020).n()).isBetween(1, DyadPanels.MIN_SHARED_VOTES - 1);
        assertThat(panels.votes(IRN, RUS, 2020)).isEmpty();
        assertThat(panels.year(IRN, RUS, 2020).votes()).isEmpty();
        // within the covered years: a state that joined late in a year shares few roll calls with Russia
        int found = 0;
        for (int year = 1990; year <= 2019; year++) {
            for (int v : panels.votes().voters(year)) {
                int n = panels.votes().similarity(v, RUS, year).n();
                if (v != RUS && n > 0 && n < DyadPanels.MIN_SHARED_VOTES) {
                    assertThat(panels.votes(v, RUS, year)).as(v + " in " + year).isEmpty();
                    found++;
                }
            }
        }
        assertThat(found).isPositive();
    }

    @Test
    void atop_flags_iran_russia_both_ways_in_the_interwar_years_and_after_2001() {
        // ATOP 5.1: the 1927 Soviet-Persian neutrality and non-aggression treaty, the 1942
        // tripartite treaty (defence, consultation), and the 2001 treaty (neutrality,
        // non-aggression, consultation); nothing in between.
        assertThat(alliance(RUS, IRN, 1927).aToB()).containsExactlyInAnyOrder("neutrality", "nonaggression");
        assertThat(alliance(IRN, RUS, 1927).aToB()).containsExactlyInAnyOrder("neutrality", "nonaggression");
        assertThat(alliance(RUS, IRN, 1942).aToB()).contains("defense", "consultation");
        assertThat(alliance(RUS, IRN, 1950).aToB()).isEmpty();
        assertThat(alliance(IRN, RUS, 2001).aToB()).containsExactlyInAnyOrder("neutrality", "nonaggression", "consultation");
        assertThat(alliance(RUS, IRN, 2018).bToA()).containsExactlyInAnyOrder("neutrality", "nonaggression", "consultation");
        assertThat(panels.year(IRN, RUS, 2019).alliance()).as("ATOP ends in 2018: no data, not 'none'").isEmpty();
    }

    private static DyadYear.Alliance alliance(int a, int b, int year) {
        return panels.year(a, b, year).alliance().orElseThrow();
    }

    @Test
    void russian_arms_to_iran_match_sipri_tables() {
        // SIPRI TIV table of Russia's exports, Iran row (as published): 1992 220, 1993 559, 2016 413
        assertThat(panels.year(IRN, RUS, 1992).arms().orElseThrow().bToA()).isEqualTo(220);
        assertThat(panels.year(IRN, RUS, 1993).arms().orElseThrow().bToA()).isEqualTo(559);
        assertThat(panels.year(RUS, IRN, 2016).arms().orElseThrow().aToB()).isEqualTo(413);
        assertThat(panels.year(RUS, IRN, 2016).arms().orElseThrow().shareOfBImports().orElseThrow())
                .isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(panels.year(IRN, RUS, 2022).arms()).as("SIPRI bundle ends 2021").isEmpty();
    }

    @Test
    void values_match_the_published_datasets() {
        // computed straight from the upstream files (COW trade 4.0, COW IGO 3.0, NMC, SIPRI tables)
        DyadYear.Trade t = panels.year(IRN, RUS, 2010).trade().orElseThrow();
        assertThat(t.aImportsFromB().getAsDouble()).isEqualTo(1150.0);
        assertThat(t.bImportsFromA().getAsDouble()).isEqualTo(272.0);
        assertThat(t.dependenceA().getAsDouble()).isCloseTo(1422 / 165088.07, within(1e-9));
        assertThat(t.dependenceB().getAsDouble()).isCloseTo(1422 / 591072.28, within(1e-9));
        assertThat(panels.year(IRN, RUS, 2014).igos()).hasValue(39);
        DyadYear.Power p = panels.year(IRN, RUS, 2012).power().orElseThrow();
        assertThat(p.cincA()).isCloseTo(0.015544316, within(1e-12));
        assertThat(p.shareA()).isCloseTo(0.015544316 / (0.015544316 + 0.039594777), within(1e-9));
        assertThat(panels.year(RUS, IRN, 1986).arms().orElseThrow().aToB()).as("USSR, COW 365").isEqualTo(116);
        assertThat(panels.year(RUS, IRN, 2016).arms().orElseThrow().shareOfBImports()).hasValue(1.0);
        assertThat(panels.year(IRN, 666, 2015).rivalry().orElseThrow().tss()).hasValueSatisfying(k ->
                assertThat(k).contains("positional"));
        assertThat(panels.year(IRN, 670, 2015).rivalry().orElseThrow().active()).as("Iran-Saudi Arabia").isTrue();
    }

    @Test
    void trade_flows_are_oriented_to_the_states_asked_for() {
        DyadYear.Trade ir = panels.year(IRN, RUS, 2010).trade().orElseThrow();
        DyadYear.Trade ri = panels.year(RUS, IRN, 2010).trade().orElseThrow();
        assertThat(ir.aImportsFromB()).isEqualTo(ri.bImportsFromA());
        assertThat(ir.dependenceA()).isEqualTo(ri.dependenceB());
        // Iran depends more on Russia than Russia on Iran
        assertThat(ir.dependenceA().getAsDouble()).isGreaterThan(ir.dependenceB().getAsDouble());
        assertThat(panels.year(IRN, RUS, 2015).trade()).as("COW trade ends 2014").isEmpty();
    }

    @Test
    void rivals_and_allies_are_recognised() {
        assertThat(panels.year(750, 770, 2010).rivalry().orElseThrow().active()).as("India-Pakistan").isTrue();
        assertThat(panels.year(630, 365, 2010).rivalry().orElseThrow().active()).isFalse();
        assertThat(panels.year(2, 200, 2015).alliance().orElseThrow().defence()).as("USA-UK").isTrue();
        assertThat(panels.year(2, 740, 2015).alliance().orElseThrow().defence()).as("USA-Japan").isTrue();
    }

    @Test
    void closest_un_partners_are_sorted_and_exclude_the_state_itself() {
        var list = panels.partners(IRN, 2014, Partners.Measure.UN_S);
        assertThat(list).hasSizeGreaterThan(150).noneMatch(p -> p.cow() == IRN);
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).value()).isLessThanOrEqualTo(list.get(i - 1).value());
        }
        assertThat(panels.partners(IRN, 2010, Partners.Measure.TRADE)).isNotEmpty();
        assertThat(panels.partners(RUS, 2016, Partners.Measure.ARMS)).anyMatch(p -> p.cow() == IRN);
    }
}
