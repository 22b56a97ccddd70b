package dev.redline.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The one Markdown renderer of Redline: problem statements, a candidate's design answer (the preview,
 * the interviewer's page, the committee report and its PDF) and interviewer guidance. Pure code.
 *
 * <p>What it writes is safe to put into any page a staff member opens, whoever wrote the text:
 * <ul>
 * <li>raw HTML is escaped;
 * <li>images are shown as the text "[image: alt]" (with the address when it is an absolute web address)
 * and never loaded: an {@code <img>} would
 * make the reader's browser (signed in) request any address the writer chose, such as
 * {@code /staff/logout}, and the PDF renderer would fetch it from inside our network;
 * <li>a link is a link only when it is absolute {@code https} with a host, and then opens in a new tab
 * with {@code rel="noopener noreferrer nofollow"} and its host shown beside it; any other link
 * (relative, {@code javascript:}, {@code data:}, {@code http:}) is inert text, followed by its address
 * only when that is an absolute http address;
 * <li>block quotes and lists nest at most {@link #MAX_NESTING} deep: deeper levels are flattened into
 * the deepest allowed one, content kept (94 nested {@code >} once broke the PDF);
 * <li>maths ({@code $...$}, {@code $$...$$}) is kept verbatim in {@code <span class="math">} for
 * the page's typesetter (KaTeX) and the PDF's (MathML), never read as Markdown.
 * </ul>
 * commonmark writes void elements as {@code <br />}, so the output is also well-formed XHTML for the PDF.
 */
public final class Markdown {

    /** Block quotes and lists inside each other: enough for any real document. */
    public static final int MAX_NESTING = 8;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .customInlineContentParserFactory(new MathParser.Factory()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).nodeRendererFactory(SafeInlines::new).build();

    private Markdown() {
    }

    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        flattenDeepNesting(document);
        return RENDERER.render(document);
    }

    /**
     * Unwraps every block quote or list nested deeper than {@link #MAX_NESTING}, moving its content up.
     * Iterative: a document of 10,000 nested quotes must not exhaust the stack here (nor, once
     * flattened, in the renderer).
     */
    static void flattenDeepNesting(Node document) {
        Deque<Map.Entry<Node, Integer>> todo = new ArrayDeque<>();
        todo.push(Map.entry(document, 0));
        while (!todo.isEmpty()) {
            Map.Entry<Node, Integer> entry = todo.pop();
            int depth = entry.getValue();
            Node child = entry.getKey().getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                if (!(child instanceof Block)) {
                    child = next;
                    continue;
                }
                boolean nests = child instanceof BlockQuote || child instanceof ListBlock;
                if (nests && depth >= MAX_NESTING) {
                    Node moved = unwrap(child);
                    child = moved != null ? moved : next;
                    continue;
                }
                todo.push(Map.entry(child, nests ? depth + 1 : depth));
                child = next;
            }
        }
    }

    /** Puts the content of {@code node} (of each item, for a list) in its place; returns the first piece. */
    private static Node unwrap(Node node) {
        Node first = null;
        for (Node c = node.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (node instanceof ListBlock && c instanceof ListItem) {
                for (Node inner = c.getFirstChild(); inner != null; ) {
                    Node innerNext = inner.getNext();
                    node.insertBefore(inner);
                    first = first == null ? inner : first;
                    inner = innerNext;
                }
            } else {
                node.insertBefore(c);
                first = first == null ? c : first;
            }
            c = next;
        }
        node.unlink();
        return first;
    }

    /** The host of an absolute https link, or null when the link must stay inert. */
    static String httpsHost(String destination) {
        URI uri = absoluteWeb(destination);
        return uri != null && "https".equalsIgnoreCase(uri.getScheme()) ? uri.getHost() : null;
    }

    /**
     * An absolute http(s) address shown as text beside an inert link or an image, so the reader knows
     * where it pointed; anything else (a path on Redline, {@code javascript:}, {@code data:}) is not shown.
     */
    static String webAddress(String destination) {
        URI uri = absoluteWeb(destination);
        return uri == null ? null : uri.toString();
    }

    private static URI absoluteWeb(String destination) {
        try {
            URI uri = new URI(destination.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isEmpty() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Images, links and maths as described on the class. */
    private record SafeInlines(HtmlNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class, Link.class, MathSpan.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            switch (node) {
                case MathSpan math -> {
                    html.tag("span", attributes("class", math.display ? "math math-display" : "math math-inline"));
                    html.text(math.tex);
                    html.tag("/span");
                }
                case Image image -> {
                    String address = webAddress(image.getDestination());
                    html.text("[image: " + text(image) + (address == null ? "" : " (" + address + ")") + "]");
                }
                case Link link -> {
                    String host = httpsHost(link.getDestination());
                    if (host == null) {
                        html.tag("span", attributes("class", "link-inert"));
                        children(link);
                        html.tag("/span");
                        String address = webAddress(link.getDestination());
                        if (address != null) {
                            html.text(" (" + address + ")");
                        }
                        return;
                    }
                    html.tag("a", attributes("href", context.encodeUrl(link.getDestination().strip()),
                            "rel", "noopener noreferrer nofollow", "target", "_blank", "class", "link-external"));
                    children(link);
                    html.tag("/a");
                    html.tag("span", attributes("class", "link-host"));
                    html.text(" (" + host + ")");
                    html.tag("/span");
                }
                default -> throw new IllegalArgumentException("not a node of this renderer: " + node);
            }
        }

        /** Attributes in the order given, so the same text always renders to the same bytes. */
        private static Map<String, String> attributes(String... namesAndValues) {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                map.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return map;
        }

        private void children(Node parent) {
            for (Node c = parent.getFirstChild(); c != null; ) {
                Node next = c.getNext();
                context.render(c);
                c = next;
            }
        }

        private static String text(Node node) {
            StringBuilder alt = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(org.commonmark.node.CustomNode custom) {
                    if (custom instanceof MathSpan math) {
                        alt.append(math.tex);
                    }
                }
            });
            return alt.toString();
        }
    }
}
