package dev.redline.problems;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts a LaTeX problem statement (the subset problemtools' statements use) to Markdown, which the
 * statement pipeline renders with raw HTML escaped. Pure code, no file access: {@code \input} and
 * {@code \include} are reported, never followed (they would read files of the host), which is why this
 * exists instead of pandoc. Maths ({@code $...$}, {@code \(...\)}, {@code \[...\]}, equation environments)
 * is kept as {@code $...$} / {@code $$...$$} for the maths renderer. Everything it cannot render gives a
 * {@link Note} with the line and what the candidate sees instead; it never fails.
 */
final class LatexStatement {

    /** Something not rendered as the author meant: {@code line} in the .tex file, and what happens instead. */
    record Note(int line, String message) {
    }

    record Result(String markdown, List<Note> notes) {
    }

    /** Commands that only shape the page (spacing, breaks): nothing to show. */
    private static final Set<String> LAYOUT = Set.of("noindent", "medskip", "bigskip", "smallskip", "centering",
            "clearpage", "newpage", "hfill", "vfill", "raggedright", "raggedleft", "protect", "relax", "pagebreak",
            "nopagebreak", "linebreak", "indent", "flushbottom", "displaystyle", "normalsize", "small", "large",
            "Large", "footnotesize", "tiny", "huge", "Huge", "hline", "toprule", "midrule", "bottomrule",
            "maketitle");
    /** Commands whose one argument only shapes the page. */
    private static final Set<String> LAYOUT_ARG = Set.of("vspace", "hspace", "label", "cline", "setlength",
            "pagestyle", "thispagestyle");
    /** Commands that show their argument as plain text. */
    private static final Set<String> PLAIN = Set.of("textrm", "textsf", "textnormal", "textsc", "textup", "mbox",
            "text", "underline", "textmd", "uppercase", "hbox");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("ldots", "\u2026"),
            Map.entry("dots", "\u2026"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"),
            Map.entry("textbackslash", "\\\\"), Map.entry("quad", " "), Map.entry("qquad", " "),
            Map.entry("textasciitilde", "\\~"), Map.entry("textasciicircum", "^"), Map.entry("S", "\u00a7"),
            Map.entry("copyright", "\u00a9"), Map.entry("textendash", "\u2013"), Map.entry("textemdash", "\u2014"),
            Map.entry("textquotedblleft", "\u201c"), Map.entry("textquotedblright", "\u201d"));
    private static final Map<Character, Character> ACCENTS = Map.of('\'', '\u0301', '`', '\u0300', '"', '\u0308',
            '^', '\u0302', '~', '\u0303', 'c', '\u0327', 'v', '\u030c', '=', '\u0304', 'u', '\u0306', 'H', '\u030b');
    private static final Set<String> SECTION_ENVIRONMENTS = Set.of("Input", "Output", "Interaction", "Scoring");
    private static final Set<String> MATH_ENVIRONMENTS = Set.of("equation", "equation*", "displaymath", "align",
            "align*", "eqnarray", "eqnarray*", "gather", "gather*", "multline", "multline*");
    private static final Set<String> BODY_ENVIRONMENTS = Set.of("center", "flushleft", "flushright", "minipage",
            "figure", "figure*", "table", "table*", "samepage", "document", "small");
    /** Markdown's own punctuation: escaped where LaTeX means the character itself. */
    private static final String MARKDOWN_SPECIAL = "\\*_[]<>#|`";

    private final String src;
    private final int firstLine;
    private final List<Note> notes;
    private int pos;
    private final StringBuilder out = new StringBuilder();

    private LatexStatement(String src, int firstLine, List<Note> notes) {
        this.src = src;
        this.firstLine = firstLine;
        this.notes = notes;
    }

    static Result convert(String tex) {
        List<Note> notes = new ArrayList<>();
        String markdown = new LatexStatement(tex.replace("\r\n", "\n"), 1, notes).run();
        return new Result(markdown.replaceAll("\n{3,}", "\n\n").strip() + "\n", List.copyOf(notes));
    }

    /** Converts a part of this source that starts at {@code offset}, sharing the notes. */
    private String sub(int from, int to) {
        return new LatexStatement(src.substring(from, to), line(from), notes).run();
    }

    private int line(int at) {
        int n = firstLine;
        for (int i = 0; i < at && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void note(int at, String message) {
        notes.add(new Note(line(at), message));
    }

    private String run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            switch (c) {
                case '%' -> skipComment();
                case '\\' -> command();
                case '$' -> math();
                case '{', '}' -> pos++;
                case '~' -> {
                    out.append('\u00a0');
                    pos++;
                }
                case '\n' -> {
                    out.append('\n');
                    pos++;
                    skipIndent();
                }
                case '-' -> dashes();
                case '`', '\'' -> quotes(c);
                default -> {
                    text(c);
                    pos++;
                }
            }
        }
        return out.toString();
    }

    /** LaTeX ignores indentation; Markdown would make an indented line a code block. */
    private void skipIndent() {
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipComment() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < src.length()) {
            pos++; // a comment also eats its line end, as in LaTeX
            skipIndent();
        }
    }

    private void text(char c) {
        boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        if (MARKDOWN_SPECIAL.indexOf(c) >= 0 || (lineStart && (c == '+' || c == '='))) {
            out.append('\\');
        } else if (c == '.' || c == ')') {
            // "3. word" at the start of a line would become a numbered list
            int i = out.length() - 1;
            while (i >= 0 && Character.isDigit(out.charAt(i))) {
                i--;
            }
            if (i < out.length() - 1 && (i < 0 || out.charAt(i) == '\n')) {
                out.append('\\');
            }
        }
        out.append(c);
    }

    private void dashes() {
        int n = 0;
        while (pos < src.length() && src.charAt(pos) == '-') {
            n++;
            pos++;
        }
        boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        String dash = n >= 3 ? "\u2014" : n == 2 ? "\u2013" : lineStart ? "\\-" : "-";
        out.append(dash);
    }

    private void quotes(char c) {
        if (src.startsWith(c == '`' ? "``" : "''", pos)) {
            out.append(c == '`' ? '\u201c' : '\u201d');
            pos += 2;
            return;
        }
        out.append(c == '`' ? "\u2018" : "'");
        pos++;
    }

    private void math() {
        boolean display = src.startsWith("$$", pos);
        String delimiter = display ? "$$" : "$";
        int start = pos;
        int end = findUnescaped(delimiter, pos + delimiter.length());
        if (end < 0) {
            note(start, "a $ opens maths that is never closed: the rest is shown as written");
            out.append("\\$");
            pos++;
            return;
        }
        out.append(src, start, end + delimiter.length());
        pos = end + delimiter.length();
    }

    private int findUnescaped(String what, int from) {
        for (int i = from; i < src.length(); i++) {
            if (src.charAt(i) == '\\') {
                i++;
            } else if (src.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    private void command() {
        int start = pos;
        pos++;
        if (pos >= src.length()) {
            return;
        }
        char c = src.charAt(pos);
        if (!Character.isLetter(c)) {
            pos++;
            symbol(start, c);
            return;
        }
        int nameStart = pos;
        while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
            pos++;
        }
        String name = src.substring(nameStart, pos);
        if (pos < src.length() && src.charAt(pos) == '*') {
            pos++;
        }
        named(start, name);
    }

    private void symbol(int start, char c) {
        switch (c) {
            case '\\' -> {
                optional();
                out.append("\\\n");
                skipSpaces();
            }
            case '(' -> delimitedMath(start, "\\)", "$");
            case '[' -> delimitedMath(start, "\\]", "$$");
            case '%', '&', '#', '_', '{', '}', '$' -> out.append(MARKDOWN_SPECIAL.indexOf(c) >= 0 || c == '$'
                    ? "\\" + c : String.valueOf(c));
            case ' ', ',', ';', ':', '!', '/', '@' -> out.append(c == ' ' || c == ',' ? " " : "");
            case '-' -> {
            }
            default -> {
                if (ACCENTS.containsKey(c)) {
                    accent(c);
                } else {
                    note(start, "\\" + c + " is not rendered: candidates see \"" + c + "\"");
                    text(c);
                }
            }
        }
    }

    private void accent(char c) {
        String base;
        skipSpaces();
        if (pos < src.length() && src.charAt(pos) == '{') {
            int end = closing(pos);
            base = src.substring(pos + 1, end);
            pos = end + 1;
        } else if (pos < src.length()) {
            base = String.valueOf(src.charAt(pos));
            pos++;
        } else {
            return;
        }
        out.append(Normalizer.normalize(base.replace("\\i", "i") + ACCENTS.get(c), Normalizer.Form.NFC));
    }

    private void delimitedMath(int start, String close, String delimiter) {
        int end = src.indexOf(close, pos);
        if (end < 0) {
            note(start, "maths opened here is never closed: the rest is shown as written");
            return;
        }
        out.append(delimiter).append(src, pos, end).append(delimiter);
        pos = end + close.length();
    }

    private void named(int start, String name) {
        switch (name) {
            case "problemname" -> argumentRaw(); // the name is shown as the page's title
            case "section", "subsection", "subsubsection", "paragraph", "subparagraph" -> heading(name);
            case "emph", "textit", "textsl" -> wrap("*", convertedArgument());
            case "textbf" -> wrap("**", convertedArgument());
            case "texttt" -> code(argumentRaw());
            case "verb" -> verb(start);
            case "url" -> {
                String url = argumentRaw();
                out.append('<').append(url.replace(">", "%3E").replace(" ", "%20")).append('>');
            }
            case "href" -> {
                String url = argumentRaw();
                String label = convertedArgument();
                out.append('[').append(label).append("](").append(url.replace(")", "%29").replace(" ", "%20"))
                        .append(')');
            }
            case "footnote" -> out.append(" (").append(convertedArgument()).append(')');
            case "begin" -> environment(start);
            case "end" -> {
                String env = argumentRaw();
                note(start, "\\end{" + env + "} has no \\begin: it is ignored");
            }
            case "item" -> {
                optional();
                note(start, "\\item outside a list: shown as a bullet");
                out.append("- ");
            }
            case "par" -> out.append("\n\n");
            case "newline" -> out.append("\\\n");
            case "input", "include", "InputFile", "includefile", "lstinputlisting", "verbatiminput" -> {
                String file = argumentRaw();
                note(start, "\\" + name + "{" + file + "} is not followed (Redline does not let a statement read"
                        + " other files): candidates see nothing in its place; paste the text into the statement");
            }
            case "includegraphics" -> {
                optional();
                String file = argumentRaw();
                note(start, "\\includegraphics{" + file + "}: images are not shown yet: candidates see \"[Image: "
                        + file + "]\"");
                out.append("*\\[Image: ").append(escapeText(file)).append("\\]*");
            }
            case "illustration" -> {
                argumentRaw();
                String file = argumentRaw();
                String caption = convertedArgument();
                note(start, "\\illustration{" + file + "}: images are not shown yet: candidates see its caption as"
                        + " \"[Image: " + (caption.isBlank() ? file : caption) + "]\"");
                out.append("\n\n*\\[Image: ").append(caption.isBlank() ? escapeText(file) : caption)
                        .append("\\]*\n\n");
            }
            case "caption" -> out.append("\n\n*").append(convertedArgument()).append("*\n\n");
            case "ref", "cite", "eqref", "pageref" -> {
                String key = argumentRaw();
                note(start, "\\" + name + "{" + key + "}: cross-references are not resolved: candidates see"
                        + " \"(" + key + ")\"");
                out.append('(').append(escapeText(key)).append(')');
            }
            default -> other(start, name);
        }
    }

    private void other(int start, String name) {
        if (LAYOUT.contains(name)) {
            skipSpaces();
        } else if (LAYOUT_ARG.contains(name)) {
            argumentRaw();
        } else if (PLAIN.contains(name)) {
            out.append(convertedArgument());
        } else if (SYMBOLS.containsKey(name)) {
            out.append(SYMBOLS.get(name));
            if (pos < src.length() && src.startsWith("{}", pos)) {
                pos += 2;
            }
        } else if (pos < src.length() && src.charAt(pos) == '{') {
            String text = convertedArgument();
            note(start, "\\" + name + " is not rendered: candidates see its text \"" + text.strip() + "\"");
            out.append(text);
        } else {
            note(start, "\\" + name + " is not rendered: candidates see nothing in its place");
            skipSpaces();
        }
    }

    private void heading(String name) {
        int level = switch (name) {
            case "section" -> 2;
            case "subsection" -> 3;
            default -> 4;
        };
        optional();
        String title = convertedArgument().strip();
        startBlock();
        out.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        skipSpaces();
    }

    private void startBlock() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }

    private void wrap(String marker, String text) {
        if (text.isBlank()) {
            return;
        }
        out.append(marker).append(text.strip()).append(marker);
    }

    private void code(String raw) {
        String text = raw.replace("\\_", "_").replace("\\&", "&").replace("\\%", "%").replace("\\#", "#")
                .replace("\\$", "$").replace("\\{", "{").replace("\\}", "}").replace("\\textbackslash{}", "\\")
                .replace("~", " ");
        String fence = text.contains("`") ? "`` " : "`";
        out.append(fence).append(text).append(fence.strip().length() == 2 ? " ``" : "`");
    }

    private void verb(int start) {
        if (pos >= src.length()) {
            return;
        }
        char delimiter = src.charAt(pos);
        int end = src.indexOf(delimiter, pos + 1);
        if (end < 0) {
            note(start, "\\verb is never closed: the rest is shown as written");
            return;
        }
        String text = src.substring(pos + 1, end);
        pos = end + 1;
        String fence = text.contains("`") ? "``" : "`";
        out.append(fence).append(fence.length() == 2 ? " " : "").append(text).append(fence.length() == 2 ? " " : "")
                .append(fence);
    }

    private void environment(int start) {
        String name = argumentRaw();
        int bodyStart = pos;
        int end = matchingEnd(name, bodyStart);
        if (end < 0) {
            note(start, "\\begin{" + name + "} is never closed with \\end{" + name + "}: the rest is shown as text");
            return;
        }
        int after = src.indexOf('}', end) + 1;
        pos = after;
        switch (name) {
            case "itemize", "enumerate", "description" -> list(name, bodyStart, end);
            case "verbatim", "lstlisting", "Verbatim" -> {
                String body = src.substring(bodyStart, end);
                if (name.equals("lstlisting") && body.startsWith("[")) {
                    body = body.substring(body.indexOf(']') + 1);
                }
                startBlock();
                out.append("```\n").append(body.replaceFirst("^\n", "").replaceFirst("\n?$", "\n"))
                        .append("```\n\n");
            }
            case "tabular", "tabular*", "array" -> table(start, bodyStart, end);
            case "quote", "quotation" -> {
                startBlock();
                for (String l : sub(bodyStart, end).strip().split("\n", -1)) {
                    out.append("> ").append(l).append('\n');
                }
                out.append('\n');
            }
            default -> otherEnvironment(start, name, bodyStart, end);
        }
    }

    private void otherEnvironment(int start, String name, int bodyStart, int end) {
        if (SECTION_ENVIRONMENTS.contains(name)) {
            startBlock();
            out.append("## ").append(name).append("\n\n").append(sub(bodyStart, end).strip()).append("\n\n");
        } else if (MATH_ENVIRONMENTS.contains(name)) {
            String body = src.substring(bodyStart, end).strip();
            boolean aligned = name.startsWith("align") || name.startsWith("eqnarray") || name.startsWith("gather")
                    || name.startsWith("multline");
            startBlock();
            out.append("$$").append(aligned ? "\\begin{aligned}" + body + "\\end{aligned}" : body).append("$$\n\n");
        } else {
            if (!BODY_ENVIRONMENTS.contains(name)) {
                note(start, "environment " + name + " is not rendered: candidates see its content as plain text");
            }
            int from = bodyStart;
            if (name.equals("minipage") || name.startsWith("figure") || name.startsWith("table")) {
                from = skipArguments(bodyStart);
            }
            startBlock();
            out.append(sub(from, end).strip()).append("\n\n");
        }
    }

    private int skipArguments(int from) {
        int p = from;
        while (p < src.length() && (src.charAt(p) == '[' || src.charAt(p) == '{')) {
            p = src.charAt(p) == '[' ? src.indexOf(']', p) + 1 : closing(p) + 1;
            if (p <= 0) {
                return from;
            }
        }
        return p;
    }

    private void list(String name, int bodyStart, int end) {
        List<int[]> items = new ArrayList<>();
        int depth = 0;
        for (int i = bodyStart; i < end; i++) {
            if (src.startsWith("\\begin{", i)) {
                depth++;
            } else if (src.startsWith("\\end{", i)) {
                depth--;
            } else if (depth == 0 && src.startsWith("\\item", i)
                    && (i + 5 >= src.length() || !Character.isLetter(src.charAt(i + 5)))) {
                if (!items.isEmpty()) {
                    items.get(items.size() - 1)[1] = i;
                }
                items.add(new int[] {i + 5, end});
            }
        }
        startBlock();
        int n = 1;
        for (int[] item : items) {
            int from = item[0];
            String label = "";
            if (from < end && src.charAt(from) == '[') {
                int close = src.indexOf(']', from);
                label = sub(from + 1, close).strip();
                from = close + 1;
            }
            String marker = name.equals("enumerate") ? (n++) + ". " : "- ";
            String body = sub(from, item[1]).strip();
            if (!label.isEmpty()) {
                body = "**" + label + "** " + body;
            }
            String indent = " ".repeat(marker.length());
            out.append(marker).append(body.replace("\n", "\n" + indent)).append('\n');
        }
        out.append('\n');
    }

    private void table(int start, int bodyStart, int end) {
        int from = skipArguments(bodyStart);
        List<List<String>> rows = new ArrayList<>();
        for (String row : splitTopLevel(from, end, "\\\\")) {
            String cleaned = row.replaceAll("\\\\(hline|toprule|midrule|bottomrule)", "")
                    .replaceAll("\\\\cline\\{[^}]*}", "").strip();
            if (cleaned.isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : cleaned.split("(?<!\\\\)&", -1)) {
                String converted = new LatexStatement(cell, line(bodyStart), notes).run().strip()
                        .replace("\n", " ").replace("|", "\\|");
                cells.add(converted);
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            return;
        }
        if (src.substring(from, end).contains("\\multicolumn") || src.substring(from, end).contains("\\multirow")) {
            note(start, "a table with \\multicolumn or \\multirow: merged cells are shown as separate cells");
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        startBlock();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        out.append('\n');
    }

    private List<String> splitTopLevel(int from, int end, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int last = from;
        for (int i = from; i < end; i++) {
            char c = src.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && src.startsWith(separator, i)) {
                parts.add(src.substring(last, i));
                i += separator.length() - 1;
                last = i + 1;
            } else if (c == '\\') {
                i++;
            }
        }
        parts.add(src.substring(last, end));
        return parts;
    }

    private int matchingEnd(String name, int from) {
        String begin = "\\begin{" + name + "}";
        String endTag = "\\end{" + name + "}";
        int depth = 1;
        int i = from;
        while (i < src.length()) {
            int nextEnd = src.indexOf(endTag, i);
            if (nextEnd < 0) {
                return -1;
            }
            int nextBegin = src.indexOf(begin, i);
            if (nextBegin >= 0 && nextBegin < nextEnd) {
                depth++;
                i = nextBegin + begin.length();
            } else {
                depth--;
                if (depth == 0) {
                    return nextEnd;
                }
                i = nextEnd + endTag.length();
            }
        }
        return -1;
    }

    private void skipSpaces() {
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void optional() {
        skipSpaces();
        if (pos < src.length() && src.charAt(pos) == '[') {
            int close = src.indexOf(']', pos);
            pos = close < 0 ? src.length() : close + 1;
        }
    }

    /** The raw text of the next {...} argument (empty when there is none). */
    private String argumentRaw() {
        int[] span = argumentSpan();
        return span == null ? "" : src.substring(span[0], span[1]);
    }

    private String convertedArgument() {
        int[] span = argumentSpan();
        return span == null ? "" : sub(span[0], span[1]);
    }

    private int[] argumentSpan() {
        skipSpaces();
        if (pos >= src.length() || src.charAt(pos) != '{') {
            return null;
        }
        int close = closing(pos);
        int[] span = {pos + 1, close};
        pos = close + 1;
        return span;
    }

    /** The index of the brace closing the one at {@code open} (or the end of the source). */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return src.length();
    }

    private static String escapeText(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
