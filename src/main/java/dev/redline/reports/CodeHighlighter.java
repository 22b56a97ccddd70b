package dev.redline.reports;

import dev.redline.sandbox.Language;
import dev.redline.sandbox.LanguageRegistry;
import dev.redline.text.Html;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Syntax highlighting of a candidate's code for the report, on the server (the page and the PDF show
 * the same, and the CSP allows no script for it): comments, strings, numbers and keywords become
 * spans with classes {@code tok-c}, {@code tok-s}, {@code tok-n}, {@code tok-k}; everything is escaped.
 * A small lexer, not a parser: it only has to make code easier to read. Pure code.
 */
final class CodeHighlighter {

    /**
     * How one syntax is lexed: its keywords, line-comment markers, block-comment delimiters (none when
     * null) and whether backticks quote strings.
     */
    private record Syntax(Set<String> keywords, List<String> lineComments, String blockOpen, String blockClose,
            boolean backticks) {

        static Syntax cLike(Set<String> keywords) {
            return new Syntax(keywords, List.of("//"), "/*", "*/", false);
        }
    }

    private static final Set<String> C_LIKE = Set.of("if", "else", "for", "while", "do", "return", "break",
            "continue", "switch", "case", "default", "struct", "const", "static", "void", "int", "long", "char",
            "double", "float", "bool", "unsigned", "sizeof", "typedef", "enum", "auto", "true", "false");
    private static final Set<String> JS = Set.of("function", "const", "let", "var", "return", "if", "else", "for",
            "while", "of", "in", "new", "class", "null", "undefined", "true", "false", "require", "async", "await",
            "break", "continue", "switch", "case", "default", "try", "catch", "throw", "this");
    private static final Set<String> PYTHON = Set.of("def", "class", "return", "if", "elif", "else", "for", "while",
            "in", "not", "and", "or", "import", "from", "as", "with", "try", "except", "finally", "raise", "lambda",
            "yield", "pass", "break", "continue", "None", "True", "False", "is", "global", "nonlocal", "assert");

