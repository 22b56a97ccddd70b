package dev.redline.problems;

import java.util.List;
import java.util.Locale;

/**
 * The spec's default output validator ("a beefed-up diff"), in-process: token-by-token comparison of
 * the team's output with the answer file. Pure and stateless; safe to share between threads.
 *
 * <p>Whitespace is space, form feed, line feed, carriage return, horizontal and vertical tab; any other
 * character (a non-breaking space included) belongs to a token. Flags, as in the spec:
 * <ul>
 * <li>{@code case_sensitive}: tokens must be identical; otherwise ASCII {@code A-Z} equal {@code a-z}
 *     (and nothing else is folded).</li>
 * <li>{@code space_change_sensitive}: every whitespace run, leading and trailing ones included, must be
 *     identical in type and amount.</li>
 * <li>{@code float_absolute_tolerance ε}, {@code float_relative_tolerance ε}, {@code float_tolerance ε}
 *     (both): an answer token that is a float by the spec's grammar ({@link FloatToken}) accepts a team
 *     float {@code s} when {@code |s-a| ≤ ε} (absolute) or {@code |s-a| ≤ ε|a|} (relative); a tolerance not
 *     given takes no part, which accepts exactly what a tolerance of 0 would. Integers in the answer are
 *     floats too. Answer tokens that are not floats ({@code inf}, {@code nan}, words) compare as strings.
 *     Without any tolerance, floats compare as strings.</li>
 * </ul>
 * The tokenizer walks both strings once with two cursors and compares regions in place, so a large
 * output costs no token list and no regex.
 */
public final class DefaultOutputValidator {

    private static final int SHOWN_TOKEN = 30;

    /**
     * The judgement of one output.
     *
     * @param accepted true when the output is correct
     * @param message  for admins: {@code accepted}, or where and how the output differs, e.g.
     *                 {@code line 3: expected 4.50, got 4.51}; never more than about 100 characters of data
     */
    public record Verdict(boolean accepted, String message) {

        static final Verdict ACCEPTED = new Verdict(true, "accepted");

        static Verdict wrong(int line, String why) {
            return new Verdict(false, "line " + line + ": " + why);
        }
    }

    /**
     * Parsed flags.
     *
     * @param absoluteTolerance the absolute tolerance, or NaN when not given
     * @param relativeTolerance the relative tolerance, or NaN when not given
     */
    public record Options(boolean caseSensitive, boolean spaceChangeSensitive, double absoluteTolerance,
            double relativeTolerance) {

        public static final Options DEFAULT = new Options(false, false, Double.NaN, Double.NaN);

        /** Whether any float tolerance was given, which turns float comparison on. */
        public boolean floats() {
            return !Double.isNaN(absoluteTolerance) || !Double.isNaN(relativeTolerance);
        }

        /**
         * Parses the validator's arguments as the spec defines them.
         *
         * @throws IllegalArgumentException naming the bad argument: an unknown flag, a tolerance without a
         *         non-negative float after it, a tolerance given twice, or {@code float_tolerance} together
         *         with one of the other two
         */
        public static Options parse(List<String> flags) {
            return new FlagParser(flags).parse();
        }
    }

    /** Checks {@code teamOutput} against {@code answer} with the validator's flags. */
    public Verdict check(String teamOutput, String answer, List<String> flags) {
        return check(teamOutput, answer, Options.parse(flags));
    }

    public Verdict check(String teamOutput, String answer, Options options) {
        Cursor team = new Cursor(teamOutput);
        Cursor expected = new Cursor(answer);
        while (true) {
            int teamSpace = team.pos;
            int teamLine = team.line;
            int answerSpace = expected.pos;
            team.skipSpace();
            expected.skipSpace();
            if (options.spaceChangeSensitive()) {
                Verdict space = compareSpace(team, teamSpace, teamLine, expected, answerSpace);
                if (space != null) {
                    return space;
                }
            }
            if (team.atEnd() && expected.atEnd()) {
                return Verdict.ACCEPTED;
            }
            if (expected.atEnd()) {
                return Verdict.wrong(team.line, "expected end of output, got extra " + team.show(team.tokenEnd()));
            }
            if (team.atEnd()) {
                return Verdict.wrong(team.line, "expected " + expected.show(expected.tokenEnd())
                        + ", got end of output");
            }
            int teamEnd = team.tokenEnd();
            int answerEnd = expected.tokenEnd();
            String why = compareTokens(team, teamEnd, expected, answerEnd, options);
            if (why != null) {
                return Verdict.wrong(team.line, why);
            }
            team.pos = teamEnd;
            expected.pos = answerEnd;
        }
    }

    private static Verdict compareSpace(Cursor team, int teamStart, int teamLine, Cursor expected, int answerStart) {
        int teamLength = team.pos - teamStart;
        int answerLength = expected.pos - answerStart;
        int common = 0;
        while (common < teamLength && common < answerLength
                && team.text.charAt(teamStart + common) == expected.text.charAt(answerStart + common)) {
            common++;
        }
        if (common == teamLength && common == answerLength) {
            return null;
        }
        int line = teamLine + (int) team.text.substring(teamStart, teamStart + common).chars()
                .filter(c -> c == '\n').count();
        return Verdict.wrong(line, "whitespace differs: expected " + escapeSpace(expected.text, answerStart,
                expected.pos) + ", got " + escapeSpace(team.text, teamStart, team.pos));
    }

