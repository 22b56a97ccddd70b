package dev.redline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The server-drawn charts: well-formed SVG (the PDF renderer parses them as XML), the numbers in the
 * picture and in words, and the red line where the axis says it is. Plain JUnit: pure string code.
 */
class ChartsTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Element byClass(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                return e;
            }
        }
        throw new AssertionError("no <" + tag + " class=" + cls + ">");
    }

    @Test
    void scoresAreValidSvgWithTheNumbersAndTheRedLineAtItsHeight() throws Exception {
        String svg = Charts.scores("s", List.of(new Charts.Bar("deployorder", new BigDecimal("72.5")),
                new Charts.Bar("incidentmttr", new BigDecimal("40")), new Charts.Bar("oncall", null)), null,
                new BigDecimal("60"));
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("s-title s-desc");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()).contains("red line");
        String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertThat(desc).contains("deployorder: 72.5%", "incidentmttr: 40%", "oncall: not judged yet",
                "Red line: 60%");
        assertThat(svg).contains(">72.5%<", ">40%<", ">pending<", ">red line 60%<");

        Element line = byClass(doc, "line", "red-line");
        // 0% sits at TOP + PLOT_HEIGHT = 204, 100% at TOP = 24: 60% is 40% of 180 below the top
        assertThat(line.getAttribute("y1")).isEqualTo("96").isEqualTo(line.getAttribute("y2"));
        assertThat(Charts.scoreY(60)).isEqualTo(96.0);
        Element bar = byClass(doc, "rect", "bar");
        assertThat(Double.parseDouble(bar.getAttribute("y"))).isEqualTo(Charts.scoreY(72.5));
        assertThat(Double.parseDouble(bar.getAttribute("y")) + Double.parseDouble(bar.getAttribute("height")))
                .as("bars stand on the 0% line").isEqualTo(Charts.scoreY(0));
    }

    @Test
    void theMeanBarAndAVerdictInWords() throws Exception {
        String svg = Charts.scores("s", List.of(new Charts.Bar("sum", BigDecimal.ZERO)), BigDecimal.ZERO,
                new BigDecimal("60"));
        Document doc = parse(svg);
        assertThat(byClass(doc, "text", "label-mean").getTextContent()).isEqualTo("Coding score");
        assertThat(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .contains("Coding score: 0%").contains("the coding score is below it");
    }

    @Test
    void labelsAreEscapedAndTheSvgStaysWellFormed() throws Exception {
        String svg = Charts.scores("s", List.of(new Charts.Bar("<script>alert(1)</script> & \"x\"\u0001",
                new BigDecimal("10"))), new BigDecimal("10"), null);
        parse(svg);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("\u0001")
                .doesNotContain("red-line\"");
        assertThat(svg).contains("No red line");
    }

    @Test
    void theCompetencyProfileShowsMeanRangeAndTheMinimum() throws Exception {
        String svg = Charts.profile("p", List.of(
                new Charts.Profile("People management", new BigDecimal("2.66"), 2, 4, true),
                new Charts.Profile("Quality leadership", new BigDecimal("3.00"), 3, 3, false)), new BigDecimal("2.5"));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(2);
        Element range = byClass(doc, "line", "range-split");
        // coordinates are written with two decimals
        assertThat(Double.parseDouble(range.getAttribute("x1"))).isCloseTo(Charts.profileX(2), within(0.005));
        assertThat(Double.parseDouble(range.getAttribute("x2"))).isCloseTo(Charts.profileX(4), within(0.005));
        Element minimum = byClass(doc, "line", "minimum-line");
        assertThat(Double.parseDouble(minimum.getAttribute("x1"))).isEqualTo(355.0).isEqualTo(Charts.profileX(2.5));
        String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertThat(desc).contains("People management: mean 2.66, ratings from 2 to 4, interviewers 2 or more levels "
                + "apart").contains("Quality leadership: mean 3.0").contains("minimum per competency: 2.5");
    }

    @Test
    void emptyChartsSaySoAndStayValid() throws Exception {
        parse(Charts.scores("s", List.of(), null, new BigDecimal("60")));
        String profile = Charts.profile("p", List.of(), null);
        parse(profile);
        assertThat(profile).contains("No people-skills ratings submitted yet");
    }
}
