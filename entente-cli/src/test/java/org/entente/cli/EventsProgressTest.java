package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.entente.events.IngestProgress;
import org.junit.jupiter.api.Test;

class EventsProgressTest {

    @Test
    void a_terminal_gets_a_bar_with_bytes_rate_and_eta() {
        StringWriter sw = new StringWriter();
        try (EventsProgress p = new EventsProgress(new PrintWriter(sw), new IngestProgress(), 2_000_000_000L, true)) {
            String bar = p.line(1_000_000_000L, 2_500_000, 2.0);
            assertThat(bar).startsWith("[###############...............]  50%  1.00 GB of 2.00 GB")
                    .contains("1,250,000 rows/s").contains("500 MB/s").endsWith("ETA 0:02");
        }
    }

    @Test
    void a_log_gets_plain_lines_and_the_command_output_passes_through() {
        StringWriter sw = new StringWriter();
        try (EventsProgress p = new EventsProgress(new PrintWriter(sw), new IngestProgress(), 100_000_000L, false)) {
            assertThat(p.line(25_000_000L, 60_000, 1.0)).isEqualTo("25%  25.0 MB of 100.0 MB  60,000 rows/s  25 MB/s  ETA 0:03");
            p.println("[1/1] file");
        }
        assertThat(sw.toString()).isEqualTo("[1/1] file" + System.lineSeparator());
    }
}
