package dev.redline.reports;

import dev.redline.text.Html;
import java.util.Map;
import java.util.Set;

/**
 * Syntax highlighting of a candidate's code for the report, on the server (the page and the PDF show
 * the same, and the CSP allows no script for it): comments, strings, numbers and keywords become
 * spans with classes {@code tok-c}, {@code tok-s}, {@code tok-n}, {@code tok-k}; everything is escaped.
 * A small lexer, not a parser: it only has to make code easier to read. Pure code.
 */
final class CodeHighlighter {

    private static final Set<String> C_LIKE = Set.of("if", "else", "for", "while", "do", "return", "break",
            "continue", "switch", "case", "default", "struct", "const", "static", "void", "int", "long", "char",
            "double", "float", "bool", "unsigned", "sizeof", "typedef", "enum", "auto", "true", "false");
    private static final Map<String, Set<String>> KEYWORDS = Map.of(
            "python3", Set.of("def", "class", "return", "if", "elif", "else", "for", "while", "in", "not", "and",
                    "or", "import", "from", "as", "with", "try", "except", "finally", "raise", "lambda", "yield",
                    "pass", "break", "continue", "None", "True", "False", "is", "global", "nonlocal", "assert"),
            "java", union(C_LIKE, "class", "public", "private", "protected", "new", "import", "package", "final",
                    "throws", "throw", "try", "catch", "finally", "extends", "implements", "interface", "var",
                    "null", "this", "record", "boolean"),
            "c", union(C_LIKE, "NULL", "include", "define"),
            "cpp", union(C_LIKE, "class", "public", "private", "namespace", "using", "template", "typename",
                    "new", "delete", "nullptr", "include", "define", "std", "vector", "string"),
            "javascript", Set.of("function", "const", "let", "var", "return", "if", "else", "for", "while", "of",
                    "in", "new", "class", "null", "undefined", "true", "false", "require", "async", "await",
                    "break", "continue", "switch", "case", "default", "try", "catch", "throw", "this"),
            "go", Set.of("package", "import", "func", "return", "if", "else", "for", "range", "var", "const",
                    "type", "struct", "map", "chan", "go", "defer", "nil", "true", "false", "break", "continue",
                    "switch", "case", "default", "int", "int64", "string", "byte", "error"));

    private CodeHighlighter() {
    }

    static String html(String language, String code) {
        if (code == null) {
            return "";
        }
        Set<String> keywords = KEYWORDS.getOrDefault(language, Set.of());
        boolean hashComments = "python3".equals(language);
        StringBuilder out = new StringBuilder(code.length() * 2);
        int i = 0;
        int n = code.length();
        while (i < n) {
            char ch = code.charAt(i);
            int end;
            if (hashComments ? ch == '#' : code.startsWith("//", i)) {
                end = lineEnd(code, i);
                span(out, "tok-c", code, i, end);
            } else if (!hashComments && code.startsWith("/*", i)) {
                int close = code.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                span(out, "tok-c", code, i, end);
            } else if (ch == '"' || ch == '\'' || (ch == '`' && "javascript".equals(language))) {
                end = stringEnd(code, i, ch);
                span(out, "tok-s", code, i, end);
            } else if (Character.isDigit(ch)) {
                end = i;
                while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.'
                        || code.charAt(end) == '_')) {
                    end++;
                }
                span(out, "tok-n", code, i, end);
            } else if (Character.isLetter(ch) || ch == '_') {
                end = i;
                while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_')) {
                    end++;
                }
                String word = code.substring(i, end);
                if (keywords.contains(word)) {
                    span(out, "tok-k", code, i, end);
                } else {
                    escape(out, word);
                }
            } else {
                end = i + 1;
                escape(out, code.substring(i, end));
            }
            i = end;
        }
        return out.toString();
    }

    private static int lineEnd(String code, int from) {
        int nl = code.indexOf('\n', from);
        return nl < 0 ? code.length() : nl;
    }

    /** The end of a string literal: the closing quote (escapes skipped), or the line's end if unclosed. */
    private static int stringEnd(String code, int from, char quote) {
        int i = from + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n' && quote != '`') {
                return i;
            }
            i++;
        }
        return code.length();
    }

    private static void span(StringBuilder out, String cls, String code, int from, int to) {
        out.append("<span class=\"").append(cls).append("\">");
        escape(out, code.substring(from, Math.min(to, code.length())));
        out.append("</span>");
    }

    private static void escape(StringBuilder out, String s) {
        Html.escape(out, s);
    }

    private static Set<String> union(Set<String> base, String... more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(base);
        all.addAll(java.util.List.of(more));
        return Set.copyOf(all);
    }
}
