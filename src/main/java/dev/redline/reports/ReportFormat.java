package dev.redline.reports;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the report shows numbers and times, in Java and in its templates ({@code {report:percent(x)}}).
 * Numbers are cut, never rounded up, like the policy's own sentences: a score shown must never seem to
 * reach a bar it misses (59.999% reads 59.99%, not 60%).
 */
@TemplateExtension(namespace = "report")
public final class ReportFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportFormat() {
    }

    /** "60%", "72.5%", "66.66%"; a dash for none. */
    public static String percent(BigDecimal p) {
        return p == null ? "\u2014" : cut(p, 0) + "%";
    }

    /** A mean rating: "3.0", "2.66"; a dash for none. */
    public static String decimal(BigDecimal d) {
        return d == null ? "\u2014" : cut(d, 1);
    }

    /** "2026-05-01 14:03 UTC"; a dash for none. */
    public static String time(Long millis) {
        return millis == null ? "\u2014" : TIME.format(Instant.ofEpochMilli(millis));
    }

    /** "1 h 12 min", "7 min", "45 s"; a dash for none. */
    public static String duration(Long millis) {
        if (millis == null) {
            return "\u2014";
        }
        long s = Math.max(0, millis) / 1000;
        if (s < 60) {
            return s + " s";
        }
        long m = s / 60;
        return m < 60 ? m + " min" : m / 60 + " h " + m % 60 + " min";
    }

    /** A group score: 25, 12.5. */
    public static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** What a timeline entry was, in words. */
    public static String purpose(String purpose) {
        return switch (purpose) {
            case "SUBMIT", "REJUDGE" -> "submission";
            case "SAMPLES" -> "run on the samples";
            case "CUSTOM" -> "run on own input";
            default -> purpose;
        };
    }

    /** "Strong Yes (4)". */
    public static String rating(int points) {
        return switch (points) {
            case 1 -> "Strong No (1)";
            case 2 -> "No (2)";
            case 3 -> "Yes (3)";
            case 4 -> "Strong Yes (4)";
            default -> String.valueOf(points);
        };
    }

    static String cut(BigDecimal v, int minPlaces) {
        BigDecimal shown = v.setScale(2, RoundingMode.DOWN).stripTrailingZeros();
        if (shown.scale() < minPlaces) {
            shown = shown.setScale(minPlaces);
        }
        return shown.toPlainString();
    }

    /** Whether XML 1.0 can hold the character: text pasted by candidates may carry control characters. */
    static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
