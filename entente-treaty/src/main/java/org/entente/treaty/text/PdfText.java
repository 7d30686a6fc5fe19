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

    static String extract(String name, byte[] bytes) {
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
            collector.getText(doc);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < collector.pages.size(); i++) {
                out.append(PageLayout.read(collector.pages.get(i), collector.widths.get(i))).append("\n\n");
            }
            String text = out.toString();
            boolean textless = text.codePoints().filter(Character::isLetter).count() < 20;
            if (textless && collector.errors > 0) {
                throw new TreatyTextException(name, "damaged PDF: reading its pages failed " + collector.errors
                        + " time(s) and gave no text", DAMAGED_HINT);
            }
            if (textless) {
                throw new TreatyTextException(name, "the PDF has no text layer (" + doc.getNumberOfPages()
                        + " page(s) of images, probably a scan)", "run OCR on it first (e.g. ocrmypdf) or give the text itself");
            }
            return text;
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

    /** Collects each word PDFBox writes, with its page, position and the page width, and counts the operators it could not run. */
    private static final class WordCollector extends PDFTextStripper {
        final List<List<PageLayout.Word>> pages = new ArrayList<>();
        final List<Float> widths = new ArrayList<>();
        int errors;

        WordCollector() throws IOException {
            super();
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
