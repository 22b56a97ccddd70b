package dev.redline.reports;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A candidate's design answer as HTML. The candidate wrote it, so raw HTML in it is escaped and link
 * targets are sanitised: nothing they type can run in a committee member's browser. commonmark writes
 * void elements as {@code <br />}, so the output is also well-formed XHTML for the PDF. Images are shown
 * as their text and address, never loaded: the PDF renderer would otherwise fetch any address a
 * candidate wrote from inside our network, and a page would ping a tracker when the committee reads it.
 */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).nodeRendererFactory(ImageAsText::new).build();

    private Markdown() {
    }

    static String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    /** Renders {@code ![alt](url)} as the text "[image: alt (url)]". */
    private record ImageAsText(HtmlNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }
            });
            context.getWriter().text("[image: " + alt + " (" + ((Image) node).getDestination() + ")]");
        }
    }
}
