package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-place UTF-8 check against Java's strict decoder, which the row-by-row reader uses. */
class Utf8Test {

    private static boolean javaAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agrees_with_the_strict_decoder_on_every_short_sequence_of_interesting_bytes() {
        int[] interesting = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
            0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
        int n = interesting.length;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    for (int d = 0; d < n; d++) {
                        byte[] x = {(byte) interesting[a], (byte) interesting[b], (byte) interesting[c], (byte) interesting[d]};
                        assertThat(Utf8.valid(x, 0, 4)).as("%02x %02x %02x %02x", x[0], x[1], x[2], x[3])
                                .isEqualTo(javaAccepts(x));
                    }
                }
            }
        }
    }

    @Test
    void agrees_on_real_text_with_random_damage_and_respects_the_range() {
        byte[] text = "Moscú — Тегеран — طهران — 東京 — 🌍 ok".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.valid(text, 0, text.length)).isTrue();
        assertThat(Utf8.valid(text, 0, 5)).as("cut inside é").isFalse();
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] x = text.clone();
            x[r.nextInt(x.length)] = (byte) r.nextInt(256);
            int from = r.nextInt(4);
            byte[] part = java.util.Arrays.copyOfRange(x, from, x.length);
            assertThat(Utf8.valid(x, from, x.length)).isEqualTo(javaAccepts(part));
        }
    }
}
