package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.events.cameo.Cameo;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast GDELT reader ({@link GdeltScan}; GDELT 2.0 and 1.0) against the row-by-row reader on real files:
 * every rollup group with every sum bit for bit, every volume, every reject with its line and
 * reason, every watched event, the counts and dates; with the default chunk size and with chunks
 * so small that lines fall on every kind of chunk boundary.
 */
class FastReadingTest {

    private static final Countries COUNTRIES = new Countries(CountryTable.bundled(), Cameo.bundled());
    private static final GroupKeys KEYS = new GroupKeys(COUNTRIES);
    private static final List<Watch> WATCH = List.of(Watch.parse("IRN:RUS"), Watch.parse("USA:ISR"));

    @TempDir
    Path dir;

    private static void sameBatch(Path file, int chunk) {
        FileReading slow = new FileReading(COUNTRIES, WATCH);
        FileReading fast = new FileReading(COUNTRIES, WATCH, KEYS, new IngestProgress(), chunk);
        FileBatch a = slow.readRowByRow(file);
        FileBatch b = fast.read(file);
        String at = file.getFileName() + " chunk " + chunk;
        assertThat(a.accepted).as(at + ": rows to compare").isPositive();
        assertThat(b.accepted).as(at).isEqualTo(a.accepted);
        assertThat(b.dyadic).as(at).isEqualTo(a.dyadic);
        assertThat(b.first).as(at).isEqualTo(a.first);
        assertThat(b.last).as(at).isEqualTo(a.last);
        assertThat(b.format()).as(at).isEqualTo(a.format());
        assertThat(b.rejects).as(at).isEqualTo(a.rejects);
        assertThat(b.watched).as(at).isEqualTo(a.watched);
        assertThat(b.packed).as(at + ": the fast reader packs its groups").isNotNull();
        assertThat(b.rollup().groups()).as(at + ": and keeps no unpacked ones").isEmpty();
        assertThat(tallies(b.packed)).as(at).isEqualTo(tallies(a.rollup().groups()));
        assertThat(volumes(b.packed)).as(at).isEqualTo(volumes(a.rollup().volumes()));
        assertThat(b.checksum).as(at).isEqualTo(EventStore.checksum(file));
    }

