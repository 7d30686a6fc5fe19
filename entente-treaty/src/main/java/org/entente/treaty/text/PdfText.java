package org.entente.treaty.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.entente.treaty.TreatyTextException;

/**
 * The text of a PDF's text layer, read page by page in reading order. PDFBox hands over each
 * word with its position; {@link PageLayout} puts the words of a page into lines and, when the
 * page is set in two columns, reads the left column before the right one. Sorting by position
 * alone would interleave the columns line by line.
 */
final class PdfText {

    /** Where the end-of-file marker must stand: within the last 1024 bytes, as readers allow. */
    private static final int EOF_WINDOW = 1024;
    private static final String DAMAGED_HINT = "get the file again (the download or copy may have been cut short); "
            + "if it opens in a PDF viewer, save or print it again as PDF, or give the text itself";

    /** Held so that java.util.logging, which keeps loggers weakly, does not drop their level. */
    private static final List<java.util.logging.Logger> QUIET = quiet();

    private PdfText() {
    }

    /**
     * PDFBox logs each repair it makes to a damaged file, hundreds of lines for one file; the user
     * gets one message from us instead. PDFBox logs through commons-logging, which hands over to
     * SLF4J (slf4j-simple in the command line) or else to java.util.logging: both are told to keep
     * PDFBox and FontBox quiet, before PDFBox's first class is loaded. Report's {@code BriefPdf}
     * sets the same level (the settings are process-wide); the two modules do not depend on each
     * other, so each keeps this copy.
     */
    private static List<java.util.logging.Logger> quiet() {
        List<java.util.logging.Logger> out = new ArrayList<>();
        for (String logger : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "off");
            java.util.logging.Logger jul = java.util.logging.Logger.getLogger(logger);
            jul.setLevel(java.util.logging.Level.OFF);
            out.add(jul);
        }
        return List.copyOf(out);
    }

    /**
     * A PDF's text and what was lost on the way.
     *
     * @param text     the text of the pages that could be read
     * @param warnings one line saying which pages of a damaged file gave no text or only part of it, or none
     */
    record Read(String text, List<String> warnings) {
    }

    static Read extract(String name, byte[] bytes) {
        if (!endsWithEofMarker(bytes)) {
            throw new TreatyTextException(name, "damaged PDF: the file ends without the PDF's end-of-file marker (%%EOF), "
                    + "so it was cut short after " + bytes.length + " bytes and pages or text are missing", DAMAGED_HINT);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new TreatyTextException(name, "the PDF forbids text extraction", "save an unprotected copy or the text itself");
            }
            WordCollector collector = new WordCollector();
            collector.setSortByPosition(true);
            collector.read(doc);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < collector.pages.size(); i++) {
                out.append(PageLayout.read(collector.pages.get(i), collector.widths.get(i))).append("\n\n");
            }
            String text = out.toString();
            boolean textless = text.codePoints().filter(Character::isLetter).count() < 20;
            if (textless && collector.damaged()) {
                throw new TreatyTextException(name, "damaged PDF: reading its pages failed " + collector.errors
                        + " time(s) and gave no text", DAMAGED_HINT);
            }
            if (textless) {
                throw new TreatyTextException(name, "the PDF has no text layer (" + doc.getNumberOfPages()
                        + " page(s) of images, probably a scan)", "run OCR on it first (e.g. ocrmypdf) or give the text itself");
            }
            return new Read(text, collector.damage(doc.getNumberOfPages()));
        } catch (IOException e) {
            throw new TreatyTextException(name, "not a readable PDF (" + e.getMessage() + ")",
                    "check that the file is complete; re-save or export it as PDF or text");
        }
    }

    /** @return whether "%%EOF" stands in the last 1024 bytes, as it does at the end of every complete PDF */
    private static boolean endsWithEofMarker(byte[] bytes) {
        byte[] marker = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - EOF_WINDOW); i--) {
            if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collects each word PDFBox writes, with its page, position and the page width, and notes the
     * damage PDFBox works around without a word: pages whose content is missing (lost with the
     * bytes that held it), pages it could not read, and drawing commands it skipped.
     */
    private static final class WordCollector extends PDFTextStripper {
        final List<List<PageLayout.Word>> pages = new ArrayList<>();
        final List<Float> widths = new ArrayList<>();
        final java.util.SortedSet<Integer> missing = new java.util.TreeSet<>();
        final java.util.SortedSet<Integer> unread = new java.util.TreeSet<>();
        final java.util.SortedSet<Integer> partial = new java.util.TreeSet<>();
        int errors;
        private int page;

        WordCollector() throws IOException {
            super();
        }

        /** Reads page by page, so that a page PDFBox cannot read costs that page, not the whole file. */
        void read(PDDocument doc) throws IOException {
            java.io.Writer none = java.io.Writer.nullWriter();
            for (page = 1; page <= doc.getNumberOfPages(); page++) {
                if (!doc.getPage(page - 1).hasContents()) {
                    missing.add(page);
                }
                setStartPage(page);
                setEndPage(page);
                int words = pages.size();
                try {
                    writeText(doc, none);
                } catch (IOException | RuntimeException e) {
                    errors++;
                    unread.add(page);
                    if (pages.size() > words) {   // what the page gave before it failed is dropped with it
                        pages.remove(pages.size() - 1);
                        widths.remove(widths.size() - 1);
                    }
                }
            }
        }

        boolean damaged() {
            return errors > 0 || !missing.isEmpty();
        }

        /**
         * @param pageCount the pages found
         * @return one warning naming the damaged pages, or none
         */
        List<String> damage(int pageCount) {
            List<String> parts = new ArrayList<>();
            if (!missing.isEmpty()) {
                parts.add(pagesOf(missing) + " of " + pageCount + " had no content left to read");
            }
            if (!unread.isEmpty()) {
                parts.add(pagesOf(unread) + " could not be read");
            }
            partial.removeAll(unread);
            if (!partial.isEmpty()) {
                parts.add(pagesOf(partial) + " could be read only in part");
            }
            return parts.isEmpty() ? List.of() : List.of("damaged PDF: " + String.join("; ", parts)
                    + "; findings on those pages may be missing (get the file again, or give the text itself)");
        }

        /** @return "page 3" or "pages 4-11, 13" */
        private static String pagesOf(java.util.SortedSet<Integer> set) {
            List<String> runs = new ArrayList<>();
            Integer start = null;
            Integer prev = null;
            for (int p : set) {
                if (prev != null && p != prev + 1) {
                    runs.add(start.equals(prev) ? "" + start : start + "-" + prev);
                    start = p;
                } else if (prev == null) {
                    start = p;
                }
                prev = p;
            }
            runs.add(start.equals(prev) ? "" + start : start + "-" + prev);
            return (set.size() == 1 ? "page " : "pages ") + String.join(", ", runs);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            pages.add(new ArrayList<>());
            widths.add(page.getMediaBox().getWidth());
            super.startPage(page);
        }

        @Override
        protected void operatorException(org.apache.pdfbox.contentstream.operator.Operator operator,
                                         List<org.apache.pdfbox.cos.COSBase> operands, IOException e) throws IOException {
            errors++;
            partial.add(page);
            super.operatorException(operator, operands, e);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            pages.get(pages.size() - 1).add(new PageLayout.Word(text, first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), first.getHeightDir()));
        }
    }
}
