package org.entente.treaty.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.entente.treaty.TreatyTextException;

/**
 * Reads a treaty file of any supported format into normalised text. The format is decided by
 * content, not by name: a PDF by its {@code %PDF-} signature, HTML by a tag near the start,
 * anything else must be UTF-8 text. Refuses empty, oversized and binary files up front.
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
            return new ExtractedText(name, ExtractedText.Format.PDF, Normaliser.normalise(PdfText.extract(name, bytes)));
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
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw binary(name);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw binary(name);
        }
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
