package dev.redline.reports;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.ArrayList;
import java.util.List;
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
 * openhtmltopdf's MathML drawer (JEuclid) draws it. A formula SnuggleTeX cannot read stays as its TeX
 * source in a monospace span ({@code math-source}), readable, never an error for the whole PDF.
 */
final class PdfMaths implements FSDOMMutator {

    static final PdfMaths INSTANCE = new PdfMaths();

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
                continue;
            }
            while (span.getFirstChild() != null) {
                span.removeChild(span.getFirstChild());
            }
            span.appendChild(math);
        }
    }

    /** The MathML of {@code tex}, or null when SnuggleTeX reports an error. */
    Element mathml(Document document, String tex, boolean display) {
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
