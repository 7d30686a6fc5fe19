package org.entente.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.model.Case;
import org.entente.model.Confidence;
import org.entente.model.Dimension;
import org.entente.model.Obligation;
import org.entente.model.Treaty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The three built-in cases validate and carry the treaty facts the comparison rests on. */
class BuiltInCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"iran-russia", "russia-dprk", "russia-china"})
    void each_built_in_case_is_valid_and_covers_all_six_dimensions(String id) {
        Case c = BuiltInCases.load(id);
        assertThat(c.id()).isEqualTo(id);
        Set<Dimension> covered = c.evidence().stream().map(e -> e.dimension()).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Dimension.class)));
        assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.of(Dimension.REGIONAL)));
        assertThat(c.drivers()).isNotEmpty();
        assertThat(c.limits()).isNotEmpty();
        assertThat(c.treaties()).isNotEmpty();
        assertThat(c.scenarios()).isNotEmpty();
    }

    @Test
    void iran_russia_2025_treaty_pledges_non_assistance_but_no_defence() {
        Treaty t = treatySigned(BuiltInCases.load("iran-russia"), "2025-01-17");
        assertThat(t.durationYears()).hasValue(20);
        assertThat(t.articles()).hasValue(47);
        assertThat(obligations(t)).contains(Obligation.NEUTRALITY).doesNotContain(Obligation.DEFENCE);
        assertThat(t.absent()).anyMatch(a -> a.obligation() == Obligation.DEFENCE);
    }

    @Test
    void russia_dprk_2024_treaty_pledges_mutual_assistance() {
        Treaty t = treatySigned(BuiltInCases.load("russia-dprk"), "2024-06-19");
        assertThat(obligations(t)).contains(Obligation.DEFENCE);
        assertThat(t.durationYears()).isEmpty();
    }

    @Test
    void russia_china_2001_treaty_stops_at_consultation() {
        Treaty t = treatySigned(BuiltInCases.load("russia-china"), "2001-07-16");
        assertThat(obligations(t)).contains(Obligation.CONSULTATION).doesNotContain(Obligation.DEFENCE);
    }

    @Test
    void iran_russia_keeps_the_fact_sheets_unconfirmed_and_conflicting_marks() {
        Case c = BuiltInCases.load("iran-russia");
        assertThat(c.timeline()).anyMatch(e -> e.confidence() == Confidence.UNCONFIRMED);
        assertThat(c.timeline()).anyMatch(e -> e.confidence() == Confidence.CONFLICTING);
        assertThat(c.indicators()).anySatisfy(i -> assertThat(i.values().stream()
                .filter(v -> v.date().toString().equals("2022")).map(v -> v.value()).distinct().count())
                .as("2022 trade: both reported values side by side").isGreaterThanOrEqualTo(2));
        assertThat(c.timeline()).anyMatch(e -> e.date().toString().startsWith("2026"));
    }

    private static Treaty treatySigned(Case c, String date) {
        return c.treaties().stream().filter(t -> t.signed().toString().equals(date)).findFirst().orElseThrow();
    }

    private static Set<Obligation> obligations(Treaty t) {
        return t.coding().stream().map(Treaty.ArticleCoding::obligation).collect(Collectors.toSet());
    }
}
