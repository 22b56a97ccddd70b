package dev.redline.assessments;

import dev.redline.problems.Statement;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A problem statement as HTML for the candidate's page. Markdown is rendered with raw HTML escaped,
 * so a package cannot put script into a page; LaTeX is shown as preformatted text. Pure code.
 */
final class StatementHtml {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private StatementHtml() {
    }

    static String of(Statement statement) {
        if (statement.format() == Statement.Format.MARKDOWN) {
            return RENDERER.render(PARSER.parse(statement.text()));
        }
        return "<p class=\"statement-note\">This statement is written in LaTeX and shown as source.</p><pre>"
                + escape(statement.text()) + "</pre>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
