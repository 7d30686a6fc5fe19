package org.entente.reference.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scratch left by an ended process is removed, files and folders alike; a running process's is kept. */
class ScratchTest {

    private static final Pattern NAME = Pattern.compile("\\.x-(\\d+)-.*\\.tmp");

    @TempDir
    Path dir;

    static long endedPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void removes_only_scratch_whose_writer_has_ended() throws Exception {
        long ended = endedPid();
        Path file = Files.writeString(dir.resolve(".x-" + ended + "-a.tmp"), "half");
        Path folder = Files.createDirectories(dir.resolve(".x-" + ended + "-b.tmp").resolve("inner"));
        Files.writeString(folder.resolve("f"), "half");
        Path mine = Files.writeString(dir.resolve(".x-" + Scratch.pid() + "-c.tmp"), "being written");
        Path unlike = Files.writeString(dir.resolve("x-" + ended + "-d.tmp"), "someone else's");
        assertThat(Scratch.sweep(dir, NAME)).isEqualTo(2);
        assertThat(file).doesNotExist();
        assertThat(dir.resolve(".x-" + ended + "-b.tmp")).doesNotExist();
        assertThat(mine).exists();
        assertThat(unlike).exists();
    }

    @Test
    void a_missing_folder_is_nothing_to_sweep() {
        assertThat(Scratch.sweep(dir.resolve("none"), NAME)).isZero();
    }
}
