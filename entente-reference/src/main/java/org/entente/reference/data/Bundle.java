package org.entente.reference.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled datasets: where their files are, what the manifest says of each, and which
 * dataset each comes from (with its coverage and the citation its producers ask for).
 */
public final class Bundle {

    private static final String ROOT = "/org/entente/reference/data/";

    private final Opener opener;
    private final Map<String, Entry> entries;
    private final Map<String, Dataset> datasets;

    /**
     * One file of the bundle, as the manifest lists it.
     *
     * @param file    its name
     * @param rows    its number of data rows
     * @param sha256  the SHA-256 of its bytes, in hex
     * @param dataset the id of the dataset it comes from
     */
    public record Entry(String file, long rows, String sha256, String dataset) {
    }

    /**
     * A source dataset.
     *
     * @param id       its id
     * @param name     its name
     * @param version  its version
     * @param from     the first year the bundled file covers
     * @param to       the last year
     * @param citation the citation its producers ask for
     * @param licence  its licence or terms
     * @param url      where it comes from
     */
    public record Dataset(String id, String name, String version, int from, int to, String citation,
                          String licence, String url) {

        /**
         * @param year a year
         * @return whether the dataset covers it
         */
        public boolean covers(int year) {
            return year >= from && year <= to;
        }
    }

    /** Opens a file of the bundle by name, or returns null when there is none. */
    @FunctionalInterface
    interface Opener {
        InputStream open(String name) throws IOException;
    }

    private Bundle(Opener opener, Map<String, Entry> entries, Map<String, Dataset> datasets) {
        this.opener = opener;
        this.entries = entries;
        this.datasets = datasets;
    }

    /** @return the bundle shipped on the classpath */
    public static Bundle bundled() {
        return at(ROOT);
    }

    /**
     * @param classpathRoot a classpath folder holding MANIFEST.tsv, datasets.tsv and the files
     * @return the bundle there
     */
    public static Bundle at(String classpathRoot) {
        return of(name -> Bundle.class.getResourceAsStream(classpathRoot + name));
    }

    /**
     * @param folder a folder holding MANIFEST.tsv, datasets.tsv and the files
     * @return the bundle there
     */
    public static Bundle in(java.nio.file.Path folder) {
        return of(name -> {
            java.nio.file.Path p = folder.resolve(name);
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.newInputStream(p) : null;
        });
    }

    private static Bundle of(Opener opener) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        String reading = "MANIFEST.tsv";
        try {
            for (String[] f : lines(opener, reading, 4)) {
                entries.put(f[0], new Entry(f[0], Long.parseLong(f[1]), f[2], f[3]));
            }
            reading = "datasets.tsv";
            for (String[] f : lines(opener, reading, 8)) {
                datasets.put(f[0], new Dataset(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5],
                        f[6], f[7]));
            }
        } catch (NumberFormatException e) {
            throw new BundleException(reading, 0, "has a malformed number: " + e.getMessage());
        }
        return new Bundle(opener, entries, datasets);
    }

    private static List<String[]> lines(Opener opener, String name, int fields) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                throw new BundleException(name, 0, "is missing from the bundle");
            }
            readLines(in, name, fields, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name, e);
        }
        return out;
    }

    private static void readLines(InputStream in, String name, int fields, List<String[]> out) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != fields) {
                    throw new BundleException(name, n, "has " + f.length + " fields, expected " + fields);
                }
                out.add(f);
            }
        }
    }

    Entry entry(String file) {
        Entry e = entries.get(file);
        if (e == null) {
            throw new BundleException(file, 0, "is not listed in MANIFEST.tsv");
        }
        return e;
    }

    InputStream open(String file) throws IOException {
        InputStream in = opener.open(file);
        if (in == null) {
            throw new BundleException(file, 0, "is missing from the bundle");
        }
        return in;
    }

    /** @return the manifest's entries, in order */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * @return a short fingerprint of the bundle's content: the SHA-256 of its files' checksums,
     *         first 16 hex digits, so that anything derived from it can tell when it changed
     */
    public String fingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            entries.values().forEach(e -> sha.update((e.file() + e.sha256()).getBytes(StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /**
     * @param name a file of the bundle, such as datasets.tsv
     * @return its bytes
     * @throws IOException if it cannot be read
     */
    public byte[] bytes(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    /** @return the source datasets, in manifest order */
    public List<Dataset> datasets() {
        return List.copyOf(datasets.values());
    }

    /**
     * @param id a dataset id such as {@code atop}
     * @return the dataset
     */
    public Dataset dataset(String id) {
        return Optional.ofNullable(datasets.get(id))
                .orElseThrow(() -> new BundleException("datasets.tsv", 0, "has no dataset '" + id + "'"));
    }
}
