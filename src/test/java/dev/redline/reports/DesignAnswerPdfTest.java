package dev.redline.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.assessments.AssessmentService;
import dev.redline.assessments.Assessments;
import dev.redline.assessments.Drafts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Whatever a candidate writes, the committee's PDF is produced and holds their text: 94 nested quotes
 * once made it a 500 (the XML depth limit), so 94 and 10,000 nested quotes and lists here, and a
 * document with maths, which the PDF draws from MathML.
 */
@QuarkusTest
class DesignAnswerPdfTest {

    @Inject
    AssessmentService service;

    @Inject
    Assessments assessments;

    @Inject
    Drafts drafts;

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void deeplyNestedQuotesAndListsStillMakeAPdfWithTheCandidatesText() throws Exception {
        for (int depth : new int[] {94, 10_000}) {
            String answer = ">".repeat(depth) + " quoted marker " + depth + "\n\n" + "- ".repeat(depth)
                    + "listed marker " + depth + "\n\n" + "1. ".repeat(Math.min(depth, 2_000)) + "numbered marker\n";
            String text = pdfText(answerIn("Deep " + depth, answer), "deep-" + depth);
            assertThat(text).contains("quoted marker " + depth).contains("listed marker " + depth)
                    .contains("numbered marker");
        }
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void mathsInADesignAnswerIsDrawnInThePdf() throws Exception {
        String text = pdfText(answerIn("Maths", "# Estimates\n\nAbout $n \\cdot 10^6$ uploads a day, so\n\n"
                + "$$\\frac{10^6}{86400} \\approx 12$$\n\nper second; unreadable: $\\notacommand{x}$ stays as TeX.\n"),
                "maths");
        assertThat(text).contains("Estimates").contains("uploads a day").contains("\\notacommand{x}")
                .doesNotContain("\\frac").doesNotContain("\\cdot");
    }

    private String answerIn(String candidate, String markdown) {
        String id = service.create(candidate, "deep@example.com", "designer", URI.create("http://127.0.0.1/"), "test")
                .assessment().id();
        assessments.start(id);
        drafts.save(id, "design-sample", "markdown", markdown, 0);
        assertThat(assessments.finish(id)).isTrue();
        return id;
    }

    private static String pdfText(String id, String name) throws Exception {
        byte[] pdf = given().get("/staff/reports/" + id + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Path dir = Files.createDirectories(Path.of("target", "reports"));
        Files.write(dir.resolve("design-" + name + ".pdf"), pdf);   // for a human look
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (name.equals("maths")) {
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(
                        doc.getNumberOfPages() - 1, 90), "png", dir.resolve("design-maths.png").toFile());
            }
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
