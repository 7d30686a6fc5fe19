package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A case file written by rename: the scratch a killed server left beside it goes, a running server's stays. */
class CaseWriteTest {

    @RegisterExtension
    static final Served served = Served.cases();

    @TempDir
    Path dir;

    static long endedPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void scratch_left_by_an_ended_server_is_removed_and_a_running_one_s_kept() throws Exception {
        Path target = Files.writeString(dir.resolve("case.yaml"), "old\n");
        Path dead = Files.writeString(dir.resolve(".case.yaml." + endedPid() + "-0b1c2d3e-aaaa.tmp"), "");
        Path live = Files.writeString(dir.resolve(".case.yaml." + ProcessHandle.current().pid() + "-0b1c2d3e-bbbb.tmp"), "");
        Path sources = Files.writeString(dir.resolve(".sources.tsv." + endedPid() + "-0b1c2d3e-cccc.tmp"), "");
        CaseEdits.write(target, "new\n");
        assertThat(target).hasContent("new");
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(sources).as("another file's scratch is cleared when that file is written").exists();
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no scratch of its own left").isEqualTo(3);
        }
    }

    @Test
    void a_validation_copy_left_by_an_ended_server_is_removed_on_the_next_edit() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path dead = Files.createDirectories(tmp.resolve("entente-edit-" + endedPid() + "-17").resolve("russia-dprk"));
        Files.writeString(dead.resolve("case.yaml"), "a copy");
        Path live = Files.createDirectories(tmp.resolve("entente-edit-" + ProcessHandle.current().pid() + "-18"));
        try {
            var r = served.send("POST", EditTest.CASE + "/evidence", EditTest.evidence("ev-after-a-kill", "military"));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(dead.getParent()).doesNotExist();
            assertThat(live).exists();
        } finally {
            Files.deleteIfExists(live);
        }
    }
}