    /** By the syntax a language's image declares (label {@code redline.syntax}). */
    private static final Map<String, Syntax> SYNTAXES = Map.ofEntries(
            Map.entry("python", new Syntax(PYTHON, List.of("#"), null, null, false)),
            Map.entry("java", Syntax.cLike(union(C_LIKE, "class", "public", "private", "protected", "new", "import",
                    "package", "final", "throws", "throw", "try", "catch", "finally", "extends", "implements",
                    "interface", "var", "null", "this", "record", "boolean"))),
            Map.entry("c", Syntax.cLike(union(C_LIKE, "NULL", "include", "define"))),
            Map.entry("cpp", Syntax.cLike(union(C_LIKE, "class", "public", "private", "namespace", "using",
                    "template", "typename", "new", "delete", "nullptr", "include", "define", "std", "vector",
                    "string"))),
            Map.entry("javascript", new Syntax(JS, List.of("//"), "/*", "*/", true)),
            Map.entry("typescript", new Syntax(union(JS, "interface", "type", "number", "string", "boolean", "any",
                    "enum", "readonly", "implements", "extends", "as"), List.of("//"), "/*", "*/", true)),
            Map.entry("go", Syntax.cLike(Set.of("package", "import", "func", "return", "if", "else", "for", "range",
                    "var", "const", "type", "struct", "map", "chan", "go", "defer", "nil", "true", "false", "break",
                    "continue", "switch", "case", "default", "int", "int64", "string", "byte", "error"))),
            Map.entry("kotlin", Syntax.cLike(Set.of("fun", "val", "var", "class", "object", "if", "else", "when",
                    "for", "while", "do", "return", "in", "is", "null", "true", "false", "import", "package", "data",
                    "companion", "private", "public", "override", "break", "continue", "Int", "Long", "String"))),
            Map.entry("rust", Syntax.cLike(Set.of("fn", "let", "mut", "if", "else", "match", "for", "while",
                    "loop", "in", "return", "use", "struct", "enum", "impl", "trait", "pub", "mod", "const",
                    "static", "true", "false", "as", "break", "continue", "self", "Self", "usize", "i32", "i64",
                    "u64", "String", "Vec"))),
            Map.entry("csharp", Syntax.cLike(union(C_LIKE, "class", "public", "private", "protected", "new", "using",
                    "namespace", "var", "null", "this", "string", "foreach", "in", "try", "catch", "finally",
                    "throw"))),
            Map.entry("ruby", new Syntax(Set.of("def", "end", "if", "elsif", "else", "unless", "while", "until",
                    "for", "in", "do", "return", "class", "module", "nil", "true", "false", "and", "or", "not",
                    "puts", "require", "begin", "rescue", "ensure", "yield", "then", "case", "when", "break",
                    "next"), List.of("#"), null, null, false)),
            Map.entry("php", new Syntax(Set.of("function", "return", "if", "else", "elseif", "for", "foreach",
                    "while", "do", "as", "echo", "print", "class", "new", "null", "true", "false", "array", "public",
                    "private", "static", "break", "continue", "switch", "case", "default"), List.of("//", "#"),
                    "/*", "*/", false)),
            Map.entry("scala", Syntax.cLike(Set.of("def", "val", "var", "object", "class", "trait", "extends",
                    "with", "if", "else", "match", "case", "for", "while", "yield", "return", "import", "package",
                    "new", "null", "true", "false", "Int", "Long", "String", "Unit", "Array"))),
            Map.entry("haskell", new Syntax(Set.of("module", "where", "import", "let", "in", "case", "of", "if",
                    "then", "else", "do", "data", "type", "newtype", "class", "instance", "deriving", "main"),
                    List.of("--"), "{-", "-}", false)),
            Map.entry("ocaml", new Syntax(Set.of("let", "rec", "in", "if", "then", "else", "match", "with",
                    "fun", "function", "type", "of", "module", "open", "begin", "end", "for", "to", "downto", "do",
                    "done", "while", "true", "false", "ref", "and"), List.of(), "(*", "*)", false)),
            Map.entry("lua", new Syntax(Set.of("local", "function", "end", "if", "then", "else", "elseif", "for",
                    "in", "do", "while", "repeat", "until", "return", "nil", "true", "false", "and", "or", "not",
                    "break"), List.of("--"), null, null, false)));

    private static final Syntax PLAIN = new Syntax(Set.of(), List.of(), null, null, false);

    private CodeHighlighter() {
    }

    /** The code of a submission in {@code language} (a Redline language id) as highlighted, escaped HTML. */
    static String html(String language, String code) {
        if (code == null) {
            return "";
        }
        String syntaxName = LanguageRegistry.shipped().find(language).map(Language::syntax).orElse(language);
        Syntax syntax = SYNTAXES.getOrDefault(syntaxName, PLAIN);
        StringBuilder out = new StringBuilder(code.length() * 2);
        int i = 0;
        int n = code.length();
        while (i < n) {
            char ch = code.charAt(i);
            int end;
            if (startsLineComment(syntax, code, i)) {
                end = lineEnd(code, i);
                span(out, "tok-c", code, i, end);
            } else if (syntax.blockOpen() != null && code.startsWith(syntax.blockOpen(), i)) {
                int close = code.indexOf(syntax.blockClose(), i + syntax.blockOpen().length());
                end = close < 0 ? n : close + syntax.blockClose().length();
                span(out, "tok-c", code, i, end);
            } else if (ch == '"' || ch == '\'' || (ch == '`' && syntax.backticks())) {
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
                if (syntax.keywords().contains(word)) {
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

    private static boolean startsLineComment(Syntax syntax, String code, int at) {
        for (String marker : syntax.lineComments()) {
            if (code.startsWith(marker, at)) {
                return true;
            }
        }
        return false;
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
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