    /** Every field of every tally, doubles as their exact bits. */
    private static Map<Rollup.Key, List<Long>> tallies(Map<Rollup.Key, Rollup.Tally> groups) {
        return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            Rollup.Tally t = e.getValue();
            return List.of(t.events, t.distinct, Double.doubleToLongBits(t.goldsteinSum),
                    Double.doubleToLongBits(t.goldsteinWeighted), t.mentions, t.sources, t.articles,
                    Double.doubleToLongBits(t.toneSum), t.toned);
        }));
    }

    /** The fast reader's packed groups, keys unpacked, in the form above (every fast-read event has a tone: toned = events). */
    private static Map<Rollup.Key, List<Long>> tallies(FileBatch.Packed p) {
        Map<Rollup.Key, List<Long>> out = new HashMap<>();
        for (int g = 0; g < p.groups; g++) {
            List<Long> sums = List.of(p.events[g], p.distinct[g], Double.doubleToLongBits(p.goldstein[g]),
                    Double.doubleToLongBits(p.weighted[g]), p.mentions[g], p.sources[g], p.articles[g],
                    Double.doubleToLongBits(p.tone[g]), p.events[g]);
            assertThat(out.put(p.keys.unpack(p.source, p.key[g]), sums)).as("group keys are unique").isNull();
        }
        return out;
    }

    private static Map<Rollup.Key, Long> volumes(Map<Rollup.Key, long[]> v) {
        return v.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0]));
    }

    private static Map<Rollup.Key, Long> volumes(FileBatch.Packed p) {
        Map<Rollup.Key, Long> out = new HashMap<>();
        for (int v = 0; v < p.volumes; v++) {
            assertThat(out.put(p.keys.unpackVolume(p.source, p.volumeKey[v]), p.volume[v])).as("volume keys are unique").isNull();
        }
        return out;
    }

    @Test
    void gives_the_row_by_row_rollup_on_every_real_gdelt2_and_gdelt1_file() throws Exception {
        for (String name : List.of(Fixtures.V2, Fixtures.V2_OTHER, Fixtures.MALFORMED, Fixtures.V1)) {
            for (int chunk : new int[] {GdeltScan.CHUNK, 4096, 397}) {
                sameBatch(Fixtures.path(name), chunk);
            }
        }
    }

    @Test
    void gives_the_row_by_row_rollup_on_the_shared_samples_when_present() throws Exception {
        Path shared = Path.of("../../shared/data/gdelt_v2_events").toAbsolutePath().normalize();
        // the fixtures above are two of these files; without the shared folder the test is skipped, not passed
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no ../shared/data here");
        try (var s = Files.list(shared)) {
            List<Path> exports = s.filter(p -> p.toString().endsWith(".CSV")).sorted().toList();
            assertThat(exports).as("GDELT 2.0 exports in " + shared).isNotEmpty();
            for (Path p : exports) {
                sameBatch(p, 1 << 16);
            }
        }
    }

    /**
     * A file of several 8 MiB blocks, each read by its own worker straight from the file: real rows
     * repeated, with accented names (the in-place UTF-8 check), a line of 100,000 bytes (a line
     * longer than the bytes read past a block's end), broken UTF-8, and no newline at the end.
     */
    @Test
    void reads_a_file_of_many_blocks_as_the_row_by_row_reader_does() throws IOException {
        List<String> real = Files.readAllLines(Fixtures.path(Fixtures.V2));
        Path big = dir.resolve("big.export.CSV");
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(big))) {
            long written = 0;
            for (int round = 0; written < 3L * GdeltScan.CHUNK + 12345; round++) {
                for (int i = 0; i < real.size(); i++) {
                    String line = real.get(i);
                    if (i == 7) {
                        line = line.replaceFirst("\t[A-Z ]{3,}\t", "\tSÃO PAULO CAFÉ\t");   // accented, valid
                    } else if (i == 11 && round % 3 == 0) {
                        line = line + "x".repeat(100_000);   // one very long line (a long SOURCEURL: still 61 columns)
                    }
                    byte[] bytes = (line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    if (i == 13 && round % 5 == 0) {
                        bytes[20] = (byte) 0xC3;   // a lone lead byte: broken UTF-8
                    }
                    o.write(bytes);
                    written += bytes.length;
                }
            }
            o.write(real.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));   // unterminated
        }
        assertThat(Files.size(big)).isGreaterThan(3L * GdeltScan.CHUNK);
        sameBatch(big, GdeltScan.CHUNK);
        // the damage is there to be read: the broken UTF-8 lines are rejected, by both readers alike
        assertThat(new FileReading(COUNTRIES, WATCH).readRowByRow(big).rejects)
                .anySatisfy(r -> assertThat(r.reason()).startsWith("invalid UTF-8"));
    }

    /** GDELT publishes each file as a zip of one member: read fast, labelled archive!member, as the row reader does. */
    @Test
    void reads_a_zip_of_one_member_as_the_row_by_row_reader_does() throws IOException {
        for (String name : List.of(Fixtures.V2, Fixtures.MALFORMED)) {
            Path zip = dir.resolve(name + ".zip");
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                z.write(Files.readAllBytes(Fixtures.path(name)));
                z.closeEntry();
            }
            sameBatch(zip, GdeltScan.CHUNK);
            sameBatch(zip, 4096);
        }
        FileBatch b = new FileReading(COUNTRIES, WATCH, KEYS, new IngestProgress(), GdeltScan.CHUNK)
                .read(dir.resolve(Fixtures.MALFORMED + ".zip"));
        assertThat(b.rejects).isNotEmpty().allSatisfy(r -> assertThat(r.file()).endsWith(".zip!" + Fixtures.MALFORMED));
        // two members: each with its own format and labels, so the row-by-row reader takes it
        Path two = dir.resolve("two.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(two))) {
            for (String name : List.of(Fixtures.V2, Fixtures.V2_OTHER)) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                z.write(Files.readAllBytes(Fixtures.path(name)));
                z.closeEntry();
            }
        }
        assertThat(new FileReading(COUNTRIES, WATCH, KEYS, new IngestProgress(), GdeltScan.CHUNK).read(two).packed)
                .as("read row by row: nothing packed").isNull();
    }

    @Test
    void reads_gzip_and_a_gzip_cut_in_half_as_the_row_by_row_reader_does() throws IOException {
        sameBatch(Fixtures.gzip(Fixtures.V2, dir.resolve("whole.export.CSV.gz"), 1), 1 << 16);
        sameBatch(Fixtures.gzip(Fixtures.V2, dir.resolve("cut.export.CSV.gz"), 0.5), 1 << 14);
    }
}
