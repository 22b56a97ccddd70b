package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Container;
import dev.redline.testing.ServiceProcess;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A clean stop (SIGTERM) of the packaged service removes its warm boxes: the sandbox closes before the
 * Docker client. Real process, real Docker; a WireMock OIDC server for the staff token.
 */
class CleanStopIT {

    static final String NODE = "clean-stop-it";

    @Test
    void sigtermLeavesNoSandboxContainerBehind() throws Exception {
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        Map<String, String> oidcConfig = oidc.start();
        Path log = Path.of("target/clean-stop-it.log");
        Files.deleteIfExists(log);
        try (DockerClients.Engine docker = DockerClients.connect(System.getenv("DOCKER_HOST"), 4)) {
            Path workDir = Files.createTempDirectory(Path.of("target"), "clean-stop-it-");
            Map<String, String> props = new HashMap<>();
            props.put("redline.problems.dir", Path.of("src/test/resources/api-bank").toAbsolutePath().toString());
            props.put("redline.sandbox.node-id", NODE);
            props.put("redline.sandbox.warm-boxes", "2");
            props.put("redline.judging.workers", "1");
            props.put("quarkus.oidc.auth-server-url", oidcConfig.get("keycloak.url") + "/realms/quarkus/");
            props.put("quarkus.oidc.token.issuer", "https://server.example.com");
            props.put("quarkus.oidc.roles.role-claim-path", "groups");
            props.put("quarkus.oidc.credentials.secret", "clean-stop-secret-clean-stop-secret");
            ServiceProcess service = ServiceProcess.start(workDir, props, log);
            try {
                String token = OidcWiremockTestResource.getAccessToken("ines", Set.of("interviewer"));
                String id = RestAssured.given().baseUri(service.url()).auth().oauth2(token)
                        .contentType(ContentType.JSON).body(Map.of("language", "python3", "source", "print(3)"))
                        .post("/api/problems/sum/runs").then().statusCode(202).extract().path("id");
                awaitJudged(service, token, id);
                // the run used a box and started warming two more: wait until both are up
                awaitUntil(() -> running(docker).size() >= 2, "two warm boxes");
            } finally {
                service.stop();
            }
            assertThat(running(docker)).as("containers of node " + NODE + " after SIGTERM").isEmpty();
            assertThat(Files.readString(log)).doesNotContain("could not remove sandbox container")
                    .doesNotContain("Connection pool shut down");
        } finally {
            oidc.stop();
        }
    }

    static List<Container> running(DockerClients.Engine docker) {
        return docker.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(SandboxSettings.LABEL_NODE, NODE)).exec();
    }

    static void awaitJudged(ServiceProcess service, String token, String id) throws InterruptedException {
        awaitUntil(() -> "JUDGED".equals(RestAssured.given().baseUri(service.url()).auth().oauth2(token)
                .get("/api/submissions/" + id).then().statusCode(200).extract().path("status")), "the run judged");
    }

    /** Polls until true; the bound is generous and only fails a broken service, never a slow one in time. */
    static void awaitUntil(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
