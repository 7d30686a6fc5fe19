package org.entente.reference.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extracts of the real bundle for two states: written once into the cache, or, when the cache cannot be written, the full bundle. */
class DyadExtractTest {

    private static final Set<Integer> IRAN_RUSSIA = Set.of(630, 365);

    @TempDir
    Path dir;

    @Test
    void an_extract_is_written_once_and_holds_only_the_two_states_rows() throws Exception {
        List<String> notes = new ArrayList<>();
        Bundle extract = DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, notes::add);
        assertThat(extract).isNotSameAs(Bundle.bundled());
        assertThat(notes).isEmpty();
        try (var folders = Files.list(dir)) {
            assertThat(folders.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .matches(n -> n.startsWith("365-630."), "named by the states");
        }
        // the states' military capabilities: one row a year for each, none for anyone else
        DyadYearTable.read(extract, "nmc.tsv.gz", List.of("ccode", "year", "cinc"), true, 2);
        assertThat(extract.entries()).extracting(Bundle.Entry::file).contains("nmc.tsv.gz", "un-votes.tsv.gz");
        long full = Bundle.bundled().entries().stream().mapToLong(Bundle.Entry::rows).sum();
        long cut = extract.entries().stream().mapToLong(Bundle.Entry::rows).sum();
        assertThat(cut).isPositive().isLessThan(full / 10);
    }

