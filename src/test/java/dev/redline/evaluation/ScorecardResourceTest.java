package dev.redline.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.redline.audit.AuditLog;
import dev.redline.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Who sees which scorecard, over HTTP with real tokens: an interviewer of another candidate gets 403,
 * nobody reads the others' scorecards before submitting their own, a Strong Yes needs evidence, and
 * changes after submitting are versions in the audit log.
 */
@QuarkusTest
class ScorecardResourceTest {

    static final String INES = StaffTokens.token("ines", "interviewer");
    static final String IAN = StaffTokens.token("ian", "interviewer");
    static final String OSCAR = StaffTokens.token("oscar", "interviewer");

    @Inject
    DataSource ds;

    static String assessment(String name) {
        return given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("candidateName", name, "candidateEmail", "c@example.com", "template", "tester"))
                .post("/api/admin/assessments").then().statusCode(201).extract().path("assessment.id");
    }

    static void assign(String assessment, String interviewer, String interview) {
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("interviewer", interviewer, "interview", interview))
                .post("/api/admin/assessments/" + assessment + "/assignments").then().statusCode(204);
    }

    static io.restassured.response.ValidatableResponse save(String token, String assessment, String interview,
            Map<String, Object> content) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "PEOPLE", "subject", interview, "content", content))
                .put("/api/assessments/" + assessment + "/scorecards/mine").then();
    }

    static io.restassured.response.ValidatableResponse submit(String token, String assessment, String interview) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "PEOPLE", "subject", interview))
                .post("/api/assessments/" + assessment + "/scorecards/mine/submit").then();
    }

    @Test
    void interviewersSeeOnlyTheirCandidatesAndOthersScorecardsOnlyAfterTheirOwn() {
        String a = assessment("Alan Kay");
        String b = assessment("Other Candidate");
        assign(a, "ines", "leadership");
        assign(a, "ian", "quality");
        assign(b, "oscar", "leadership");

        given().auth().oauth2(INES).get("/api/interviews").then().statusCode(200)
                .body("findAll { it.assignment.assessmentId == '" + a + "' }", hasSize(1))
                .body("find { it.assignment.assessmentId == '" + a + "' }.candidateName", equalTo("Alan Kay"));
        given().auth().oauth2(OSCAR).get("/api/assessments/" + a + "/scorecards").then().statusCode(403);
        save(OSCAR, a, "leadership", Map.of("notes", "x")).statusCode(403);
        given().auth().oauth2(OSCAR).get("/api/assessments/" + a + "/scorecards/mine?subject=leadership").then()
                .statusCode(403);
        given().auth().oauth2(INES).get("/api/assessments/" + a + "/scorecards").then().statusCode(403)
                .body("detail", containsString("submit your own scorecard"));

        save(INES, a, "leadership", Map.of("notes", "first impressions",
                "ratings", Map.of("people-management", Map.of("rating", 4, "evidence", "")))).statusCode(200)
                .body("submitted", equalTo(false)).body("version", equalTo(1));
        submit(INES, a, "leadership").statusCode(400)
                .body("detail", containsString("quality-leadership is not rated"))
                .body("detail", containsString("Strong Yes needs written evidence"))
                .body("detail", containsString("recommendation"));
        save(INES, a, "leadership", Map.of("notes", "first impressions", "recommendation", "HIRE",
                "ratings", Map.of("people-management", Map.of("rating", 4, "evidence", "grew two leads into managers"),
                        "quality-leadership", Map.of("rating", 3, "evidence", "")))).statusCode(200);
        save(INES, a, "leadership", Map.of("ratings", Map.of("teleportation", Map.of("rating", 3)))).statusCode(400)
                .body("detail", containsString("teleportation"));
        submit(INES, a, "leadership").statusCode(200).body("submitted", equalTo(true));

        given().auth().oauth2(INES).get("/api/assessments/" + a + "/scorecards").then().statusCode(200)
                .body("interviewer", equalTo(java.util.List.of("ines")));
        given().auth().oauth2(IAN).get("/api/assessments/" + a + "/scorecards").then().statusCode(403);
        given().auth().oauth2(StaffTokens.committee()).get("/api/assessments/" + a + "/scorecards").then()
                .statusCode(200).body("size()", equalTo(1));
        given().auth().oauth2(StaffTokens.committee()).get("/api/interviews").then().statusCode(403);

        save(INES, a, "leadership", Map.of("notes", "after the debrief", "recommendation", "STRONG_HIRE",
                "ratings", Map.of("people-management", Map.of("rating", 4, "evidence", "grew two leads into managers"),
                        "quality-leadership", Map.of("rating", 3, "evidence", "")))).statusCode(200)
                .body("submitted", equalTo(true)).body("version", equalTo(4));
        save(INES, a, "leadership", Map.of("notes", "incomplete now", "recommendation", "HIRE",
                "ratings", Map.of("people-management", Map.of("rating", 4, "evidence", "x")))).statusCode(400);
        assertThat(AuditLog.about(ds, a)).extracting(AuditLog.Entry::action)
                .contains("interview.assign", "scorecard.submit", "scorecard.amend");
        assertThat(AuditLog.about(ds, a).stream().filter(e -> e.action().equals("scorecard.amend")).findFirst()
                .orElseThrow().detail()).contains("STRONG_HIRE").contains("after the debrief");
    }

    /**
     * An interviewer of a people-only interview cannot write a design review of an exercise their
     * interview does not discuss: it would unlock every other scorecard and feed the design red line.
     */
    @Test
    void aScorecardMustBelongToOneOfTheCallersAssignments() {
        String a = given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("candidateName", "Design Intruder", "candidateEmail", "d@example.com",
                        "template", "designer"))
                .post("/api/admin/assessments").then().statusCode(201).extract().path("assessment.id");
        assign(a, "oscar", "people-chat");
        assign(a, "ines", "design-review");
        Map<String, Object> review = Map.of("architecture", Map.of("rating", 1, "evidence", "none"),
                "offline-uploads", Map.of("rating", 1, "evidence", "none"));
        Map<String, Object> design = Map.of("kind", "DESIGN", "subject", "design-sample", "content",
                Map.of("notes", "private notes of ines", "ratings", review));

        given().auth().oauth2(OSCAR).contentType(ContentType.JSON).body(design)
                .put("/api/assessments/" + a + "/scorecards/mine").then().statusCode(403)
                .contentType(ContentType.JSON).body("error", equalTo("forbidden"))
                .body("detail", containsString("design-sample"));
        given().auth().oauth2(OSCAR).contentType(ContentType.JSON)
                .body(Map.of("kind", "DESIGN", "subject", "design-sample"))
                .post("/api/assessments/" + a + "/scorecards/mine/submit").then().statusCode(403)
                .body("error", equalTo("forbidden"));
        given().auth().oauth2(OSCAR).get("/api/assessments/" + a + "/scorecards/mine?kind=DESIGN&subject=design-sample")
                .then().statusCode(403);
        // A people scorecard of an interview that is not theirs is refused as well, with the same shape.
        save(OSCAR, a, "design-review", Map.of("notes", "x")).statusCode(403).body("error", equalTo("forbidden"));

        // The assigned reviewer's review goes in; the intruder still cannot read it.
        given().auth().oauth2(INES).contentType(ContentType.JSON).body(design)
                .put("/api/assessments/" + a + "/scorecards/mine").then().statusCode(200);
        given().auth().oauth2(INES).contentType(ContentType.JSON)
                .body(Map.of("kind", "DESIGN", "subject", "design-sample"))
                .post("/api/assessments/" + a + "/scorecards/mine/submit").then().statusCode(200);
        given().auth().oauth2(OSCAR).get("/api/assessments/" + a + "/scorecards").then().statusCode(403);
        given().auth().oauth2(StaffTokens.committee()).get("/api/reports/" + a).then().statusCode(200)
                .body("designAnswers[0].reviews.interviewer", equalTo(java.util.List.of("ines")));
    }

    @Test
    void onlyAdminsAssignAndOnlyToInterviewsOfTheKit() {
        String a = assessment("Kit Check");
        given().auth().oauth2(INES).contentType(ContentType.JSON)
                .body(Map.of("interviewer", "ines", "interview", "leadership"))
                .post("/api/admin/assessments/" + a + "/assignments").then().statusCode(403);
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("interviewer", "ines", "interview", "karaoke"))
                .post("/api/admin/assessments/" + a + "/assignments").then().statusCode(400)
                .body("detail", containsString("leadership"));
    }
}
