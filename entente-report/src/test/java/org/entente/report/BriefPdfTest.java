package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The warm-up's sample page: it must render, or the warm-up (which swallows errors) would silently do nothing. */
class BriefPdfTest {

    @Test
    void sampleRendersToAPdfInTheBriefsFonts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BriefPdf.write(BriefHtml.sample(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Sample heading").contains("Sample table");
            List<String> fonts = new ArrayList<>();
            PDResources r = pdf.getPage(0).getResources();
            for (COSName n : r.getFontNames()) {
                fonts.add(r.getFont(n).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(fonts).contains("DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold");
        }
    }

    /** Off, as treaty's PdfText sets it: the settings are process-wide, so the two must agree. */
    @Test
    void pdfbox_logging_is_off_as_the_treaty_reader_sets_it() {
        BriefPdf.write(BriefHtml.sample(), java.io.OutputStream.nullOutputStream());
        for (String logger : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            assertThat(System.getProperty("org.slf4j.simpleLogger.log." + logger)).as(logger).isEqualTo("off");
            assertThat(java.util.logging.Logger.getLogger(logger).getLevel()).as(logger).isEqualTo(java.util.logging.Level.OFF);
        }
    }

    @Test
    void warmUpEndsOnItsOwn() throws InterruptedException {
        Thread t = BriefPdf.warmUp();
        assertThat(t.isDaemon()).isTrue();
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
    }
}
