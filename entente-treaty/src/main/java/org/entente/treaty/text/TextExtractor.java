package org.entente.treaty.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.entente.treaty.TreatyTextException;

/**
 * Reads a treaty file of any supported format into normalised text. The format is decided by
 * content, not by name: a PDF by its {@code %PDF-} signature, HTML by a tag near the start,
 * anything else must be UTF-8 text, or UTF-16 with a byte-order mark. Text in another encoding is
 * refused at its first byte that is not UTF-8 (file:line:column), with the command that converts it. Refuses empty, oversized and binary files up front.
 */
public final class TextExtractor {

    /** Files larger than this are refused: no treaty text comes close (the largest corpus text is 33 KB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Creates an extractor. */
    public TextExtractor() {
    }

    /**
     * @param file the treaty file
     * @return its normalised text
     * @throws TreatyTextException when the file cannot be read as a treaty text
     */
    public ExtractedText extract(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes = read(file, name);
        return extract(name, bytes);
    }

    /**
     * @param name  the name to report the text under
     * @param bytes the file's content
     * @return its normalised text
     * @throws TreatyTextException when the content cannot be read as a treaty text
     */
    public ExtractedText extract(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        if (bytes.length == 0) {
            throw new TreatyTextException(name, "the file is empty", "give the file that holds the treaty's text");
        }
        if (startsWith(bytes, "%PDF-")) {
            PdfText.Read pdf = PdfText.extract(name, bytes);
            return new ExtractedText(name, ExtractedText.Format.PDF, Normaliser.normalise(pdf.text()), pdf.warnings());
        }
        String decoded = decode(name, bytes);
        if (looksLikeHtml(decoded)) {
            return new ExtractedText(name, ExtractedText.Format.HTML, Normaliser.normalise(HtmlText.extract(decoded)));
        }
        String text = Normaliser.normalise(decoded);
        if (text.isBlank()) {
            throw new TreatyTextException(name, "the file holds only white space", "give the file that holds the treaty's text");
        }
        return new ExtractedText(name, ExtractedText.Format.TEXT, text);
    }

    private static byte[] read(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                throw Files.isDirectory(file)
                        ? new TreatyTextException(String.valueOf(file), "is a folder", "give the file that holds the treaty's text")
                        : Files.exists(file)
                        ? new TreatyTextException(String.valueOf(file), "is not a plain file (a device or a pipe)",
                                "give the file that holds the treaty's text")
                        : new TreatyTextException(String.valueOf(file), "no such file", "check the path");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TreatyTextException(String.valueOf(file), "cannot be read (" + e.getMessage() + ")",
                    "check that the file exists and is readable");
        }
    }

    private static TreatyTextException tooLarge(String name, long size) {
        return new TreatyTextException(name, "the file is " + size / (1024 * 1024) + " MB, over the "
                + MAX_BYTES / (1024 * 1024) + " MB limit", "a treaty's text is rarely over 1 MB; give the treaty alone, not a whole collection");
    }

    private static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return utf16(name, bytes);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw binary(name);
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = utf8.decode(in, out, true);
        if (r.isError()) {
            throw looksLikeText(bytes) ? notUtf8(name, org.entente.model.Utf8Fault.find(bytes).orElseThrow()) : binary(name);
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    /** UTF-16 with its byte-order mark (Windows Notepad's "Unicode"): the mark says the byte order. */
    private static String utf16(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TreatyTextException(name, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16",
                    "save the treaty as UTF-8 plain text, HTML or PDF");
        }
    }

    /** @return whether bytes that are not UTF-8 are still text in a one-byte encoding: almost no control characters */
    private static boolean looksLikeText(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                control++;
            }
        }
        return control * 100 <= bytes.length;
    }

    /** Names the first byte that is not UTF-8 by line and column, the way a compiler would. */
    private static TreatyTextException notUtf8(String name, org.entente.model.Utf8Fault f) {
        return new TreatyTextException(name + ":" + f.line() + ":" + f.column(), String.format(Locale.ROOT,
                "not UTF-8: byte 0x%02X; the text is probably in Latin-1 or Windows-1252", f.value()),
                "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8 " + name + " > " + name + ".utf8");
    }

    private static TreatyTextException binary(String name) {
        return new TreatyTextException(name, "this is not UTF-8 text, HTML or PDF (binary content)",
                "save the treaty as UTF-8 plain text, HTML or PDF");
    }

    private static boolean looksLikeHtml(String s) {
        String head = s.substring(0, Math.min(s.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || (head.contains("<p>") && head.contains("</p>"));
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
