package org.entente.reference.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged copy of the real bundle fails loudly, naming the file and, where it can, the line. */
class DamagedBundleTest {

    private static final String NMC = "nmc.tsv.gz";
    private static final List<String> NMC_HEADER = List.of("ccode", "year", "cinc");

    @TempDir
    Path dir;

    @BeforeEach
    void copyRealBundle() throws IOException {
        for (String name : List.of("MANIFEST.tsv", "datasets.tsv", NMC)) {
            try (InputStream in = getClass().getResourceAsStream("/org/entente/reference/data/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    private DyadYearTable read() {
        return DyadYearTable.read(Bundle.in(dir), NMC, NMC_HEADER, true, 2);
    }

    @Test
    void the_intact_copy_reads_every_row() throws IOException {
        long rows;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                Files.newInputStream(dir.resolve(NMC))), java.nio.charset.StandardCharsets.UTF_8))) {
            rows = in.lines().skip(1).filter(l -> !l.isBlank()).count();   // after the header
        }
        org.assertj.core.api.Assertions.assertThat(rows).isGreaterThan(10_000);
        org.assertj.core.api.Assertions.assertThat(read().size()).isEqualTo(rows);
    }

    @Test
    void a_truncated_archive_names_the_file() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(NMC));
        Files.write(dir.resolve(NMC), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(this::read).isInstanceOf(BundleException.class)
                .hasMessageStartingWith(NMC + ": truncated or corrupt after");
    }

    @Test
    void a_changed_byte_fails_the_checksum() throws IOException {
        String text = gunzip(dir.resolve(NMC)).replaceFirst("\t0\\.", "\t1.");
        Files.write(dir.resolve(NMC), gzip(text));
        assertThatThrownBy(this::read).isInstanceOf(BundleException.class)
                .hasMessageContaining(NMC).hasMessageContaining("differs from the manifest");
    }

    @Test
    void a_dropped_row_is_caught_by_the_row_count() throws IOException {
        String text = gunzip(dir.resolve(NMC));
        int cut = text.indexOf('\n', text.indexOf('\n') + 1);
        Files.write(dir.resolve(NMC), gzip(text.substring(0, text.indexOf('\n') + 1) + text.substring(cut + 1)));
        assertThatThrownBy(this::read).isInstanceOf(BundleException.class)
                .hasMessageContaining(NMC).hasMessageContaining("the manifest says");
    }

    @Test
    void a_malformed_number_names_file_line_and_column() throws IOException {
        String text = gunzip(dir.resolve(NMC));
        String[] lines = text.split("\n", -1);
        lines[5] = lines[5].replaceFirst("\t[0-9.]+$", "\tabc");
        Files.write(dir.resolve(NMC), gzip(String.join("\n", lines)));
        assertThatThrownBy(this::read).isInstanceOf(BundleException.class)
                .hasMessageStartingWith(NMC + ":6: field 'cinc' is 'abc', not a number");
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        Files.delete(dir.resolve(NMC));
        // read the deleted file itself: loading all panels would fail first on files this copy never had
        assertThatThrownBy(this::read).isInstanceOf(BundleException.class)
                .hasMessageStartingWith(NMC + ":").hasMessageContaining("missing from the bundle");
    }

    private static String gunzip(Path p) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
