package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keeps_the_precision_written() {
        assertThat(PartialDate.parse("2014").orElseThrow().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("2014-03").orElseThrow().precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("2025-01-17").orElseThrow().toString()).isEqualTo("2025-01-17");
        assertThat(PartialDate.parse("2014-03").orElseThrow().toString()).isEqualTo("2014-03");
    }

    @Test
    void month_precision_spans_the_whole_month() {
        PartialDate feb = PartialDate.parse("2024-02").orElseThrow();
        assertThat(feb.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(feb.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void rejects_impossible_dates() {
        assertThatThrownBy(() -> PartialDate.parse("2025-02-30")).hasMessageContaining("2025-02-30 does not exist");
        assertThatThrownBy(() -> PartialDate.parse("2025-13")).hasMessageContaining("month 13");
        // 00 would otherwise read as the record's "not known" and stand for the whole year or month
        assertThatThrownBy(() -> PartialDate.parse("2020-00")).hasMessageContaining("month 00 does not exist");
        assertThatThrownBy(() -> PartialDate.parse("2020-00-00")).hasMessageContaining("month 00 does not exist");
        assertThatThrownBy(() -> PartialDate.parse("2020-05-00")).hasMessageContaining("day 00 does not exist");
    }

    @Test
    void malformed_text_is_not_a_date() {
        assertThat(PartialDate.parse("2025-1-17")).isEmpty();
        assertThat(PartialDate.parse("17 Jan 2025")).isEmpty();
        assertThat(PartialDate.parse("2020\u0000")).isEmpty();
        assertThat(PartialDate.parse(" 2020 ")).contains(new PartialDate(2020, 0, 0));
    }

    @Test
    void orders_less_precise_first_on_the_same_start() {
        PartialDate year = PartialDate.parse("2022").orElseThrow();
        PartialDate day = PartialDate.parse("2022-01-01").orElseThrow();
        PartialDate march = PartialDate.parse("2022-03").orElseThrow();
        assertThat(year).isLessThan(day);
        assertThat(day).isLessThan(march);
    }
}
