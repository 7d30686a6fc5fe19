package org.entente.events;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** The fixture files of this package, as paths. */
final class Fixtures {

    static final String V2 = "20191024143000.export.CSV";
    static final String V2_OTHER = "20151027220000.export.CSV";
    static final String V1 = "gdelt1_events_sample100_10files_57and58cols.tsv";
    static final String ICEWS = "events.2018.sample.tab";
    static final String ICEWS_CSV = "icews_sample_20180601_20180603.csv.gz";
    static final String MALFORMED = "malformed_gdelt2.CSV";
    /** GDELT 2.0 export rows and the mentions rows of the same two updates (spark-gdelt samples). */
    static final String V2_SAMPLE = "spark-gdelt_events_sample100.CSV";
    static final String MENTIONS = "spark-gdelt_mentions_sample100.CSV";
    /** The header and first two rows of a GDELT 1.0 subset re-written by R's write.csv (not read: a reject says why). */
    static final String V1_R_CSV = "gdelt1_georgia_july2011_r_csv_head3.csv";

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("fixture " + name + " is missing", e);
        }
    }

    /**
     * Writes a fixture gzip-compressed, the archive cut short when {@code keep} is under 1.
     *
     * @param name a fixture
     * @param to   the file to write
     * @param keep the share of the compressed bytes kept (1: the whole archive)
     * @return {@code to}
     */
    static Path gzip(String name, Path to, double keep) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(to))) {
            o.write(Files.readAllBytes(path(name)));
        }
        if (keep < 1) {
            byte[] all = Files.readAllBytes(to);
            Files.write(to, Arrays.copyOf(all, (int) (all.length * keep)));
        }
        return to;
    }

    /**
     * Writes a fixture as a corrupt (not truncated) gzip file, as a flipped bit inside the
     * compressed data leaves one: lines {@code from} to {@code to - 1} (1-based) come out garbled
     * (their first tab a space, so each has one column too few), and the archive's check (the
     * CRC-32 in its trailer) fails only at its end.
     *
     * @return {@code file}
     */
    static Path corruptGzip(String name, Path file, int from, int to) throws IOException {
        String[] lines = Files.readString(path(name), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = from - 1; i < to - 1; i++) {
            lines[i] = lines[i].replaceFirst("\t", " ");
        }
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(file);
        all[all.length - 8] ^= 0x10;   // the trailer's CRC-32 no longer matches what inflates
        return Files.write(file, all);
    }
}
