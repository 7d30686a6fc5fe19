package org.entente.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a brief's XHTML into a PDF with openhtmltopdf on PDFBox: the bundled DejaVu fonts are
 * embedded (so the PDF reads the same everywhere) and the SVG charts stay vector graphics.
 */
public final class BriefPdf {

    private static final String FONTS = "/org/entente/report/fonts/";
    /** Held so that java.util.logging, which keeps loggers weakly, does not drop their level. */
    private static final List<java.util.logging.Logger> QUIET = quiet();

    private BriefPdf() {
    }

    /**
     * @param xhtml the brief from {@link BriefHtml#render}
     * @param out   where to write the PDF
     */
    public static void write(String xhtml, OutputStream out) {
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

    /**
     * Starts rendering a short sample page ({@link BriefHtml#sample}) on a daemon thread and
     * throws the result away. The PDF renderer spends most of a brief's time in its first run
     * (loading its classes and fonts, code not yet compiled); started when a command knows it will
     * write a PDF, that first run overlaps the loading and assessing before it. Nothing it does
     * can fail the command.
     *
     * @return the thread; join it before {@link #write}, so that the two never render at once
     */
    public static Thread warmUp() {
        Thread t = new Thread(() -> {
            try {
                write(BriefHtml.sample(), OutputStream.nullOutputStream());
            } catch (RuntimeException | LinkageError e) {
                // only a head start is lost; the real render reports its own errors
            }
        }, "pdf-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * The renderer and PDFBox log every step; a brief's user needs none of it, and a failure to
     * write reaches them as the exception {@link #write} throws. PDFBox and FontBox are switched
     * off, not left at ERROR: these settings are process-wide and treaty's {@code PdfText} switches
     * them off too (it reads damaged PDFs whose repairs PDFBox logs as errors), so both set the
     * same level and the server's logging does not depend on which ran first. The report module
     * does not depend on treaty and the model module holds no I/O, so each keeps this copy.
     */
    private static List<java.util.logging.Logger> quiet() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        List<java.util.logging.Logger> out = new ArrayList<>();
        for (String logger : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "off");
            java.util.logging.Logger jul = java.util.logging.Logger.getLogger(logger);
            jul.setLevel(java.util.logging.Level.OFF);
            out.add(jul);
        }
        return List.copyOf(out);
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
