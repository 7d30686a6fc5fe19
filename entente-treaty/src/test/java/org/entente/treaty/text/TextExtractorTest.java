package org.entente.treaty.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.entente.treaty.TreatyTextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void strips_the_byte_order_mark_and_turns_crlf_into_lf() {
        ExtractedText t = extractor.extract("bom.txt", "\uFEFFArticle 1\r\nThe Parties shall consult.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.text()).isEqualTo("Article 1\nThe Parties shall consult.");
        assertThat(t.format()).isEqualTo(ExtractedText.Format.TEXT);
    }

    @Test
    void joins_words_hyphenated_across_a_line_break_but_keeps_real_hyphens() {
        String t = text("The Parties shall assist the Party so at-\ntacked, in the North-\nAtlantic area.");
        assertThat(t).contains("so attacked,").contains("North-\nAtlantic");
    }

    @Test
    void removes_footnote_markers() {
        String t = text("Article 5\u00B9\nThe Parties agree.[12] An armed attack* shall be considered an attack against them all.");
        assertThat(t).isEqualTo("Article 5\nThe Parties agree. An armed attack shall be considered an attack against them all.");
    }

    @Test
    void reads_html_with_block_elements_on_lines_of_their_own() {
        String html = "<html><head><title>x</title><script>var a=1;</script></head><body><h2>Article 1</h2>"
                + "<p>The Parties shall consult<sup>3</sup> together.</p><h2>Article 2</h2><p>Each Party will assist.</p></body></html>";
        ExtractedText t = extractor.extract("t.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(t.format()).isEqualTo(ExtractedText.Format.HTML);
        assertThat(t.text()).isEqualTo("Article 1\n\nThe Parties shall consult together.\n\nArticle 2\n\nEach Party will assist.");
    }

    @Test
    void reads_a_two_column_pdf_column_by_column() throws IOException {
        String[] left = {"Article 1", "", "The Parties shall settle", "their disputes by", "peaceful means.", "", "Article 2",
            "", "The Parties will consult", "together whenever the", "security of either is", "threatened."};
        String[] right = {"Article 3", "", "If either Party is", "attacked, the other shall", "assist it with all the", "means at its disposal.",
            "", "Article 4", "", "This Treaty shall enter", "into force on signature.", ""};
        ExtractedText t = extractor.extract("two-column.pdf", twoColumnPdf(left, right));
        assertThat(t.format()).isEqualTo(ExtractedText.Format.PDF);
        assertThat(t.text()).containsSubsequence("Article 1", "peaceful means.", "Article 2", "threatened.", "Article 3",
                "means at its disposal.", "Article 4");
        assertThat(t.text()).contains("If either Party is\nattacked, the other shall");
    }

    @Test
    void rejects_a_pdf_without_a_text_layer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 600);   // a drawing standing in for a scanned page: no text
                cs.fill();
            }
            doc.save(out);
        }
        assertThatThrownBy(() -> extractor.extract("scan.pdf", out.toByteArray()))
                .isInstanceOf(TreatyTextException.class).hasMessageContaining("scan.pdf").hasMessageContaining("no text layer")
                .hasMessageContaining("hint: run OCR");
    }

    @Test
    void rejects_a_broken_pdf_with_its_name() {
        assertThatThrownBy(() -> extractor.extract("cut.pdf", "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(TreatyTextException.class).hasMessageContaining("cut.pdf: damaged PDF");
        assertThatThrownBy(() -> extractor.extract("junk.pdf", "%PDF-1.7\nnot a PDF at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(TreatyTextException.class).hasMessageContaining("junk.pdf: not a readable PDF");
    }

    @Test
    void a_pdf_cut_short_is_damaged_not_coded_from_its_first_pages() {
        String[] articles = new String[12];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = "Article " + (i + 1) + "\nThe Parties shall consult together whenever the security of either of them is threatened,"
                    + "\nand each will assist the other in accordance with its constitutional processes.";
        }
        byte[] whole = pagedPdf(articles);
        assertThat(extractor.extract("whole.pdf", whole).text()).contains("Article 12");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> extractor.extract("half.pdf", half)).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining("half.pdf: damaged PDF").hasMessageContaining("cut short").hasMessageContaining("hint: get the file again");
    }

    /**
     * Random bytes over the middle of a PDF (its end intact) lose some pages' content: PDFBox
     * reads the rest without a word, so the text comes with a warning naming the pages lost.
     */
    @Test
    void a_pdf_damaged_in_the_middle_is_read_with_a_warning_naming_the_pages() {
        String[] articles = new String[12];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = "Article " + (i + 1) + "\nThe Parties shall consult together whenever either of them is threatened.";
        }
        byte[] whole = pagedPdf(articles);
        assertThat(extractor.extract("whole.pdf", whole).warnings()).isEmpty();
        byte[] damaged = whole.clone();
        java.util.Random random = new java.util.Random(7);
        for (int i = damaged.length * 2 / 5; i < damaged.length * 3 / 5; i++) {
            damaged[i] = (byte) random.nextInt(256);
        }
        ExtractedText t = extractor.extract("damaged.pdf", damaged);
        assertThat(t.text()).contains("Article 1\n").doesNotContain("Article 6\n");
        assertThat(t.warnings()).singleElement().asString().startsWith("damaged PDF: pages ")
                .contains(" of 12 had no content left to read").contains("findings on those pages may be missing");
    }

    /**
     * A PDF written object by object in file order (catalog and page tree first, then each page
     * and its content), as many producers write it: cut in half, its first pages still load.
     */
    private static byte[] pagedPdf(String[] pages) {
        java.util.List<String> objects = new java.util.ArrayList<>();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.length; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages.length + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < pages.length; i++) {
            StringBuilder content = new StringBuilder("BT /F1 11 Tf 14 TL 50 780 Td\n");
            for (String line : pages[i].split("\n")) {
                content.append('(').append(line).append(") '\n");
            }
            content.append("ET");
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                    + (5 + 2 * i) + " 0 R >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void rejects_an_empty_file(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> extractor.extract(empty)).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining("empty.txt: the file is empty").hasMessageContaining("hint:");
        assertThatThrownBy(() -> extractor.extract("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("only white space");
    }

    @Test
    void rejects_a_binary_file() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, (byte) 0xFF, (byte) 0xFE};
        assertThatThrownBy(() -> extractor.extract("treaty.docx", zip)).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining("treaty.docx").hasMessageContaining("binary").hasMessageContaining("UTF-8 plain text, HTML or PDF");
    }

    @Test
    void latin1_text_is_refused_at_its_first_non_utf8_byte_with_the_command_that_converts_it() {
        byte[] latin1 = "Article 1\nThe Parties shall consult.\n\nArticle 2\nThe Trait\u00E9 enters into force on signature.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> extractor.extract("latin1.txt", latin1)).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining("latin1.txt:5:10: not UTF-8: byte 0xE9").hasMessageNotContaining("binary")
                .hasMessageContaining("hint: convert it to UTF-8, e.g. iconv -f latin1 -t utf-8 latin1.txt > latin1.txt.utf8");
    }

    @Test
    void reads_utf16_with_a_byte_order_mark() {
        String treaty = "Article 1\r\nThe Parties shall consult whenever the security of either is threatened.\r\n";
        for (java.nio.charset.Charset utf16 : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            ExtractedText t = extractor.extract("notepad.txt", ("\uFEFF" + treaty).getBytes(utf16));
            assertThat(t.format()).isEqualTo(ExtractedText.Format.TEXT);
            assertThat(t.text()).isEqualTo("Article 1\nThe Parties shall consult whenever the security of either is threatened.");
        }
    }

    @Test
    void rejects_a_50_mb_file_before_reading_it(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> extractor.extract(big)).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining("huge.txt: the file is 50 MB, over the 20 MB limit");
    }

    @Test
    void names_a_missing_file(@TempDir Path dir) {
        assertThatThrownBy(() -> extractor.extract(Path.of("no-such-treaty.txt"))).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining("no-such-treaty.txt: no such file");
        assertThatThrownBy(() -> extractor.extract(dir)).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining(dir + ": is a folder");
        assertThatThrownBy(() -> extractor.extract(Path.of("/dev/null"))).isInstanceOf(TreatyTextException.class)
                .hasMessageContaining("/dev/null: is not a plain file (a device or a pipe)");
    }

    private String text(String s) {
        return extractor.extract("t.txt", s.getBytes(StandardCharsets.UTF_8)).text();
    }

    /** Two columns of 11-point text, 14 points apart, the right column starting at the same height as the left. */
    public static byte[] twoColumnPdf(String[] left, String[] right) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                column(cs, font, left, 50);
                column(cs, font, right, 320);
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static void column(PDPageContentStream cs, PDType1Font font, String[] lines, float x) throws IOException {
        float y = 780;
        for (String line : lines) {
            if (!line.isEmpty()) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(x, y);
                cs.showText(line);
                cs.endText();
            }
            y -= 14;
        }
    }
}
