package dev.redline.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's two charts as inline SVG, drawn on the server so the page needs no script and the PDF
 * gets the very same picture. Pure code. Colours are presentation attributes, not {@code style}
 * attributes, which the Content-Security-Policy ({@code style-src 'self'}) would block; every chart has
 * a {@code <title>} and a {@code <desc>} that says in words what the picture shows, for screen readers
 * and for anyone who cannot tell the colours apart.
 */
public final class Charts {

    /** One exercise's score; a null percent is not judged yet. */
    public record Bar(String label, BigDecimal percent) {
    }

    /** One competency: the mean of its ratings and the range they span, on the 1..4 scale. */
    public record Profile(String label, BigDecimal mean, int min, int max, boolean disagreement) {
    }

    // The score chart: a 0..100 % axis, TOP is 100 %, TOP + PLOT_HEIGHT is 0 %.
    static final int SCORE_WIDTH = 560;
    static final int SCORE_HEIGHT = 260;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 24;
    static final int PLOT_HEIGHT = 180;

    // The competency profile: one row per competency, the 1..4 scale from PROFILE_X0 to PROFILE_X1.
    static final int PROFILE_WIDTH = 560;
    static final int PROFILE_TOP = 34;
    static final int PROFILE_ROW = 34;
    static final int PROFILE_X0 = 210;
    static final int PROFILE_X1 = 500;

    static final String INK = "#1b1b1f";
    static final String MUTED = "#4a4d55";
    static final String GRID = "#c9ccd3";
    static final String RED = "#b3261e";
    static final String BAR = "#3d5f99";
    static final String MEAN_BAR = "#1b1b1f";
    private static final String[] SCALE = {"Strong No", "No", "Yes", "Strong Yes"};

    private Charts() {
    }

