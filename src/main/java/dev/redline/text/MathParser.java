package dev.redline.text;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Finds maths in a paragraph before Markdown touches it, so {@code $a_1 * b_2$} gets no emphasis and
 * {@code 10\,000} keeps its backslash. Pandoc's rules, which keep prices apart from maths: an opening
 * {@code $} is followed by a non-space, a closing one follows a non-space and is not followed by a digit
 * ("$5 and $10" is text). {@code $$...$$} is display maths and may span lines of its paragraph. A
 * {@code \$} or a code span is left to Markdown: both start before the {@code $} they hold.
 */
final class MathParser implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new MathParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next();
        boolean display = scanner.next('$');
        Position contentStart = scanner.position();
        if (display) {
            while (scanner.find('$') >= 0) {
                Position end = scanner.position();
                scanner.next();
                if (scanner.next('$')) {
                    String tex = scanner.getSource(contentStart, end).getContent().strip();
                    if (!tex.isEmpty()) {
                        return ParsedInline.of(new MathSpan(tex, true), scanner.position());
                    }
                    break;
                }
            }
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        char first = scanner.peek();
        if (first == Scanner.END || Character.isWhitespace(first)) {
            return ParsedInline.none();
        }
        while (scanner.find('$') >= 0) {
            Position end = scanner.position();
            int before = scanner.peekPreviousCodePoint();
            scanner.next();
            char after = scanner.peek();
            if (!Character.isWhitespace(before) && before != '\\' && !(after >= '0' && after <= '9')) {
                String tex = scanner.getSource(contentStart, end).getContent();
                return ParsedInline.of(new MathSpan(tex, false), scanner.position());
            }
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }
}
