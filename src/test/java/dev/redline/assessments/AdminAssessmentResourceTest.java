package dev.redline.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.redline.audit.AuditLog;
import dev.redline.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The admin API: only admins, clear errors, every change audited with its actor. */
@QuarkusTest
class AdminAssessmentResourceTest {

    static final Map<String, String> ADA = Map.of("candidateName", "Ada Lovelace", "candidateEmail",
            "ada@example.com", "template", "tester");

    @Inject
    DataSource ds;

    @Test
    void onlyAdminsManageAssessments() {
        given().contentType(ContentType.JSON).body(ADA).post("/api/admin/assessments").then().statusCode(401);
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(ADA).post("/api/admin/assessments")
                .then().statusCode(401);
        for (String token : new String[] {StaffTokens.interviewer(), StaffTokens.committee()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(ADA).post("/api/admin/assessments")
                    .then().statusCode(403);
            given().auth().oauth2(token).get("/api/admin/assessments").then().statusCode(403)
                    .body("error", equalTo("forbidden"));
        }
    }

    @Test
    void createShowsTheLinkOnceAndEveryChangeIsAudited() {
        var created = given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON).body(ADA)
                .post("/api/admin/assessments").then().statusCode(201)
                .body("link", containsString("/invite/"))
                .body("assessment.status", equalTo("INVITED"))
                .body("assessment.exercises[0]", equalTo("sum"))
                .body("assessment.windowMinutes", equalTo(60))
                .extract().jsonPath();
        String id = created.getString("assessment.id");
        String token = created.getString("link").replaceAll(".*/invite/", "");
        given().auth().oauth2(StaffTokens.admin()).get("/api/admin/assessments/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(token)));

        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON).body(Map.of("minutes", 20))
                .post("/api/admin/assessments/" + id + "/extension").then().statusCode(200)
                .body("extensionMinutes", equalTo(20));
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON).body(Map.of("percent", 25))
                .put("/api/admin/assessments/" + id + "/accommodation").then().statusCode(200)
                .body("accommodationPercent", equalTo(25));
        String second = given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .post("/api/admin/assessments/" + id + "/invitation").then().statusCode(200).extract().path("link");
        assertThat(second).isNotEqualTo(created.getString("link"));
        given().get(created.getString("link").replaceAll(".*(/invite/)", "$1")).then().statusCode(404);
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .post("/api/admin/assessments/" + id + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON).body(Map.of("minutes", 5))
                .post("/api/admin/assessments/" + id + "/extension").then().statusCode(409)
                .body("detail", containsString("nothing was changed"));

        assertThat(AuditLog.about(ds, id)).extracting(AuditLog.Entry::action).containsExactly("assessment.create",
                "assessment.extend", "assessment.accommodate", "assessment.new-link", "assessment.revoke");
        assertThat(AuditLog.about(ds, id)).extracting(AuditLog.Entry::actor).containsOnly("alice-admin");
    }

    @Test
    void badRequestsSayWhatToFixAndCreateNothing() {
        int before = given().auth().oauth2(StaffTokens.admin()).get("/api/admin/assessments").then().extract()
                .path("size()");
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("candidateName", "Ada", "candidateEmail", "ada@example.com", "template", "cfo"))
                .post("/api/admin/assessments").then().statusCode(400)
                .body("detail", containsString("no role template 'cfo'")).body("detail", containsString("tester"));
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("candidateName", "Ada", "candidateEmail", "not-an-address", "template", "tester"))
                .post("/api/admin/assessments").then().statusCode(400)
                .body("detail", startsWith("candidateEmail"));
        given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON).body("{\"candidateName\": ")
                .post("/api/admin/assessments").then().statusCode(400).body("error", equalTo("malformed request"));
        given().auth().oauth2(StaffTokens.admin()).get("/api/admin/assessments/nope").then().statusCode(404);
        int after = given().auth().oauth2(StaffTokens.admin()).get("/api/admin/assessments").then().extract()
                .path("size()");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void staffPagesSendAnUnsignedVisitorToSignIn() {
        given().redirects().follow(false).get("/staff/assessments").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"));
    }
}
