package dev.redline.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.redline.assessments.Assessments;
import dev.redline.assessments.IntegritySignals;
import dev.redline.audit.AuditLog;
import dev.redline.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The committee report end to end: an assessment of the test bank's "tester" role (policy
 * {@code api-bank/policies/tester.yaml}: coding red line 60%) whose candidate finished without submitting,
 * scored by two interviewers over the scorecard API who are 2 levels apart on quality leadership. The API
 * with real bearer tokens (committee and admin read, an interviewer gets 403); the staff pages, the PDF and
 * the decision form with {@code @TestSecurity}, since they sign in with the code flow.
 */
@QuarkusTest
class ReportResourceTest {

    static final Pattern CSRF = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"");
    static final String INES = StaffTokens.token("ines", "interviewer");
    static final String IAN = StaffTokens.token("ian", "interviewer");

    @Inject
    Assessments assessments;

    @Inject
    IntegritySignals signals;

    @Inject
    DataSource ds;

    String id;

    @BeforeEach
    void finishedAssessmentWithTwoScorecards() {
        id = testerAssessment("Grace Hopper", "grace@example.com");
        assign("ines", "leadership");
        assign("ian", "quality");
        scorecard(INES, "leadership", "HIRE", Map.of(
                "people-management", Map.of("rating", 4, "evidence", "grew two leads into managers"),
                "quality-leadership", Map.of("rating", 3, "evidence", "")));
        scorecard(IAN, "quality", "NO_HIRE", Map.of(
                "people-management", Map.of("rating", 3, "evidence", ""),
                "quality-leadership", Map.of("rating", 1, "evidence", "blamed QA for the last outage")));
        assessments.start(id);
        signals.record(id, "sum", IntegritySignals.Kind.PASTE, 1200);
        assertThat(assessments.finish(id)).isTrue();
    }

    static String testerAssessment(String name, String email) {
        return given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("candidateName", name, "candidateEmail", email, "template", "tester"))
                .post("/api/admin/assessments").then().statusCode(201).extract().path("assessment.id");
    }

    void assign(String interviewer, String interview) {
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("interviewer", interviewer, "interview", interview))
                .post("/api/admin/assessments/" + id + "/assignments").then().statusCode(204);
    }

    void scorecard(String token, String interview, String recommendation, Map<String, Object> ratings) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "PEOPLE", "subject", interview, "content", Map.of("notes", "notes of "
                        + interview, "recommendation", recommendation, "ratings", ratings)))
                .put("/api/assessments/" + id + "/scorecards/mine").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "PEOPLE", "subject", interview))
                .post("/api/assessments/" + id + "/scorecards/mine/submit").then().statusCode(200);
    }

    @Test
    void theCommitteeGetsTheReportAsJsonWithTheRedLineFirst() {
        given().auth().oauth2(StaffTokens.committee()).get("/api/reports/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("candidate.name", equalTo("Grace Hopper"))
                .body("role.template", equalTo("tester"))
                .body("status", equalTo("FINISHED"))
                .body("policy.outcome", equalTo("NO_HIRE"))
                .body("policy.redLineFailed", equalTo(true))
                .body("policy.headline", containsString("below the red line of 60%"))
                .body("policy.technical[0].id", equalTo("red-line.coding"))
                .body("policy.technical[0].outcome", equalTo("FAIL"))
                .body("exercises", hasSize(1))
                .body("exercises[0].id", equalTo("sum"))
                .body("exercises[0].state", equalTo("NOT_SUBMITTED"))
                .body("exercises[0].percent", equalTo(0))
                .body("exercises[0].attempts", equalTo(0))
                .body("rubric.interviewers.interviewer", equalTo(java.util.List.of("ian", "ines")))
                .body("rubric.competencies.find { it.id == 'quality-leadership' }.disagreement", equalTo(true))
                .body("rubric.competencies.find { it.id == 'quality-leadership' }.min", equalTo(1))
                .body("rubric.competencies.find { it.id == 'people-management' }.mean", equalTo(3.5f))
                .body("rubric.interviewers.find { it.interviewer == 'ian' }.ratings.'quality-leadership'.evidence",
                        equalTo("blamed QA for the last outage"))
                .body("integrity.note", containsString("many honest reasons"))
                .body("integrity.signals[0].kind", equalTo("PASTE"))
                .body("integrity.signals[0].total", equalTo(1200))
                .body("decisions", hasSize(0));
        given().auth().oauth2(StaffTokens.admin()).get("/api/reports/" + id).then().statusCode(200);
        given().auth().oauth2(StaffTokens.committee()).get("/api/reports/no-such-assessment").then().statusCode(404)
                .body("error", equalTo("not found"));
    }

    @Test
    void theCommitteeGetsTheListAsCsv() {
        String csv = given().auth().oauth2(StaffTokens.committee())
                .get("/api/reports.csv?status=finished&sort=candidate").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertThat(csv).startsWith("id,candidate,email,role,status,policy_outcome,committee_decision");
        assertThat(csv).contains(id + ",Grace Hopper,grace@example.com,Test Lead,FINISHED,NO_HIRE,,");
        given().auth().oauth2(StaffTokens.committee()).get("/api/reports.csv?status=INVITED").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(id)));
        given().auth().oauth2(StaffTokens.committee()).get("/api/reports.csv?sort=salary").then().statusCode(400)
                .body("detail", containsString("candidate"));
    }

    /**
     * One interviewer, two interviews: a Strong Yes with evidence in one, a Yes in the other. Both ratings,
     * every evidence, note and recommendation reach the JSON, the page and the PDF, and both count.
     */
    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void noSubmittedTextIsLostWhenOneInterviewerRunsTwoInterviews() throws Exception {
        String other = id;
        id = testerAssessment("Two Interviews", "two@example.com");
        assertThat(id).isNotEqualTo(other);
        assign("ines", "leadership");
        assign("ines", "quality");
        scorecard(INES, "leadership", "STRONG_HIRE", Map.of(
                "people-management", Map.of("rating", 4, "evidence", "rebuilt the platform team calmly"),
                "quality-leadership", Map.of("rating", 4, "evidence", "stopped a risky launch twice")));
        scorecard(INES, "quality", "NO_HIRE", Map.of(
                "people-management", Map.of("rating", 3, "evidence", "coached one lead weekly"),
                "quality-leadership", Map.of("rating", 3, "evidence", "tests mostly at the end")));
        List<String> texts = List.of("rebuilt the platform team calmly", "stopped a risky launch twice",
                "coached one lead weekly", "tests mostly at the end", "notes of leadership", "notes of quality",
                "Strong hire", "No hire");

        String json = given().auth().oauth2(StaffTokens.committee()).get("/api/reports/" + id).then()
                .statusCode(200)
                .body("rubric.interviewers.interviewer", equalTo(List.of("ines (leadership)", "ines (quality)")))
                .body("rubric.interviewers.recommendation", equalTo(List.of("STRONG_HIRE", "NO_HIRE")))
                .body("rubric.competencies.find { it.id == 'quality-leadership' }.count", equalTo(2))
                .body("rubric.competencies.find { it.id == 'quality-leadership' }.max", equalTo(4))
                .body("policy.people.find { it.id == 'people.scorecards' }.outcome", equalTo("PASS"))
                .extract().asString();
        assertThat(json).contains(texts.subList(0, 6));
        String page = given().get("/staff/reports/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains(texts).contains("ines (leadership)", "ines (quality)");
        byte[] pdf = given().get("/staff/reports/" + id + ".pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(texts).contains("ines (leadership)", "ines (quality)");
        }
    }

    /** Revoked before it started: listed and reported as Revoked, never as the policy's No hire on zeros. */
    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void aRevokedAssessmentThatNeverStartedIsRevokedNotNoHire() {
        String revoked = testerAssessment("Never Started", "n@example.com");
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON).body("{}")
                .post("/api/admin/assessments/" + revoked + "/revoke").then().statusCode(200);

        given().auth().oauth2(StaffTokens.committee()).get("/api/reports/" + revoked).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("policy.outcome", equalTo("REVOKED"))
                .body("policy.label", equalTo("Revoked")).body("policy.technical", hasSize(0))
                .body("policy.redLineFailed", equalTo(false));
        String csv = given().auth().oauth2(StaffTokens.committee()).get("/api/reports.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(revoked + ",Never Started,n@example.com,Test Lead,REVOKED,REVOKED,");
        String list = given().get("/staff/reports").then().statusCode(200).extract().asString();
        String row = list.substring(list.indexOf("data-id=\"" + revoked + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("data-outcome=\"REVOKED\"", ">Revoked<").doesNotContain("No hire");
        String page = given().get("/staff/reports/" + revoked).then().statusCode(200).extract().asString();
        String banner = page.substring(page.indexOf("id=\"decision-banner\""));
        banner = banner.substring(0, banner.indexOf("</section>"));
        assertThat(banner).contains(">Revoked<", "tone-revoked").doesNotContain("No hire");
    }

    @Test
    void interviewersAndStrangersCannotReadReports() {
        given().auth().oauth2(StaffTokens.interviewer()).get("/api/reports/" + id).then().statusCode(403)
                .body("error", equalTo("forbidden"));
        given().auth().oauth2(StaffTokens.interviewer()).get("/api/reports.csv").then().statusCode(403);
        given().get("/api/reports/" + id).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void thePageShowsTheDecisionTheChartsAndTheSplitPanel() throws Exception {
        String page = given().get("/staff/reports/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("Grace Hopper", "No hire", "below the red line of 60%", "<svg",
                "chart-scores", "chart-competencies", "id=\"rubric-matrix\"", "Split: 1 to 3",
                "blamed QA for the last outage", "many honest reasons", "/staff/reports/" + id + ".pdf",
                "action=\"/staff/reports/" + id + "/decision\"");
        assertThat(page.indexOf("technical-rules")).as("the technical gate comes first")
                .isLessThan(page.indexOf("people-rules"));
        java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                "reports")).resolve("report.html"), page);   // for a human look
        String list = given().get("/staff/reports?sort=candidate&dir=asc").then().statusCode(200).extract().asString();
        assertThat(list).contains("Grace Hopper", "/staff/reports/" + id, "aria-sort=\"ascending\"");
        given().get("/staff/reports/" + id + ".json").then().statusCode(200).body("candidate.name",
                equalTo("Grace Hopper"));
        given().get("/staff/calibration").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void thePdfHoldsTheCandidateTheDecisionAndTheRedLine() throws Exception {
        Response r = given().get("/staff/reports/" + id + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().response();
        byte[] pdf = r.asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Grace Hopper", "No hire", "Coding red line",
                    "the coding score 0% is below the red line of 60%", "blamed QA for the last outage",
                    "many honest reasons exist");
            // kept for a human look: target/reports/report.pdf and its first page as an image
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
            java.nio.file.Files.write(dir.resolve("report.pdf"), pdf);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 80),
                    "png", dir.resolve("report-page-1.png").toFile());
        }
    }

    @Test
    @TestSecurity(user = "carl", roles = "committee")
    void theCommitteeRecordsADecisionWithARationaleButNeverAHireBelowTheRedLine() throws Exception {
        Map<String, String> cookies = new HashMap<>();
        Response page = given().get("/staff/reports/" + id).then().statusCode(200).extract().response();
        cookies.putAll(page.cookies());
        Matcher m = CSRF.matcher(page.asString());
        assertThat(m.find()).isTrue();

        given().cookies(cookies).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam(m.group(1), m.group(2)).formParam("outcome", "HIRE").formParam("rationale", "great leader")
                .post("/staff/reports/" + id + "/decision").then().statusCode(409)
                .body(containsString("red line failed"));
        given().cookies(cookies).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam(m.group(1), m.group(2)).formParam("outcome", "NO_HIRE").formParam("rationale", " ")
                .post("/staff/reports/" + id + "/decision").then().statusCode(400)
                .body(containsString("rationale"));
        given().cookies(cookies).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("outcome", "NO_HIRE").formParam("rationale", "no CSRF token")
                .post("/staff/reports/" + id + "/decision").then().statusCode(400);
        given().cookies(cookies).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam(m.group(1), m.group(2)).formParam("outcome", "NO_HIRE")
                .formParam("rationale", "Below the coding red line; the panel was split on quality.")
                .post("/staff/reports/" + id + "/decision").then().statusCode(303)
                .header("Location", containsString("/staff/reports/" + id));

        given().get("/staff/reports/" + id + ".json").then().statusCode(200)
                .body("decisions", hasSize(1))
                .body("decisions[0].outcome", equalTo("NO_HIRE"))
                .body("decisions[0].policyOutcome", equalTo("NO_HIRE"))
                .body("decisions[0].decidedBy", equalTo("carl"));
        assertThat(AuditLog.about(ds, id)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("committee.decide");
            assertThat(e.actor()).isEqualTo("carl");
            assertThat(e.detail()).contains("NO_HIRE").contains("split on quality");
        });
        assertThat(given().get("/staff/reports?decision=NO_HIRE").then().statusCode(200).extract().asString())
                .contains(id);
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void adminsReadReportsAndCalibrateButDoNotDecide() {
        String page = given().get("/staff/reports/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("Grace Hopper").doesNotContain("/decision\"");
        String calibration = given().get("/staff/calibration").then().statusCode(200).extract().asString();
        assertThat(calibration).contains("data-interviewer=\"ian\"", "data-interviewer=\"ines\"");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("outcome", "HIRE")
                .formParam("rationale", "x").post("/staff/reports/" + id + "/decision").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ines", roles = "interviewer")
    void interviewersDoNotSeeTheCommitteePages() {
        given().get("/staff/reports").then().statusCode(403);
        given().get("/staff/reports/" + id).then().statusCode(403);
        given().get("/staff/reports/" + id + ".pdf").then().statusCode(403);
    }
}