    private static String compareTokens(Cursor team, int teamEnd, Cursor expected, int answerEnd, Options options) {
        String a = expected.text;
        String t = team.text;
        if (options.floats() && FloatToken.matches(a, expected.pos, answerEnd)) {
            return compareFloats(team, teamEnd, expected, answerEnd, options);
        }
        int length = teamEnd - team.pos;
        boolean sameLength = length == answerEnd - expected.pos;
        if (sameLength && t.regionMatches(team.pos, a, expected.pos, length)) {
            return null;
        }
        boolean equalUpToCase = sameLength && equalsIgnoreAsciiCase(t, team.pos, a, expected.pos, length);
        if (equalUpToCase && !options.caseSensitive()) {
            return null;
        }
        return "expected " + expected.show(answerEnd) + ", got " + team.show(teamEnd)
                + (equalUpToCase ? " (case differs)" : "");
    }

    private static String compareFloats(Cursor team, int teamEnd, Cursor expected, int answerEnd, Options options) {
        String shown = "expected " + expected.show(answerEnd) + ", got " + team.show(teamEnd);
        if (!FloatToken.matches(team.text, team.pos, teamEnd)) {
            return shown + " (not a number)";
        }
        double a = FloatToken.parse(expected.text, expected.pos, answerEnd);
        double s = FloatToken.parse(team.text, team.pos, teamEnd);
        if (s == a) {
            return null;
        }
        // a token beyond double range parses as an infinity: it equals only an infinity of the same sign,
        // never "within ε times infinity" of a finite value
        double diff = Math.abs(s - a);
        if (Double.isFinite(diff)
                && (diff <= options.absoluteTolerance() || diff <= options.relativeTolerance() * Math.abs(a))) {
            return null;
        }
        return shown + String.format(Locale.ROOT, " (off by %.3g, allowed %.3g)", diff, allowed(a, options));
    }

    private static double allowed(double a, Options options) {
        double absolute = Double.isNaN(options.absoluteTolerance()) ? 0 : options.absoluteTolerance();
        double relative = Double.isNaN(options.relativeTolerance()) ? 0 : options.relativeTolerance() * Math.abs(a);
        return Math.max(absolute, relative);
    }

    private static boolean equalsIgnoreAsciiCase(String x, int xFrom, String y, int yFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (lowerAscii(x.charAt(xFrom + i)) != lowerAscii(y.charAt(yFrom + i))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B';
    }

    private static String escapeSpace(String s, int from, int to) {
        if (from == to) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = from; i < to && i < from + SHOWN_TOKEN; i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\f' -> "\\f";
                case '\u000B' -> "\\v";
                default -> String.valueOf(c);
            });
        }
        return out.append(to - from > SHOWN_TOKEN ? "…\"" : "\"").toString();
    }

    /** A position in one of the two texts, and the 1-based line it is on. */
    private static final class Cursor {

        final String text;
        int pos;
        int line = 1;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        void skipSpace() {
            while (pos < text.length() && isSpace(text.charAt(pos))) {
                if (text.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        }

        int tokenEnd() {
            int end = pos;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            return end;
        }

        /** The token at the cursor, cut to a readable length. */
        String show(int end) {
            if (end - pos <= SHOWN_TOKEN) {
                return text.substring(pos, end);
            }
            return text.substring(pos, pos + SHOWN_TOKEN) + "…";
        }
    }

    /** Reads the flag list once, left to right, remembering what was seen to reject repeats. */
    private static final class FlagParser {

        private final List<String> flags;
        private boolean caseSensitive;
        private boolean spaceChangeSensitive;
        private double absolute = Double.NaN;
        private double relative = Double.NaN;
        private boolean both;

        FlagParser(List<String> flags) {
            this.flags = flags;
        }

        Options parse() {
            for (int i = 0; i < flags.size(); i++) {
                String flag = flags.get(i);
                switch (flag) {
                    case "case_sensitive" -> caseSensitive = true;
                    case "space_change_sensitive" -> spaceChangeSensitive = true;
                    case "float_absolute_tolerance" -> absolute = tolerance(flag, ++i, both || !Double.isNaN(absolute));
                    case "float_relative_tolerance" -> relative = tolerance(flag, ++i, both || !Double.isNaN(relative));
                    case "float_tolerance" -> {
                        absolute = tolerance(flag, ++i, !Double.isNaN(absolute) || !Double.isNaN(relative));
                        relative = absolute;
                        both = true;
                    }
                    default -> throw new IllegalArgumentException("unknown default validator flag \"" + flag
                            + "\" (known: case_sensitive, space_change_sensitive, float_tolerance ε,"
                            + " float_absolute_tolerance ε, float_relative_tolerance ε)");
                }
            }
            return new Options(caseSensitive, spaceChangeSensitive, absolute, relative);
        }

        private double tolerance(String flag, int index, boolean conflict) {
            if (conflict) {
                throw new IllegalArgumentException(flag + " given more than once, or together with float_tolerance:"
                        + " give float_tolerance alone, or float_absolute_tolerance and/or float_relative_tolerance"
                        + " once each");
            }
            if (index >= flags.size() || !FloatToken.matches(flags.get(index))) {
                throw new IllegalArgumentException(flag + " needs a non-negative number after it, like \"" + flag
                        + " 1e-6\"");
            }
            double value = Double.parseDouble(flags.get(index));
            if (value < 0) {
                throw new IllegalArgumentException(flag + " must not be negative, got " + flags.get(index));
            }
            return value;
        }
    }
}
