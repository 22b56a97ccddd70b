package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.testing.ServiceProcess;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service is killed (SIGKILL) in the middle of a candidate's assessment and started again on
 * the same database: the clock, the drafts and the submission made just before the kill are all
 * there, and the candidate carries on with the same link. The real packaged service, its embedded
 * H2 file database, real sandboxes; a WireMock OIDC server for the admin's token.
 */
class ServiceRestartIT {

    static final String AC = "a, b = map(int, input().split())\nprint(a + b)\n";
    static final Pattern CSRF = Pattern.compile("name=\"(csrf-token)\" value=\"([^\"]+)\"");

    static OidcWiremockTestResource oidc;
    static Map<String, String> oidcConfig;

    @BeforeAll
    static void oidc() {
        oidc = new OidcWiremockTestResource();
        oidcConfig = oidc.start();
    }

    @AfterAll
    static void stopOidc() {
        oidc.stop();
    }

    @Test
    void nothingIsLostWhenTheServiceDiesMidAssessment() throws Exception {
        // the service runs in its own directory with its default database settings (./data, H2)
        Path workDir = Files.createTempDirectory(Path.of("target"), "restart-it-");
        Map<String, String> props = new HashMap<>();
        props.put("redline.problems.dir", Path.of("src/test/resources/api-bank").toAbsolutePath().toString());
        props.put("redline.sandbox.node-id", "restart-it");
        props.put("redline.judging.workers", "1");
        props.put("quarkus.oidc.auth-server-url", oidcConfig.get("keycloak.url") + "/realms/quarkus/");
        props.put("quarkus.oidc.token.issuer", "https://server.example.com");
        props.put("quarkus.oidc.roles.role-claim-path", "groups");
        props.put("quarkus.oidc.credentials.secret", "restart-test-secret-restart-test-secret");

        try (ServiceProcess service = ServiceProcess.start(workDir, props, Path.of("target/restart-it.log"))) {
            RestAssured.baseURI = service.url();
            RestAssured.port = service.port();
            assertPrivate(workDir.resolve("data"));
            String admin = OidcWiremockTestResource.getAccessToken("alice-admin", Set.of("admin"));
            Response created = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("candidateName", "Kill Test", "candidateEmail", "kill@example.com", "template",
                            "tester"))
                    .post("/api/admin/assessments").then().statusCode(201).extract().response();
            String id = created.path("assessment.id");
            String link = created.path("link");
            Map<String, String> cookies = new HashMap<>(open(link));

            Response landing = RestAssured.given().cookies(cookies).get("/candidate").then().statusCode(200)
                    .extract().response();
            cookies.putAll(landing.cookies());
            Matcher m = CSRF.matcher(landing.asString());
            assertThat(m.find()).isTrue();
            RestAssured.given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                    .formParam(m.group(1), m.group(2)).post("/candidate/start").then().statusCode(303);
            Long deadline = RestAssured.given().auth().oauth2(admin).get("/api/admin/assessments/" + id).then()
                    .statusCode(200).extract().jsonPath().getLong("deadline");

            for (int v = 1; v <= 3; v++) {
                RestAssured.given().cookies(cookies).contentType(ContentType.JSON)
                        .body(Map.of("language", "python3", "content", "# draft " + v + "\n" + AC, "baseVersion",
                                v - 1))
                        .put("/api/candidate/exercises/sum/draft").then().statusCode(200);
            }
            String submission = RestAssured.given().cookies(cookies).contentType(ContentType.JSON)
                    .body(Map.of("language", "python3", "source", AC, "clientKey", "before-the-kill"))
                    .post("/api/candidate/exercises/sum/submissions").then().statusCode(202).extract().path("id");

            service.kill();
            service.restart();

            RestAssured.given().auth().oauth2(admin).get("/api/admin/assessments/" + id).then().statusCode(200)
                    .extract().jsonPath().getLong("deadline");
            assertThat(RestAssured.given().auth().oauth2(admin).get("/api/admin/assessments/" + id).jsonPath()
                    .getLong("deadline")).as("the deadline survives").isEqualTo(deadline);
            RestAssured.given().cookies(cookies).contentType(ContentType.JSON)
                    .get("/api/candidate/exercises/sum/draft?language=python3").then().statusCode(200)
                    .body("version", org.hamcrest.Matchers.equalTo(3))
                    .body("content", org.hamcrest.Matchers.startsWith("# draft 3\n"));
            assertThat(awaitVerdict(cookies, submission)).as("the submission made before the kill").isEqualTo("AC");
            RestAssured.given().cookies(cookies).contentType(ContentType.JSON)
                    .body(Map.of("language", "python3", "source", AC, "clientKey", "before-the-kill"))
                    .post("/api/candidate/exercises/sum/submissions").then().statusCode(202)
                    .body("id", org.hamcrest.Matchers.equalTo(submission));
            assertThat(RestAssured.given().cookies(cookies).get("/candidate/exercises/sum").then().statusCode(200)
                    .extract().asString()).contains("data-config");
        } finally {
            RestAssured.reset();
        }
    }

    private static Map<String, String> open(String link) {
        String path = link.substring(link.indexOf("/invite/"));
        return RestAssured.given().redirects().follow(false).get(path).then().statusCode(303).extract().cookies();
    }

    private static String awaitVerdict(Map<String, String> cookies, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            var s = RestAssured.given().cookies(cookies).contentType(ContentType.JSON)
                    .get("/api/candidate/submissions/" + id).then().statusCode(200).extract().jsonPath();
            if ("JUDGED".equals(s.getString("status"))) {
                return s.getString("verdict");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("submission " + id + " was not judged within 90 s of the restart");
    }

    /** The database holds personal data: its directory 0700 and its files 0600, whatever the umask. */
    private static void assertPrivate(Path data) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .as("%s", data).isEqualTo("rwx------");
        try (var files = Files.list(data)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(f -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as("%s", f).isEqualTo("rw-------"));
        }
    }
}
