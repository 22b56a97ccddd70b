package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.redline.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The candidate's answer to a system-design exercise over HTTP: the page configures a Markdown editor
 * with a skeleton built from the prompt's "What to hand in" section, drafts are kept in the language
 * "markdown" (only there), nothing is run or submitted, the preview renders like the interviewers' pages
 * (raw HTML escaped), and the finish page counts the document's words. The test bank's "designer" role
 * template has [sum, design-sample].
 */
@QuarkusTest
class DesignAnswerTest {

    private static final Pattern CSRF = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"");
    private static final Pattern CONFIG = Pattern.compile("data-config=\"([^\"]*)\"");
    private static final String DESIGN = "/api/candidate/exercises/design-sample/";
    private static final String ANSWER = """
            # Photo backup: design

            ## 1. Architecture

            A queue on the phone and resumable uploads. <script>alert(1)</script>

            ## 2. Offline uploads

            Photos wait in the queue; the **backup badge** shows what is not safe yet.
            """;

    @Inject
    DataSource ds;

    @Inject
    CandidateService candidates;

    @Inject
    Assessments assessments;

    /** A candidate of the "designer" template, link opened, started. */
    static final class Candidate {
        final String assessmentId;
        final Map<String, String> cookies = new HashMap<>();

        Candidate(String name) {
            Response created = io.restassured.RestAssured.given().auth().oauth2(StaffTokens.admin())
                    .contentType(ContentType.JSON).body(Map.of("candidateName", name, "candidateEmail",
                            "design@example.com", "template", "designer"))
                    .post("/api/admin/assessments").then().statusCode(201).extract().response();
            assessmentId = created.path("assessment.id");
            String link = created.path("link");
            Response opened = given().get(link.substring(link.indexOf("/invite/"))).then().statusCode(303).extract()
                    .response();
            cookies.putAll(opened.cookies());
        }

        RequestSpecification given() {
            return io.restassured.RestAssured.given().redirects().follow(false).cookies(cookies);
        }

        RequestSpecification json() {
            return given().contentType(ContentType.JSON);
        }

        Response post(String pagePath, String action) {
            Response page = given().get(pagePath).then().statusCode(200).extract().response();
            cookies.putAll(page.cookies());
            Matcher m = CSRF.matcher(page.asString());
            assertThat(m.find()).as("a CSRF field on " + pagePath).isTrue();
            return given().contentType(ContentType.URLENC).formParam(m.group(1), m.group(2)).post(action);
        }

        Candidate start() {
            Response r = post("/candidate", "/candidate/start");
            assertThat(r.statusCode()).isEqualTo(303);
            return this;
        }
    }

    static JsonPath config(String page) {
        Matcher m = CONFIG.matcher(page);
        assertThat(m.find()).as("the page's data-config").isTrue();
        String json = m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return JsonPath.from(json);
    }

    @Test
    void theExercisePageIsAMarkdownEditorWithTheSectionsThePromptAsksFor() {
        Candidate c = new Candidate("Margaret Hamilton").start();
        String page = c.given().get("/candidate/exercises/design-sample").then().statusCode(200).extract().asString();
        JsonPath config = config(page);
        assertThat(config.getString("kind")).isEqualTo("design");
        assertThat(config.getString("defaultLanguage")).isEqualTo("markdown");
        assertThat(config.getList("languages.id")).containsExactly("markdown");
        assertThat(config.getList("languages.name")).containsExactly("Markdown");
        String starter = config.getString("languages[0].starter");
        assertThat(starter).startsWith("# Photo backup: design\n")
                .contains("## 1. Architecture\n").contains("## 2. Offline uploads\n")
                .contains("## Assumptions").contains("## Open questions");
        assertThat(starter.indexOf("Architecture")).isLessThan(starter.indexOf("Offline uploads"));
        assertThat(config.getList("dimensions.id")).containsExactly("architecture", "offline-uploads");
        assertThat(config.getList("dimensions.title")).contains("Offline uploads");

        assertThat(page).contains("id=\"editor\"").contains("id=\"preview-toggle\"").contains("id=\"word-count\"")
                .contains("id=\"save-state\"").contains("id=\"countdown\"").contains("id=\"finish\"")
                .contains("handed in when you press Finish").contains("interviewers read it")
                .doesNotContain("id=\"run\"").doesNotContain("id=\"submit\"").doesNotContain("id=\"custom-input\"")
                .doesNotContain("id=\"history\"").doesNotContain("ms per test")
                .contains("&lt;script&gt;alert").doesNotContain("<script>alert");
        assertThat(page).as("the interviewer guidance never reaches the candidate")
                .doesNotContain("idempotent with a content hash").doesNotContain("Red flag");

        // a coding exercise of the same assessment is unchanged
        JsonPath sum = config(c.given().get("/candidate/exercises/sum").then().statusCode(200).extract().asString());
        assertThat(sum.getString("kind")).isEqualTo("coding");
        assertThat(sum.getList("languages.id")).containsExactly("python3");
    }

    @Test
    void draftsAreMarkdownForTheDesignExerciseOnly() {
        Candidate c = new Candidate("Radia Perlman").start();
        c.json().body(Map.of("language", "markdown", "content", ANSWER, "baseVersion", 0)).put(DESIGN + "draft")
                .then().statusCode(200).body("version", equalTo(1));
        c.json().get(DESIGN + "draft?language=markdown").then().statusCode(200).body("content", equalTo(ANSWER));
        c.json().body(Map.of("language", "python3", "content", "print(1)", "baseVersion", 0)).put(DESIGN + "draft")
                .then().statusCode(400).body("detail", containsString("markdown"));
        c.json().body(Map.of("language", "markdown", "content", "# notes", "baseVersion", 0))
                .put("/api/candidate/exercises/sum/draft").then().statusCode(400)
                .body("detail", containsString("python3"));
        c.json().body(Map.of("language", "markdown", "content", "x".repeat(Drafts.MAX_BYTES + 1), "baseVersion", 1))
                .put(DESIGN + "draft").then().statusCode(413);
    }

    @Test
    void nothingIsRunOrSubmittedForADesignExercise() {
        Candidate c = new Candidate("Leslie Lamport").start();
        for (String language : List.of("markdown", "python3")) {
            c.json().body(Map.of("language", language, "source", ANSWER)).post(DESIGN + "submissions").then()
                    .statusCode(409).body("error", equalTo("nothing to run"))
                    .body("detail", containsString("handed in when you press Finish"));
            c.json().body(Map.of("language", language, "source", ANSWER)).post(DESIGN + "runs").then()
                    .statusCode(409).body("detail", containsString("design document"));
        }
        c.json().get(DESIGN + "submissions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void thePreviewIsRenderedWithRawHtmlEscaped() {
        Candidate c = new Candidate("Ivan Sutherland");
        String html = c.json().body(Map.of("markdown", ANSWER + "\n| a | b |\n|---|---|\n| 1 | 2 |\n"
                + "\n[x](javascript:alert(1))\n")).post("/api/candidate/preview").then().statusCode(200).extract()
                .path("html");
        assertThat(html).contains("<h1>Photo backup: design</h1>").contains("<h2>1. Architecture</h2>")
                .contains("<strong>backup badge</strong>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<table>").doesNotContain("<script").doesNotContain("javascript:");
        c.json().body(Map.of("markdown", "x".repeat(Drafts.MAX_BYTES + 1))).post("/api/candidate/preview").then()
                .statusCode(413).body("detail", containsString("128 KiB"));
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("markdown", "# hi"))
                .post("/api/candidate/preview").then().statusCode(401);
    }

    @Test
    void theFinishPageCountsTheWordsAndTheAnswerIsTheLastVersionBeforeTheFinish() throws Exception {
        Candidate c = new Candidate("Butler Lampson").start();
        c.json().body(Map.of("language", "markdown", "content", ANSWER, "baseVersion", 0)).put(DESIGN + "draft")
                .then().statusCode(200);
        assertThat(c.post("/candidate/exercises/sum", "/candidate/finish").statusCode()).isEqualTo(303);
        int words = CandidateService.words(ANSWER);
        assertThat(words).isEqualTo(31);
        String finished = c.given().get("/candidate/finished").then().statusCode(200).extract().asString();
        assertThat(finished).contains("design document: " + words + " words").contains("Markdown");

        // a save that arrives long after the finish is kept (nothing typed is lost) but is not the answer
        c.json().body(Map.of("language", "markdown", "content", ANSWER + "\nAdded afterwards.\n", "baseVersion", 1))
                .put(DESIGN + "draft").then().statusCode(200).body("version", equalTo(2));
        try (Connection conn = ds.getConnection(); PreparedStatement st = conn.prepareStatement(
                "UPDATE draft SET saved_at = saved_at + 600000 WHERE attempt_id = ? AND exercise = 'design-sample' "
                        + "AND version = 2")) {
            st.setString(1, c.assessmentId);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        Assessment a = assessments.find(c.assessmentId).orElseThrow();
        CandidateService.DesignAnswer answer = candidates.designAnswer(a, "design-sample").orElseThrow();
        assertThat(answer.version()).isEqualTo(1);
        assertThat(answer.content()).isEqualTo(ANSWER);
        assertThat(answer.laterVersions()).isEqualTo(1);
        assertThat(candidates.designAnswer(a, "sum")).as("a coding exercise has no design answer").isEmpty();
    }

    @Test
    void wordsAreCountedLikeThePage() {
        assertThat(CandidateService.words(null)).isZero();
        assertThat(CandidateService.words("  \n ")).isZero();
        assertThat(CandidateService.words("# Title\n\n- one, two\n- 3 ---\n| a | b |")).isEqualTo(6);
        assertThat(CandidateService.words("déjà vu — naïve café")).isEqualTo(4);
    }
}
