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

    private PdfText() {
    }

    static String extract(String name, byte[] bytes) {
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
            if (text.codePoints().filter(Character::isLetter).count() < 20) {
                throw new TreatyTextException(name, "the PDF has no text layer (" + doc.getNumberOfPages()
                        + " page(s) of images, probably a scan)", "run OCR on it first (e.g. ocrmypdf) or give the text itself");
            }
            return text;
        } catch (IOException e) {
            throw new TreatyTextException(name, "not a readable PDF (" + e.getMessage() + ")",
                    "check that the file is complete; re-save or export it as PDF or text");
        }
    }

    /** Collects each word PDFBox writes, with its page, position and the page width. */
    private static final class WordCollector extends PDFTextStripper {
        final List<List<PageLayout.Word>> pages = new ArrayList<>();
        final List<Float> widths = new ArrayList<>();

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
