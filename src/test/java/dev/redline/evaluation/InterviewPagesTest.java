package dev.redline.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.redline.assessments.AssessmentService;
import dev.redline.assessments.Drafts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The interviewer's pages, signed in as the interviewer "ines" (the staff sign-in replaced by
 * {@link TestSecurity}): her interviews are listed, the scorecard form posts with its CSRF token, the
 * service's refusals come back on the page with what was typed, a submitted scorecard is what the API
 * returns, the design answer is shown with a design scorecard per dimension, and an interview of
 * someone else is 403.
 */
@QuarkusTest
@TestSecurity(user = "ines", roles = "interviewer")
class InterviewPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"");
    private static final String ANSWER = """
            # Photo backup: design

            ## 1. Architecture

            A queue on the phone. <script>alert('x')</script>

            ## 2. Offline uploads

            The **backup badge** shows what is not safe yet.
            """;

    @Inject
    AssessmentService assessments;

    @Inject
    ScorecardService scorecards;

    @Inject
    Drafts drafts;

    /** A browser: cookies kept, forms posted with the page's CSRF token. */
    static final class Browser {
        final Map<String, String> cookies = new HashMap<>();
        String field;
        String token;

        String get(String path, int status) {
            Response r = RestAssured.given().redirects().follow(false).cookies(cookies).get(path).then()
                    .statusCode(status).extract().response();
            cookies.putAll(r.cookies());
            Matcher m = CSRF.matcher(r.asString());
            if (m.find()) {
                field = m.group(1);
                token = m.group(2);
            }
            return r.asString();
        }

        Response post(String path, Map<String, String> form) {
            var spec = RestAssured.given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                    .formParam(field, token);
            form.forEach(spec::formParam);
            return spec.post(path);
        }
    }

    private String assessment(String candidate, String template, String interviewer, String interview) {
        String id = assessments.create(candidate, "c@example.com", template, URI.create("http://127.0.0.1/"),
                "test-admin").assessment().id();
        scorecards.assign(id, interviewer, interview, "test-admin");
        return id;
    }

    @Test
    void anInterviewerFillsSavesAndSubmitsTheScorecardOnThePage() {
        String a = assessment("Edsger Dijkstra", "tester", "ines", "leadership");
        String page = "/staff/interviews/" + a + "/leadership";
        Browser browser = new Browser();

        String list = browser.get("/staff/interviews", 200);
        assertThat(list).contains("id=\"interviews\"").contains("class=\"interview-row\"")
                .contains("href=\"" + page + "\"").contains("Edsger Dijkstra").contains("Leadership conversation")
                .contains("Not started");

        String form = browser.get(page, 200);
        assertThat(form).contains("name=\"rating-people-management\" value=\"3\"")
                .contains("name=\"rating-quality-leadership\" value=\"4\"")
                .contains("name=\"evidence-people-management\"").contains("name=\"notes\"")
                .contains("name=\"recommendation\"").contains("value=\"STRONG_NO_HIRE\"").contains("value=\"NONE\"")
                .contains("button type=\"submit\" name=\"action\" value=\"save\"")
                .contains("name=\"action\" value=\"submit\"")
                .contains("Required for Strong No and Strong Yes")
                .contains("1 · Strong No").contains("2 · No").contains("3 · Yes").contains("4 · Strong Yes")
                .contains("id=\"scorecard-status\" class=\"scorecard-status\" data-status=\"draft\" data-version=\"0\"")
                .doesNotContain("id=\"form-error\"");

        // without the CSRF token nothing is saved
        RestAssured.given().redirects().follow(false).cookies(browser.cookies).contentType(ContentType.URLENC)
                .formParam("action", "save").post(page).then().statusCode(400);

        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("rating-people-management", "4");
        draft.put("evidence-people-management", "");
        draft.put("notes", "Calm & precise <b>answers</b>");
        draft.put("recommendation", "");
        draft.put("action", "save");
        Response saved = browser.post(page, draft);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).contains(page + "?done=saved");
        String afterSave = browser.get(page + "?done=saved", 200);
        assertThat(afterSave).contains("data-status=\"draft\" data-version=\"1\"")
                .contains("name=\"rating-people-management\" value=\"4\" checked")
                .contains("Calm &amp; precise &lt;b&gt;answers&lt;/b&gt;").contains("Scorecard saved.");

        // incomplete: the service says why, on the page, and what was typed stays
        Map<String, String> incomplete = new LinkedHashMap<>(draft);
        incomplete.put("notes", "second thoughts");
        incomplete.put("action", "submit");
        Response refused = browser.post(page, incomplete);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"form-error\"")
                .contains("quality-leadership is not rated")
                .contains("Strong Yes needs written evidence").contains("recommendation")
                .contains("second thoughts").contains("name=\"rating-people-management\" value=\"4\" checked");

        // evidence without a rating is not silently dropped
        Map<String, String> unrated = new LinkedHashMap<>(draft);
        unrated.put("evidence-quality-leadership", "Wrote the team's testing charter");
        Response kept = browser.post(page, unrated);
        assertThat(kept.statusCode()).isEqualTo(400);
        assertThat(kept.asString()).contains("id=\"form-error\"").contains("choose a rating")
                .contains("quality-leadership").contains("Wrote the team&#39;s testing charter");

        Map<String, String> complete = new LinkedHashMap<>();
        complete.put("rating-people-management", "4");
        complete.put("evidence-people-management", "Grew two leads into managers");
        complete.put("rating-quality-leadership", "3");
        complete.put("evidence-quality-leadership", "");
        complete.put("notes", "Strong on people");
        complete.put("recommendation", "HIRE");
        complete.put("action", "submit");
        Response submitted = browser.post(page, complete);
        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(submitted.header("Location")).contains("done=submitted");

        RestAssured.given().get("/api/assessments/" + a + "/scorecards/mine?kind=PEOPLE&subject=leadership").then()
                .statusCode(200).body("submitted", equalTo(true)).body("content.recommendation", equalTo("HIRE"))
                .body("content.ratings.'people-management'.rating", equalTo(4))
                .body("content.ratings.'people-management'.evidence", equalTo("Grew two leads into managers"))
                .body("content.ratings.'quality-leadership'.rating", equalTo(3))
                .body("content.notes", equalTo("Strong on people"));
        RestAssured.given().get("/api/assessments/" + a + "/scorecards").then().statusCode(200)
                .body("size()", equalTo(1));

        String done = browser.get(page, 200);
        assertThat(done).contains("id=\"scorecard-status\" class=\"scorecard-status\" data-status=\"submitted\"")
                .contains("recorded as a new version")
                .contains("<option value=\"HIRE\" selected>");
        assertThat(browser.get("/staff/interviews", 200)).contains("data-status=\"submitted\"");

        // a change after submitting is a new version, still submitted
        complete.put("notes", "Strong on people; checked references");
        complete.put("action", "save");
        assertThat(browser.post(page, complete).statusCode()).isEqualTo(303);
        RestAssured.given().get("/api/assessments/" + a + "/scorecards/mine?subject=leadership").then()
                .statusCode(200).body("submitted", equalTo(true))
                .body("content.notes", equalTo("Strong on people; checked references"));
    }

    @Test
    void theFormShowsEachCompetencysAnchoredScaleAndSuggestedQuestions() {
        String a = assessment("Grace Hopper", "tester", "ines", "quality");
        String form = new Browser().get("/staff/interviews/" + a + "/quality", 200);
        assertThat(form).contains("<h3 id=\"competency-title-people-management\">People management</h3>")
                .contains("A fixture competency for the API and browser tests.")
                .contains("Shows the opposite of what the role needs, with concrete examples.")
                .contains("Gives concrete, recent examples with their trade-offs and outcomes.")
                .contains("Tell me about a time this went wrong.").contains("What did you change afterwards?")
                .contains("Quality leadership");
    }

    @Test
    void theDesignAnswerIsShownAndScoredPerDimension() {
        String a = assessment("Barbara Liskov", "designer", "ines", "design-review");
        drafts.save(a, "design-sample", "markdown", ANSWER, 0);
        String page = "/staff/interviews/" + a + "/design-review";
        Browser browser = new Browser();

        assertThat(browser.get("/staff/interviews", 200)).contains("0 of 1 submitted");
        String form = browser.get(page, 200);
        assertThat(form).contains("Design review: Photo backup")
                .contains("<h2>1. Architecture</h2>").contains("<strong>backup badge</strong>")
                .contains("&lt;script&gt;alert(").doesNotContain("<script>alert")
                .contains("idempotent with a content hash")   // the guidance, for staff
                .contains("name=\"design-rating-architecture\" value=\"3\"")
                .contains("name=\"design-rating-offline-uploads\" value=\"1\"")
                .contains("name=\"design-evidence-architecture\"").contains("name=\"design-evidence-offline-uploads\"")
                .contains("What happens to photos taken while the phone is offline")
                .contains("name=\"action\" value=\"design-submit\"")
                .contains("id=\"design-status-design-sample\"");

        Map<String, String> design = new LinkedHashMap<>();
        design.put("subject", "design-sample");
        design.put("design-rating-architecture", "3");
        design.put("design-evidence-architecture", "");
        design.put("design-rating-offline-uploads", "1");
        design.put("design-evidence-offline-uploads", "");
        design.put("design-notes", "Thin on failure handling");
        design.put("action", "design-submit");
        Response refused = browser.post(page, design);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"form-error\"").contains("Design review of Photo backup")
                .contains("Strong No needs written evidence").contains("Thin on failure handling");

        design.put("design-evidence-offline-uploads", "Deletes local copies before the server confirms");
        Response submitted = browser.post(page, design);
        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(submitted.header("Location")).contains("done=design-submitted");
        StoredScorecard stored = RestAssured.given()
                .get("/api/assessments/" + a + "/scorecards/mine?kind=DESIGN&subject=design-sample").then()
                .statusCode(200).extract().as(StoredScorecard.class);
        assertThat(stored.submitted()).isTrue();
        assertThat(stored.content().ratings()).containsOnlyKeys("architecture", "offline-uploads");
        assertThat(stored.content().ratings().get("offline-uploads").rating()).isEqualTo(1);
        assertThat(stored.content().recommendation()).isNull();
        assertThat(browser.get(page, 200)).contains("id=\"design-status-design-sample\" class=\"scorecard-status "
                + "design-status\" data-status=\"submitted\"");
        // the people scorecard of the same interview is untouched
        assertThat(browser.get(page, 200)).contains("id=\"scorecard-status\" class=\"scorecard-status\" "
                + "data-status=\"draft\" data-version=\"0\"");

        // a subject that is not a design exercise of this interview
        design.put("subject", "sum");
        assertThat(browser.post(page, design).statusCode()).isEqualTo(400);
    }

    @Test
    void anInterviewOfSomeoneElseIsForbidden() {
        String mine = assessment("Ken Thompson", "tester", "ines", "leadership");
        String theirs = assessment("Dennis Ritchie", "tester", "oscar", "leadership");
        Browser browser = new Browser();
        browser.get("/staff/interviews/" + mine + "/leadership", 200);
        assertThat(browser.get("/staff/interviews", 200)).contains("Ken Thompson").doesNotContain("Dennis Ritchie");

        String other = browser.get("/staff/interviews/" + theirs + "/leadership", 403);
        assertThat(other).contains("not for your role").doesNotContain("Dennis Ritchie");
        Response post = browser.post("/staff/interviews/" + theirs + "/leadership",
                Map.of("action", "save", "notes", "sneaky", "rating-people-management", "3"));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(scorecards.assignments(theirs)).extracting(Assignment::interviewer).containsExactly("oscar");
        // another interview of an assessment she is assigned to is not hers either
        assign(mine, "ian", "quality");
        browser.get("/staff/interviews/" + mine + "/quality", 403);
    }

    private void assign(String assessment, String interviewer, String interview) {
        scorecards.assign(assessment, interviewer, interview, "test-admin");
    }
}
