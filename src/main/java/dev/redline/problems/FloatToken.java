package dev.redline.problems;

/**
 * The spec's floating-point grammar, checked by hand because {@link Double#parseDouble} is far more
 * lenient ({@code NaN}, {@code Infinity}, {@code 0x1p3}, {@code 1d}, surrounding spaces):
 * <pre>
 * float        {sign}? {significand} {exponent}?
 * significand  {digit}* "." {digit}+ | {digit}+ "." | {digit}+
 * exponent     [Ee] {sign}? {digit}+
 * </pre>
 * So {@code nan} and {@code inf} are not floats: they are compared as strings.
 */
final class FloatToken {

    private FloatToken() {
    }

    static boolean matches(CharSequence s) {
        return matches(s, 0, s.length());
    }

    /** Whether {@code s[start, end)} is a float by the grammar above. */
    static boolean matches(CharSequence s, int start, int end) {
        int i = start;
        if (i < end && isSign(s.charAt(i))) {
            i++;
        }
        int intDigits = digits(s, i, end);
        i += intDigits;
        int fracDigits = 0;
        if (i < end && s.charAt(i) == '.') {
            i++;
            fracDigits = digits(s, i, end);
            i += fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < end && isSign(s.charAt(i))) {
                i++;
            }
            int expDigits = digits(s, i, end);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == end;
    }

    /** The value of a token that {@link #matches}; overflow gives an infinity, underflow zero. */
    static double parse(CharSequence s, int start, int end) {
        return Double.parseDouble(s.subSequence(start, end).toString());
    }

    private static int digits(CharSequence s, int from, int end) {
        int i = from;
        while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-';
    }
}