    /** An extract cut short after it was written (a full disk, a hand) is cut again, not read as damaged bundled data. */
    @Test
    void a_damaged_extract_is_cut_again_from_the_bundle() throws Exception {
        DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, n -> { });
        Path folder;
        try (var folders = Files.list(dir)) {
            folder = folders.findFirst().orElseThrow();
        }
        Path igos = folder.resolve("igo-dyadic.tsv.gz");
        byte[] whole = Files.readAllBytes(igos);
        Files.write(igos, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(DyadExtract.intact(folder, Bundle.bundled())).isFalse();
        List<String> notes = new ArrayList<>();
        Bundle again = DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, notes::add);
        assertThat(notes).isEmpty();
        assertThat(igos).hasBinaryContent(whole);
        assertThat(DyadExtract.intact(folder, Bundle.bundled())).isTrue();
        // it reads: every row the manifest promises, with its checksum
        Tsv.read(again, "igo-dyadic.tsv.gz", List.of("ccode1", "ccode2", "year", "shared"), row -> { });
    }

    @Test
    void a_cache_that_cannot_be_written_gives_the_full_bundle_and_says_why_once() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
        List<String> notes = new ArrayList<>();
        Bundle full = Bundle.bundled();
        assertThat(DyadExtract.of(full, inTheWay, IRAN_RUSSIA, notes::add)).isSameAs(full);
        assertThat(DyadExtract.of(full, inTheWay, Set.of(2, 20), notes::add)).isSameAs(full);
        assertThat(notes).singleElement().asString().startsWith("cannot write the data extract " + inTheWay)
                .contains("a file is in the way").contains("the full data are read instead")
                .contains("ENTENTE_CACHE");
        assertThat(inTheWay).hasContent("a file where the cache folder should be");
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(inTheWay);   // no temporary folder left behind
        }
    }

    /**
     * Two runs cut the same extract at once (assess while the server cuts it first): the one whose
     * rename comes second finds the other's finished folder in place and uses it.
     */
    @Test
    void a_run_that_loses_the_rename_race_takes_the_other_runs_extract() throws Exception {
        DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, n -> { });
        Path folder;
        try (var folders = Files.list(dir)) {
            folder = folders.findFirst().orElseThrow();
        }
        byte[] manifest = Files.readAllBytes(folder.resolve("MANIFEST.tsv"));
        // the slower run: it checked before the other's rename and now renames onto the finished folder
        DyadExtract.write(Bundle.bundled(), folder, IRAN_RUSSIA);
        assertThat(DyadExtract.intact(folder, Bundle.bundled())).isTrue();
        assertThat(folder.resolve("MANIFEST.tsv")).hasBinaryContent(manifest);
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(folder);   // its own temporary folder is gone
        }
    }

    /**
     * Two threads of one process cutting the same extract: both wrote into one temporary folder,
     * named by the process id alone, so that one could rename the other's half-written files into
     * place. Each thread now has its own folder: a write on another thread leaves this thread's
     * folder in progress alone, and two writes at once both end with the complete extract.
     */
    @Test
    void two_threads_cutting_the_same_extract_write_apart_and_each_end_with_it_whole() throws Exception {
        Path folder = dir.resolve("365-630." + Bundle.bundled().fingerprint());
        Path mine = Files.createDirectories(dir.resolve(folder.getFileName() + DyadExtract.scratchSuffix()));
        Files.writeString(mine.resolve("nmc.tsv.gz"), "half");   // this thread's write, in progress
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> DyadExtract.write(Bundle.bundled(), folder, IRAN_RUSSIA)).get();
            assertThat(DyadExtract.intact(folder, Bundle.bundled())).isTrue();
            assertThat(mine.resolve("nmc.tsv.gz")).hasContent("half");
            Scratch.delete(mine);
            Scratch.delete(folder);
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    DyadExtract.write(Bundle.bundled(), folder, IRAN_RUSSIA);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> r : runs) {
                r.get();   // neither failed
            }
        } finally {
            pool.shutdown();
        }
        assertThat(DyadExtract.intact(folder, Bundle.bundled())).isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(folder);
        }
    }

    /**
     * A folder in the way that is not a finished extract is not taken for one: it is swapped for a
     * complete extract, as a damaged one is, and nothing of the run is left beside it.
     */
    @Test
    void a_folder_in_the_way_that_is_no_extract_is_replaced_by_a_complete_one() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("365-630." + Bundle.bundled().fingerprint()));
        Files.writeString(folder.resolve("notes.txt"), "not an extract");
        DyadExtract.write(Bundle.bundled(), folder, IRAN_RUSSIA);
        assertThat(DyadExtract.intact(folder, Bundle.bundled())).isTrue();
        assertThat(folder.resolve("notes.txt")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(folder);
        }
    }

    /** kill -9 during the first extract left its half-written folder for good; the next use of the cache removes it. */
    @Test
    void a_half_written_extract_of_a_killed_run_is_removed_and_a_running_one_s_kept() throws Exception {
        long ended = ScratchTest.endedPid();
        Path dead = Files.createDirectories(dir.resolve("365-731.0123456789abcdef.tmp-" + ended));
        Files.writeString(dead.resolve("nmc.tsv.gz"), "half");
        Path running = Files.createDirectories(dir.resolve("2-20.0123456789abcdef.tmp-" + Scratch.pid()));
        DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, n -> { });
        assertThat(dead).doesNotExist();
        assertThat(running).exists();
        try (var folders = Files.list(dir)) {
            assertThat(folders.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")).toList())
                    .containsExactly(running.getFileName().toString());
        }
    }

    private Path onlyFolder() throws Exception {
        try (var folders = Files.list(dir)) {
            return folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /**
     * A manifest emptied, replaced by a stray line or deleted passed the old check (no entries, so
     * no checksum failed), and every run then blamed the bundled data; now the extract is cut again.
     */
    @Test
    void an_extract_with_a_damaged_or_missing_manifest_is_cut_again() throws Exception {
        DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, n -> { });
        Path manifest = onlyFolder().resolve("MANIFEST.tsv");
        String whole = Files.readString(manifest);
        for (String damage : new String[] {"x\n", "", whole.lines().limit(3).collect(java.util.stream.Collectors.joining("\n")), null}) {
            if (damage == null) {
                Files.delete(manifest);
            } else {
                Files.writeString(manifest, damage);
            }
            assertThat(DyadExtract.intact(manifest.getParent(), Bundle.bundled())).as(String.valueOf(damage)).isFalse();
            List<String> notes = new ArrayList<>();
            Bundle again = DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, notes::add);
            assertThat(notes).isEmpty();
            assertThat(manifest).hasContent(whole);
            Tsv.read(again, "cow-trade-dyadic.tsv.gz", header(again, "cow-trade-dyadic.tsv.gz"), row -> { });
        }
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).as("nothing set aside is left").containsExactly(manifest.getParent());
        }
    }

    /** When the damaged extract cannot be replaced, the full data are read and the note names the folder to delete. */
    @Test
    void a_damaged_extract_that_cannot_be_replaced_is_named_with_what_to_do() throws Exception {
        DyadExtract.of(Bundle.bundled(), dir, IRAN_RUSSIA, n -> { });
        Path folder = onlyFolder();
        Files.writeString(folder.resolve("MANIFEST.tsv"), "x\n");
        // a file where this process's scratch folder would go: the new extract cannot be written
        Path blocker = dir.resolve(folder.getFileName() + DyadExtract.scratchSuffix());
        Files.writeString(blocker, "in the way");
        List<String> notes = new ArrayList<>();
        Bundle full = Bundle.bundled();
        assertThat(DyadExtract.of(full, dir, IRAN_RUSSIA, notes::add)).isSameAs(full);
        assertThat(notes).singleElement().asString()
                .startsWith("the data extract " + folder + " is damaged and cannot be cut again")
                .contains("the full data are read instead").contains("Delete the folder " + folder);
        Files.writeString(blocker, "in the way");
        assertThat(DyadExtract.of(full, dir, IRAN_RUSSIA, notes::add)).isSameAs(full);
        assertThat(notes).as("told once").hasSize(1);
    }

    private static List<String> header(Bundle b, String file) throws Exception {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(b.open(file)),
                java.nio.charset.StandardCharsets.UTF_8))) {
            return List.of(in.readLine().split("\t", -1));
        }
    }
}
