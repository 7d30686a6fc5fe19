package org.entente.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.entente.model.Dimension;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadPanels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataSignalsTest {

    private static DyadPanels panels;

    @BeforeAll
    static void load() {
        panels = DyadPanels.load(Bundle.bundled());
    }

    @Test
    void arms_share_counts_the_recipients_imports_in_years_the_supplier_delivered_nothing() throws IOException {
        // Russia (365) delivered to Egypt (651) in 2017-2020 but not in 2021, when Egypt still
        // imported from others; the share is of all Egypt's imports over the five years
        long delivered = 0;
        long imports = 0;
        for (int y = 2017; y <= 2021; y++) {
            delivered += sum("sipri-tiv.tsv.gz", new String[] {"365", "651", String.valueOf(y)});
            imports += sum("sipri-imports.tsv.gz", new String[] {"651", String.valueOf(y)});
        }
        long sinceDeliveries = 0;   // the denominator an earlier version used: only years with deliveries
        for (int y = 2017; y <= 2020; y++) {
            sinceDeliveries += sum("sipri-imports.tsv.gz", new String[] {"651", String.valueOf(y)});
        }
        assertThat(sum("sipri-tiv.tsv.gz", new String[] {"365", "651", "2021"})).isZero();
        assertThat(sum("sipri-imports.tsv.gz", new String[] {"651", "2021"})).isPositive();

        DataSignals.Signal military = DataSignals.of(panels, y -> 365, y -> 651, "RUS", "EGY", 2021, 3, 500)
                .signals().get(Dimension.MILITARY);

        long percent = Math.round(100.0 * delivered / imports);
        assertThat(percent).isNotEqualTo(Math.round(100.0 * delivered / sinceDeliveries));
        assertThat(military.label()).contains("2017-2021: RUS\u2192EGY " + delivered + " TIV (" + percent
                + "% of EGY's arms imports), EGY\u2192RUS 0 TIV");
        double volume = Math.min(1, Math.log10(1 + delivered) / Math.log10(501));
        assertThat(military.value()).isCloseTo(25 + 60 * (double) delivered / imports * volume,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    /** @return the last column summed over the rows of a bundled table whose first columns are {@code key} */
    private static long sum(String table, String[] key) throws IOException {
        try (InputStream in = DyadPanels.class.getResourceAsStream("/org/entente/reference/data/" + table);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            long total = 0;
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                boolean match = true;
                for (int i = 0; i < key.length && match; i++) {
                    match = f[i].equals(key[i]);
                }
                if (match) {
                    total += Long.parseLong(f[f.length - 1]);
                }
            }
            return total;
        }
    }
}
