package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row-by-row reader (ICEWS, zip archives of several members, anything off the fast GDELT path)
 * tells the ingest's progress how far it has got while it reads a file, not only once the file is
 * done, and the totals at the end are the file's size as stored and its rows, counted once.
 */
class RowProgressTest {

    @TempDir
    Path dir;

    /** Records the counts after every call the readers make. */
    private static final class Recording extends IngestProgress {
        final List<long[]> seen = new ArrayList<>();

        @Override
        void addBytes(long n) {
            super.addBytes(n);
            seen.add(new long[] {bytes(), rows()});
        }

        @Override
        void addRows(long n) {
            super.addRows(n);
            seen.add(new long[] {bytes(), rows()});
        }
    }

    /** An ICEWS file of about 22,000 rows: the sample's rows six times over, under its header. */
    private Path bigIcews() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.path(Fixtures.ICEWS), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 0; i < 6; i++) {
            out.addAll(lines.subList(1, lines.size()));
        }
        return Files.write(dir.resolve("icews.big.tab"), out, StandardCharsets.UTF_8);
    }

    private static FileBatch read(Path file, IngestProgress progress) {
        Countries countries = Countries.bundled();
        return new FileReading(countries, List.of(Watch.parse("IRN:RUS")), new GroupKeys(countries), progress,
                GdeltScan.CHUNK).read(file);
    }

    /** Reads a file and checks what the progress saw on the way and at the end. */
    private static void reportsAsItGoes(Path file) throws IOException {
        Recording p = new Recording();
        FileBatch b = read(file, p);
        long size = Files.size(file);
        long rows = b.accepted + b.rejects.size();
        assertThat(b.packed).as("read row by row").isNull();
        assertThat(rows).as(file + ": rows").isGreaterThan(3 * FileReading.REPORT_EVERY);
        assertThat(p.bytes()).as(file + ": the file's bytes as stored, once").isEqualTo(size);
        assertThat(p.rows()).as(file + ": its rows, once").isEqualTo(rows);
        assertThat(p.seen).as(file + ": progress seen while the file was read")
                .anySatisfy(s -> {
                    assertThat(s[0]).isStrictlyBetween(0L, size);
                    assertThat(s[1]).isStrictlyBetween(0L, rows);
                });
        long bytes = 0;
        long read = 0;
        for (long[] s : p.seen) {
            assertThat(s[0]).as(file + ": bytes never go back nor past the stored size").isBetween(bytes, size);
            assertThat(s[1]).as(file + ": rows never go back").isBetween(read, rows);
            bytes = s[0];
            read = s[1];
        }
    }

    @Test
    void a_plain_icews_file_reports_bytes_and_rows_as_it_is_read() throws IOException {
        reportsAsItGoes(bigIcews());
    }

    /** For a .gz the bytes are the compressed ones, as the ingest's total counts them, never the inflated. */
    @Test
    void a_gzip_file_reports_its_compressed_bytes_as_it_is_read() throws IOException {
        Path gz = dir.resolve("icews.big.tab.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(bigIcews()));
        }
        reportsAsItGoes(gz);
    }

    @Test
    void a_zip_of_several_members_reports_as_it_is_read() throws IOException {
        Path zip = dir.resolve("several.zip");
        byte[] icews = Files.readAllBytes(bigIcews());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a.tab", "b.tab")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(icews);
                z.closeEntry();
            }
        }
        reportsAsItGoes(zip);
    }

    /** Through the store: what an ingest's progress ends at is the files' sizes and rows, as before. */
    @Test
    void an_ingest_ends_at_the_files_sizes_and_rows() throws IOException {
        Path plain = bigIcews();
        Path gz = Fixtures.gzip(Fixtures.MALFORMED, dir.resolve("malformed.CSV.gz"), 1);
        try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
            List<FileReport> reports = store.ingest(List.of(plain, gz), List.of(), r -> { });
            assertThat(store.progress().bytes()).isEqualTo(Files.size(plain) + Files.size(gz));
            assertThat(store.progress().rows()).isEqualTo(reports.stream().mapToLong(r -> r.accepted() + r.rejected()).sum())
                    .isEqualTo(6 * 3705 + 12);
        }
    }
}
