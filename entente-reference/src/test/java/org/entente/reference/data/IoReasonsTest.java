package org.entente.reference.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file system really answers, put in words: each failure provoked on real files. */
class IoReasonsTest {

    @TempDir
    Path dir;

    @Test
    void a_file_where_a_folder_is_needed_is_in_the_way() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        IOException e = catchThrowableOfType(() -> Files.createDirectories(file.resolve("sub")), IOException.class);
        assertThat(IoReasons.of(e)).isEqualTo("a file is in the way");
        IOException write = catchThrowableOfType(() -> Files.writeString(file.resolve("inner.txt"), "y"), IOException.class);
        assertThat(IoReasons.of(write)).isEqualTo("a file is in the way");
    }

    @Test
    void a_missing_file_is_named_as_such_not_by_its_path() {
        IOException e = catchThrowableOfType(() -> Files.readString(dir.resolve("absent.csv")), IOException.class);
        assertThat(e.getMessage()).contains("absent.csv");
        assertThat(IoReasons.of(e)).isEqualTo("no such file or folder");
    }

    /** Java's answer for a file the user may not read (provoked only as another user: these tests may run as root). */
    @Test
    void a_file_that_may_not_be_read_is_permission_denied() {
        assertThat(IoReasons.of(new java.nio.file.AccessDeniedException("/data/a.csv"))).isEqualTo("permission denied");
    }

    @Test
    void other_failures_keep_their_message() {
        assertThat(IoReasons.of(new IOException("disk on fire"))).isEqualTo("disk on fire");
    }
}
