package org.entente.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Turns a brief's XHTML into a PDF with openhtmltopdf on PDFBox: the bundled DejaVu fonts are
 * embedded (so the PDF reads the same everywhere) and the SVG charts stay vector graphics.
 */
public final class BriefPdf {

    private static final String FONTS = "/org/entente/report/fonts/";

    private BriefPdf() {
    }

    /**
     * @param xhtml the brief from {@link BriefHtml#render}
     * @param out   where to write the PDF
     */
    public static void write(String xhtml, OutputStream out) {
        quiet();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "DejaVuSerif.ttf", "DejaVu Serif", 400);
            font(builder, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700);
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF brief", e);
        }
    }

    /** The renderer and PDFBox log every step; a brief's user needs none of it. */
    private static void quiet() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
        java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("org.apache.fontbox").setLevel(java.util.logging.Level.SEVERE);
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> {
            InputStream in = BriefPdf.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("bundled font " + file + " is missing; rebuild Entente");
            }
            return in;
        }, family, weight, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
    }
}
