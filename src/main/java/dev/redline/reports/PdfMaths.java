package dev.redline.reports;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.ac.ed.ph.snuggletex.SnuggleEngine;
import uk.ac.ed.ph.snuggletex.SnuggleInput;
import uk.ac.ed.ph.snuggletex.SnuggleSession;

/**
 * Maths in the PDF. A page typesets {@code <span class="math">} with KaTeX in the browser, but
 * openhtmltopdf runs no script: here SnuggleTeX turns each formula's TeX into MathML on the server and
 * openhtmltopdf's MathML drawer (JEuclid) draws it. TeX that KaTeX reads but SnuggleTeX does not is
 * first rewritten to its SnuggleTeX equivalent ({@link #supported}); a formula SnuggleTeX still cannot
 * read stays as its TeX source in a monospace box ({@code math-source}) with a note saying so, readable,
 * never dropped and never an error for the whole PDF.
 */
final class PdfMaths implements FSDOMMutator {

    static final PdfMaths INSTANCE = new PdfMaths();

    /** Shown after a formula left as TeX, so a reader knows the box is source, not a typeset formula. */
    static final String SOURCE_NOTE = " (formula shown as TeX)";

    /**
     * KaTeX commands SnuggleTeX 1.3 rejects (each an error, checked one by one), and what it reads
     * instead: {@code \text} is not one of its commands ({@code \mbox} is the same text in maths),
     * nor is {@code \dots}; {@code \left}/{@code \right} take only the delimiters it knows, and the
     * ceiling and floor brackets are not among them (they are drawn unstretched instead).
     */
    private static final List<Map.Entry<Pattern, String>> REWRITES = List.of(
            Map.entry(Pattern.compile("\\\\text(?![a-zA-Z])"), "\\mbox"),
            Map.entry(Pattern.compile("\\\\dots(?![a-zA-Z])"), "\\ldots"),
            Map.entry(Pattern.compile("\\\\(?:left|right)\\s*(?=\\\\[lr](?:ceil|floor)(?![a-zA-Z]))"), ""));

    private final SnuggleEngine engine = new SnuggleEngine();

    private PdfMaths() {
    }

    @Override
    public void mutateDocument(Document document) {
        NodeList spans = document.getElementsByTagName("span");
        List<Element> maths = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if ((" " + span.getAttribute("class") + " ").contains(" math ")) {
                maths.add(span);
            }
        }
        for (Element span : maths) {
            boolean display = span.getAttribute("class").contains("math-display");
            Element math = mathml(span.getOwnerDocument(), span.getTextContent(), display);
            if (math == null) {
                span.setAttribute("class", span.getAttribute("class") + " math-source");
                Element note = span.getOwnerDocument().createElement("span");
                note.setAttribute("class", "math-note");
                note.setTextContent(SOURCE_NOTE);
                span.getParentNode().insertBefore(note, span.getNextSibling());
                continue;
            }
            while (span.getFirstChild() != null) {
                span.removeChild(span.getFirstChild());
            }
            span.appendChild(math);
        }
    }

    /** {@code tex} with the commands SnuggleTeX lacks replaced by ones it reads (see {@link #REWRITES}). */
    static String supported(String tex) {
        String out = tex;
        for (Map.Entry<Pattern, String> rewrite : REWRITES) {
            out = rewrite.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(rewrite.getValue()));
        }
        return out;
    }

    /** The MathML of {@code tex} (after {@link #supported}), or null when SnuggleTeX reports an error. */
    Element mathml(Document document, String source, boolean display) {
        String tex = supported(source);
        try {
            SnuggleSession session = engine.createSession();
            if (!session.parseInput(new SnuggleInput(display ? "\\[" + tex + "\\]" : "$" + tex + "$"))
                    || !session.getErrors().isEmpty()) {
                return null;
            }
            Element holder = document.createElement("span");
            session.buildDOMSubtree(holder);
            if (!session.getErrors().isEmpty()) {
                return null;
            }
            for (Node n = holder.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "math".equals(e.getLocalName() != null ? e.getLocalName() : e.getNodeName())) {
                    return e;
                }
            }
            return null;
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }
}
