package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderedTest {

    @Test
    void keeps_the_order_given_and_refuses_malformed_pairs() {
        Map<String, Object> m = Ordered.map("score", 59.1, "interval", "47-70", "evidence", 12, "data", 3, "band", "x");
        assertThat(m.keySet()).containsExactly("score", "interval", "evidence", "data", "band");
        assertThat(m.get("evidence")).isEqualTo(12);
        assertThatThrownBy(() -> m.put("more", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Ordered.map("a", 1, "b")).hasMessageContaining("pairs");
        assertThatThrownBy(() -> Ordered.map(1, "a")).hasMessageContaining("not a string");
        assertThatThrownBy(() -> Ordered.map("a", 1, "a", 2)).hasMessageContaining("given twice");
        assertThatThrownBy(() -> Ordered.map("a", null)).isInstanceOf(NullPointerException.class).hasMessage("a");
    }
}
