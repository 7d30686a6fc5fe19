package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KeyedSums} against a map of arrays, through many growths of both its tables. */
class KeyedSumsTest {

    @Test
    void keeps_each_keys_sums_apart_in_first_seen_order_as_it_grows() {
        KeyedSums s = new KeyedSums(3);
        Map<Long, long[]> expected = new LinkedHashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long key = (long) r.nextInt(20_000) << 20 | r.nextInt(4);   // packed-key-like: high bits vary
            long n = r.nextInt(1000) - 500;
            int j = r.nextInt(3);
            int o = s.offset(key);
            s.sums()[o + j] += n;
            expected.computeIfAbsent(key, k -> new long[3])[j] += n;
        }
        s.add(123L, 5);
        expected.computeIfAbsent(123L, k -> new long[3])[0] += 5;
        assertThat(s.size()).isEqualTo(expected.size()).isGreaterThan(20_000);
        int i = 0;
        for (Map.Entry<Long, long[]> e : expected.entrySet()) {
            assertThat(s.key(i)).isEqualTo(e.getKey());
            assertThat(new long[] {s.sum(i, 0), s.sum(i, 1), s.sum(i, 2)}).as("key %d", e.getKey()).isEqualTo(e.getValue());
            i++;
        }
    }
}