    /**
     * Bars of the exercises' scores and of the coding score (their mean), with the coding red line drawn
     * across. {@code mean} and {@code redLine} may be null (not computable yet, no policy).
     */
    public static String scores(String id, List<Bar> exercises, BigDecimal mean, BigDecimal redLine) {
        List<Bar> bars = new ArrayList<>(exercises);
        if (!exercises.isEmpty()) {
            bars.add(new Bar("Coding score", mean));
        }
        String title = "Coding score per exercise against the red line";
        Svg svg = new Svg(id, SCORE_WIDTH, SCORE_HEIGHT, title, scoresDescription(exercises, mean, redLine));
        int plotWidth = SCORE_WIDTH - LEFT - RIGHT;
        for (int p = 0; p <= 100; p += 25) {
            double y = scoreY(p);
            svg.line("grid", LEFT, y, LEFT + plotWidth, y, GRID, 1);
            svg.text("axis", LEFT - 6, y + 4, "end", 11, MUTED, p + "%");
        }
        if (bars.isEmpty()) {
            svg.text("empty", LEFT + plotWidth / 2.0, TOP + PLOT_HEIGHT / 2.0, "middle", 13, MUTED,
                    "No coding exercise in this assessment");
        }
        double band = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        double width = Math.min(band * 0.6, 72);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            boolean isMean = i == bars.size() - 1;
            double x = LEFT + i * band + (band - width) / 2;
            double centre = x + width / 2;
            if (bar.percent() == null) {
                svg.text("pending", centre, scoreY(0) - 6, "middle", 11, MUTED, "pending");
            } else {
                double y = scoreY(bar.percent().doubleValue());
                svg.rect(isMean ? "bar bar-mean" : "bar", x, y, width, scoreY(0) - y, isMean ? MEAN_BAR : BAR,
                        bar.label() + ": " + ReportFormat.percent(bar.percent()));
                svg.text("value", centre, y - 5, "middle", 12, INK, ReportFormat.percent(bar.percent()));
            }
            svg.text(isMean ? "label label-mean" : "label", centre, scoreY(0) + 16, "middle", 11, INK,
                    shortened(bar.label(), (int) Math.max(6, band / 7)));
        }
        svg.line("axis", LEFT, scoreY(0), LEFT + plotWidth, scoreY(0), MUTED, 1);
        if (redLine != null) {
            double y = scoreY(redLine.doubleValue());
            svg.line("red-line", LEFT, y, LEFT + plotWidth, y, RED, 2);
            svg.text("red-line-label", LEFT + plotWidth, y - 5, "end", 12, RED,
                    "red line " + ReportFormat.percent(redLine));
        }
        return svg.end();
    }

    /** Where a percentage sits on the score chart's vertical axis. */
    static double scoreY(double percent) {
        double p = Math.max(0, Math.min(100, percent));
        return TOP + PLOT_HEIGHT * (1 - p / 100);
    }

    static String scoresDescription(List<Bar> exercises, BigDecimal mean, BigDecimal redLine) {
        List<String> parts = new ArrayList<>();
        for (Bar b : exercises) {
            parts.add(b.label() + ": " + (b.percent() == null ? "not judged yet" : ReportFormat.percent(b.percent())));
        }
        String text = exercises.isEmpty() ? "No coding exercise." : String.join("; ", parts) + ".";
        text += " Coding score: " + (mean == null ? "not computable yet" : ReportFormat.percent(mean)) + ".";
        if (redLine == null) {
            return text + " No red line: the role has no hiring policy.";
        }
        text += " Red line: " + ReportFormat.percent(redLine);
        if (mean != null) {
            text += mean.compareTo(redLine) >= 0 ? ", the coding score is at or above it." : ", the coding score is "
                    + "below it.";
        }
        return text.endsWith(".") ? text : text + ".";
    }

    /**
     * The panel's view per competency: a line from the lowest to the highest rating, a dot at the mean,
     * and the policy's per-competency minimum as a dashed line (null: none).
     */
    public static String profile(String id, List<Profile> rows, BigDecimal minimum) {
        int height = PROFILE_TOP + Math.max(1, rows.size()) * PROFILE_ROW + 34;
        Svg svg = new Svg(id, PROFILE_WIDTH, height, "Competency profile: mean rating with the lowest and highest",
                profileDescription(rows, minimum));
        double bottom = PROFILE_TOP + Math.max(1, rows.size()) * PROFILE_ROW;
        for (int r = 1; r <= 4; r++) {
            double x = profileX(r);
            svg.line("grid", x, PROFILE_TOP - 6, x, bottom, GRID, 1);
            svg.text("axis", x, PROFILE_TOP - 20, "middle", 11, MUTED, String.valueOf(r));
            svg.text("axis", x, PROFILE_TOP - 9, "middle", 10, MUTED, SCALE[r - 1]);
        }
        if (rows.isEmpty()) {
            svg.text("empty", (PROFILE_X0 + PROFILE_X1) / 2.0, PROFILE_TOP + PROFILE_ROW / 2.0 + 4, "middle", 13,
                    MUTED, "No people-skills ratings submitted yet");
        }
        for (int i = 0; i < rows.size(); i++) {
            Profile p = rows.get(i);
            double y = PROFILE_TOP + i * PROFILE_ROW + PROFILE_ROW / 2.0;
            String colour = p.disagreement() ? RED : BAR;
            svg.text("label", PROFILE_X0 - 12, y - 2, "end", 12, INK, shortened(p.label(), 30));
            svg.text("value", PROFILE_X0 - 12, y + 12, "end", 10, MUTED, "mean " + ReportFormat.decimal(p.mean())
                    + ", " + p.min() + " to " + p.max() + (p.disagreement() ? ", split panel" : ""));
            svg.line(p.disagreement() ? "range range-split" : "range", profileX(p.min()), y, profileX(p.max()), y,
                    colour, 6);
            svg.circle("mean", profileX(p.mean().doubleValue()), y, 6, INK,
                    p.label() + ": mean " + ReportFormat.decimal(p.mean()));
        }
        if (minimum != null) {
            double x = profileX(minimum.doubleValue());
            svg.dashed("minimum-line", x, PROFILE_TOP - 6, x, bottom, RED, 2);
            svg.text("minimum-label", x, bottom + 16, "middle", 11, RED, "minimum " + ReportFormat.decimal(minimum));
        }
        return svg.end();
    }

    static double profileX(double rating) {
        double r = Math.max(1, Math.min(4, rating));
        return PROFILE_X0 + (PROFILE_X1 - PROFILE_X0) * (r - 1) / 3;
    }

    static String profileDescription(List<Profile> rows, BigDecimal minimum) {
        if (rows.isEmpty()) {
            return "No people-skills ratings submitted yet.";
        }
        List<String> parts = new ArrayList<>();
        for (Profile p : rows) {
            parts.add(p.label() + ": mean " + ReportFormat.decimal(p.mean()) + ", ratings from " + p.min() + " to "
                    + p.max() + (p.disagreement() ? ", interviewers 2 or more levels apart" : ""));
        }
        return "Ratings on the scale 1 (Strong No) to 4 (Strong Yes). " + String.join("; ", parts) + "."
                + (minimum == null ? "" : " Policy minimum per competency: " + ReportFormat.decimal(minimum) + ".");
    }

    static String shortened(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    /** A small SVG writer: every attribute value and text is XML-escaped, numbers use a dot. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder();

        Svg(String id, int width, int height, String title, String description) {
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(esc(id))
                    .append("\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                    .append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-title ").append(esc(id))
                    .append("-desc\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">")
                    .append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>")
                    .append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(description))
                    .append("</desc>");
        }

        void line(String cls, double x1, double y1, double x2, double y2, String stroke, double width) {
            line(cls, x1, y1, x2, y2, stroke, width, "");
        }

        void dashed(String cls, double x1, double y1, double x2, double y2, String stroke, double width) {
            line(cls, x1, y1, x2, y2, stroke, width, " stroke-dasharray=\"6 4\"");
        }

        private void line(String cls, double x1, double y1, double x2, double y2, String stroke, double width,
                String extra) {
            out.append("<line class=\"").append(cls).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                    .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"")
                    .append(stroke).append("\" stroke-width=\"").append(n(width)).append('"').append(extra)
                    .append("/>");
        }

        void rect(String cls, double x, double y, double w, double h, String fill, String tooltip) {
            out.append("<rect class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"")
                    .append(fill).append("\"><title>").append(esc(tooltip)).append("</title></rect>");
        }

        void circle(String cls, double cx, double cy, double r, String fill, String tooltip) {
            out.append("<circle class=\"").append(cls).append("\" cx=\"").append(n(cx)).append("\" cy=\"")
                    .append(n(cy)).append("\" r=\"").append(n(r)).append("\" fill=\"").append(fill)
                    .append("\"><title>").append(esc(tooltip)).append("</title></circle>");
        }

        void text(String cls, double x, double y, String anchor, int size, String fill, String text) {
            out.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(size)
                    .append("\" fill=\"").append(fill).append("\">").append(esc(text)).append("</text>");
        }

        String end() {
            return out.append("</svg>").toString();
        }

        private static String n(double v) {
            String s = String.format(Locale.ROOT, "%.2f", v);
            return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
        }
    }

    /** XML escaping for text and attribute values; characters XML 1.0 cannot hold are dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ReportFormat.xmlChar(c)) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
