package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's checksum: the same however the bytes arrive, different for any change. */
class FileChecksumTest {

    @TempDir
    Path dir;

    @Test
    void blocks_hashed_in_any_order_give_the_streamed_checksum_and_any_change_shows() throws IOException {
        byte[] bytes = new byte[2 * FileChecksum.BLOCK + 1000];
        new Random(3).nextBytes(bytes);
        Path f = dir.resolve("f");
        Files.write(f, bytes);
        String streamed = FileChecksum.of(f);
        // blocks hashed separately (the fast reader's workers), last block first
        long[][] h = new long[3][2];
        for (int i = 2; i >= 0; i--) {
            int off = i * FileChecksum.BLOCK;
            FileChecksum.block(bytes, off, Math.min(FileChecksum.BLOCK, bytes.length - off), h[i]);
        }
        FileChecksum sum = new FileChecksum();
        for (long[] x : h) {
            sum.add(x[0], x[1]);
        }
        assertThat(sum.finish(bytes.length)).isEqualTo(streamed).hasSize(32).matches("[0-9a-f]{32}");
        // read through the stream in odd pieces
        try (FileChecksum.Reading in = new FileChecksum.Reading(new ByteArrayInputStream(bytes))) {
            byte[] buf = new byte[7919];
            while (in.read(buf, 0, buf.length) >= 0) {
                // reading is all it takes
            }
            assertThat(in.checksum()).isEqualTo(streamed);
        }
        bytes[FileChecksum.BLOCK + 5] ^= 1;
        Files.write(f, bytes);
        assertThat(FileChecksum.of(f)).isNotEqualTo(streamed);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertThat(FileChecksum.of(f)).isNotEqualTo(streamed);
        Files.write(f, new byte[0]);
        assertThat(FileChecksum.of(f)).hasSize(32).isEqualTo(new FileChecksum().finish(0))
                .isEqualTo(new FileChecksum.Reading(java.io.InputStream.nullInputStream()).checksum());
    }
}
