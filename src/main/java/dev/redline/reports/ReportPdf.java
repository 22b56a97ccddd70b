package dev.redline.reports;

import com.openhtmltopdf.mathmlsupport.MathMLDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * Lays out the report's XHTML (the print variant of the page, charts included as inline SVG) as a PDF
 * with openhtmltopdf. Nothing is fetched while rendering: the report carries its own CSS and charts, and
 * a URL written by a candidate must never make the server open a connection. Fonts come from
 * {@code fontDir} (DejaVu by default, which covers far more than Latin-1); without them the PDF falls back
 * to the built-in Helvetica, which shows characters outside Latin-1 as '#'.
 */
final class ReportPdf {

    static {
        // openhtmltopdf prints every step to the console by default; its warnings go to our log instead
        XRLog.setLoggerImpl(new PdfLog());
    }

    private ReportPdf() {
    }

    static byte[] render(String xhtml, Path fontDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver((base, uri) -> null);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useMathMLDrawer(new MathMLDrawer());
            builder.addDOMMutator(PdfMaths.INSTANCE);
            fonts(builder, fontDir);
            builder.withHtmlContent(xmlSafe(xhtml), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
        return out.toByteArray();
    }

    private static void fonts(PdfRendererBuilder builder, Path dir) {
        if (dir == null) {
            return;
        }
        font(builder, dir.resolve("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL);
        font(builder, dir.resolve("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL);
        font(builder, dir.resolve("DejaVuSans-Oblique.ttf"), "DejaVu Sans", 400, FontStyle.ITALIC);
        font(builder, dir.resolve("DejaVuSansMono.ttf"), "DejaVu Sans Mono", 400, FontStyle.NORMAL);
        font(builder, dir.resolve("DejaVuSansMono-Bold.ttf"), "DejaVu Sans Mono", 700, FontStyle.NORMAL);
    }

    private static void font(PdfRendererBuilder builder, Path file, String family, int weight, FontStyle style) {
        if (Files.isReadable(file)) {
            builder.useFont(file.toFile(), family, weight, style, true);
        }
    }

    /** Drops characters XML 1.0 cannot hold (pasted control characters), which would stop the parser. */
    static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(ReportFormat::xmlChar).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** openhtmltopdf's messages in the service's log: warnings as warnings, its progress notes at debug. */
    private static final class PdfLog implements XRLogger {

        private static final Logger LOG = Logger.getLogger("dev.redline.reports.pdf");

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            LOG.log(warning(level) ? Logger.Level.WARN : Logger.Level.DEBUG, where + ": " + msg, th);
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return warning(diagnostic.getLevel()) || LOG.isDebugEnabled();
        }

        private static boolean warning(Level level) {
            return level.intValue() >= Level.WARNING.intValue();
        }
    }
}
