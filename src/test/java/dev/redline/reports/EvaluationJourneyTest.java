package dev.redline.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.redline.evaluation.ScorecardContent;
import dev.redline.evaluation.ScorecardKind;
import dev.redline.evaluation.Scorecards;
import dev.redline.testing.BrowserTest;
import dev.redline.testing.Browsers;
import dev.redline.testing.KeycloakServer;
import dev.redline.testing.RealKeycloakProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The evaluation in a real browser against a real Keycloak: an admin creates an assessment and assigns
 * an interviewer; the candidate submits a wrong answer (HTTP, as the candidate journey is tested on its
 * own); the interviewer signs in and scores; a committee member opens the report, sees No hire with the
 * red-line explanation and the charts, records the decision and downloads the PDF, whose text is the
 * report's. Screenshots in target/screenshots.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class EvaluationJourneyTest extends BrowserTest {

    static final Pattern CSRF = Pattern.compile("name=\"(csrf-token)\" value=\"([^\"]+)\"");

    @Inject
    Scorecards scorecards;

    @Test
    void anInterviewerScoresAndTheCommitteeReadsTheRedLineInTheReportAndItsPdf() throws Exception {
        String assessmentId;
        String link;
        try (BrowserContext admin = Browsers.context(browser)) {
            Page page = admin.newPage();
            page.navigate(url("/staff/assessments"));
            signIn(page, "demo-admin");
            page.waitForURL(url("/staff/assessments"));
            page.fill("#candidateName", "Linus Redline");
            page.fill("#candidateEmail", "linus@example.com");
            page.selectOption("#template", "tester");
            page.click("#create");
            link = page.locator("#invitation-link").inputValue();
            assessmentId = page.locator("tr.assessment-row", new Page.LocatorOptions().setHasText("Linus Redline"))
                    .first().getAttribute("data-id");
            page.navigate(url("/staff/assessments/" + assessmentId + "/interviewers"));
            page.fill("#interviewer-leadership", "demo-interviewer");
            page.locator("tr.slot-row[data-interview=leadership] button").click();
            assertThat(page.locator("tr.slot-row[data-interview=leadership] .assigned")).hasText("demo-interviewer");
            Browsers.screenshot(page, "20-admin-assigns-interviewer");
        }

        candidateSubmitsAWrongAnswerAndFinishes(link);
        // a second interviewer's scorecard, so the policy has the two it asks for
        scorecards.assign(new dev.redline.evaluation.Assignment(assessmentId, "priya", "quality"), "test");
        scorecards.save(assessmentId, "priya", ScorecardKind.PEOPLE, "quality", new ScorecardContent("notes",
                Map.of("people-management", new ScorecardContent.Item(3, "ran a reorg well"),
                        "quality-leadership", new ScorecardContent.Item(4, "defined a release bar and held it")),
                "HIRE"));
        scorecards.submit(assessmentId, "priya", ScorecardKind.PEOPLE, "quality");

        try (BrowserContext interviewer = Browsers.context(browser)) {
            Page page = interviewer.newPage();
            page.navigate(url("/staff/interviews"));
            signIn(page, "demo-interviewer");
            page.waitForURL(url("/staff/interviews"));
            page.locator("#interviews tr.interview-row a", new Page.LocatorOptions().setHasText("Linus Redline"))
                    .first().click();
            page.locator("input[name=\"rating-people-management\"][value=\"4\"]").check();
            page.locator("input[name=\"rating-quality-leadership\"][value=\"3\"]").check();
            page.locator("select[name=\"recommendation\"]").selectOption("HIRE");
            page.locator("button[name=\"action\"][value=\"submit\"]").click();
            assertThat(page.locator("#form-error")).containsText("Strong Yes");   // evidence is required
            page.locator("textarea[name=\"evidence-people-management\"]")
                    .fill("Built and kept a team of 40 through two reorganisations; concrete numbers.");
            page.locator("button[name=\"action\"][value=\"submit\"]").click();
            assertThat(page.locator("#scorecard-status")).hasAttribute("data-status", "submitted");
            Browsers.screenshot(page, "21-interviewer-submitted");
        }

        try (BrowserContext committee = Browsers.context(browser)) {
            Page page = committee.newPage();
            page.navigate(url("/staff/reports"));
            signIn(page, "demo-committee");
            page.waitForURL(url("/staff/reports"));
            page.locator("a", new Page.LocatorOptions().setHasText("Linus Redline")).first().click();
            page.waitForURL(url("/staff/reports/" + assessmentId));
            assertThat(page.locator("#decision-banner")).containsText("No hire");
            assertThat(page.locator("#technical-rules")).containsText("red line");
            assertThat(page.locator("#charts svg")).hasCount(2);
            assertThat(page.locator("#rubric-matrix")).containsText("demo-interviewer");
            Browsers.screenshot(page, "22-committee-report");

            page.locator("#outcome-NO_HIRE").check();
            page.fill("#rationale", "Below the coding red line; the people signals do not change that.");
            page.click("#record-decision");
            assertThat(page.locator("#committee-decision")).containsText("Below the coding red line");

            Download download = page.waitForDownload(() -> page.click("#export-pdf"));
            Path pdf = Browsers.SCREENSHOTS.resolve("22-committee-report.pdf");
            download.saveAs(pdf);
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Linus Redline").contains("No hire").contains("red line");
            }
        }
    }

    /** The candidate's side over HTTP: open the link, start, submit a wrong answer, wait, finish. */
    private void candidateSubmitsAWrongAnswerAndFinishes(String link) throws Exception {
        RestAssured.baseURI = url("");
        try {
            Map<String, String> cookies = new java.util.HashMap<>(RestAssured.given().redirects().follow(false)
                    .get(link.substring(link.indexOf("/invite/"))).then().statusCode(303).extract().cookies());
            post(cookies, "/candidate", "/candidate/start");
            String id = RestAssured.given().cookies(cookies).contentType(ContentType.JSON)
                    .body(Map.of("language", "python3", "source", "a, b = map(int, input().split())\nprint(a - b)\n"))
                    .post("/api/candidate/exercises/sum/submissions").then().statusCode(202).extract().path("id");
            long deadline = System.currentTimeMillis() + 60_000;
            while (!"JUDGED".equals(RestAssured.given().cookies(cookies).get("/api/candidate/submissions/" + id)
                    .then().extract().path("status"))) {
                assertThat(System.currentTimeMillis()).as("judged within 60 s").isLessThan(deadline);
                Thread.sleep(200);
            }
            post(cookies, "/candidate/exercises/sum", "/candidate/finish");
        } finally {
            RestAssured.reset();
        }
    }

    private static void post(Map<String, String> cookies, String page, String action) {
        var r = RestAssured.given().cookies(cookies).get(page).then().statusCode(200).extract().response();
        cookies.putAll(r.cookies());
        Matcher m = CSRF.matcher(r.asString());
        assertThat(m.find()).isTrue();
        RestAssured.given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                .formParam(m.group(1), m.group(2)).post(action).then().statusCode(303);
    }
}
