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
    void theBanksFormulasConvert() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        List<String> all = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("problems"))) {
            for (Path md : dirs.map(d -> d.resolve("statement/problem.en.md")).filter(Files::exists).toList()) {
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
        assertThat(failed.size()).as("formulas left as TeX: " + failed).isLessThanOrEqualTo(all.size() / 10);
    }
}
