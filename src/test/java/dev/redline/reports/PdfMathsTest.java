package dev.redline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.text.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The PDF's TeX-to-MathML step on its own: pure code over a DOM, so plain JUnit. */
class PdfMathsTest {

    static final Pattern MATH = Pattern.compile("(?s)<span class=\"math (math-inline|math-display)\">(.*?)</span>");

    @Test
    void aFormulaBecomesMathMlAndAnUnreadableOneStaysAsTex() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        assertThat(PdfMaths.INSTANCE.mathml(doc, "\\frac{a}{b} \\le 10^{6}", false)).isNotNull()
                .extracting(e -> e.getLocalName()).isEqualTo("math");
        assertThat(PdfMaths.INSTANCE.mathml(doc, "\\notacommand{x}", false)).isNull();
    }

    @Test
    void katexOnlyCommandsAreRewrittenToWhatSnuggleTexReads() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        assertThat(PdfMaths.supported("\\text{price} \\times \\textbf{x}")).isEqualTo(
                "\\mbox{price} \\times \\textbf{x}");
        assertThat(PdfMaths.supported("\\left\\lceil \\frac{p}{2} \\right\\rceil + \\left( x \\right)"))
                .isEqualTo("\\lceil \\frac{p}{2} \\rceil + \\left( x \\right)");
        assertThat(PdfMaths.supported("1, \\dots, n \\dotsc")).isEqualTo("1, \\ldots, n \\dotsc");
        Element text = PdfMaths.INSTANCE.mathml(doc, "\\text{amount} = 1", false);
        assertThat(text).isNotNull();
        assertThat(text.getTextContent()).contains("amount");
        assertThat(PdfMaths.INSTANCE.mathml(doc, "\\left\\lceil x \\right\\rceil", true).getTextContent())
                .contains("\u2308", "x", "\u2309");
    }

    @Test
    void aFormulaLeftAsTexIsBoxedWithANote() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element p = doc.createElement("p");
        doc.appendChild(p);
        Element span = doc.createElement("span");
        span.setAttribute("class", "math math-inline");
        span.setTextContent("\\notacommand{x}");
        p.appendChild(span);
        PdfMaths.INSTANCE.mutateDocument(doc);
        assertThat(span.getAttribute("class")).contains("math-source");
        assertThat(span.getTextContent()).isEqualTo("\\notacommand{x}");
        Element note = (Element) span.getNextSibling();
        assertThat(note.getAttribute("class")).isEqualTo("math-note");
        assertThat(note.getTextContent()).isEqualTo(PdfMaths.SOURCE_NOTE);
    }

    @Test
    void everyBankFormulaConverts() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        List<String> all = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("problems"))) {
            for (Path md : dirs.map(d -> d.resolve("statement")).filter(Files::isDirectory)
                    .flatMap(PdfMathsTest::markdown).toList()) {
                Matcher m = MATH.matcher(Markdown.html(Files.readString(md)));
                while (m.find()) {
                    String tex = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                    all.add(tex);
                    if (PdfMaths.INSTANCE.mathml(doc, tex, m.group(1).equals("math-display")) == null) {
                        failed.add(tex);
                    }
                }
            }
        }
        System.out.println("PdfMaths: " + (all.size() - failed.size()) + " of " + all.size()
                + " bank formulas as MathML; as TeX: " + failed);
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(failed).as("bank formulas SnuggleTeX cannot read").isEmpty();
    }

    private static Stream<Path> markdown(Path statementDir) {
        try (Stream<Path> files = Files.list(statementDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
