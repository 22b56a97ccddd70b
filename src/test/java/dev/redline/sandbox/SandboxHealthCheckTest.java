package dev.redline.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.redline.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service's health endpoint against the real Docker engine and the built images. */
@QuarkusTest
class SandboxHealthCheckTest {

    @Test
    void healthIsUpWithTheEngineAndEveryLanguageImage() {
        given().when().get("/q/health").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("sandbox"))
                .body("checks.find { it.name == 'sandbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'sandbox' }.data.api", startsWith("1."))
                .body("checks.find { it.name == 'sandbox' }.data.'language.python3'", startsWith("Python 3"))
                .body("checks.find { it.name == 'sandbox' }.data.'language.java'", startsWith("Java 17"))
                .body("checks.find { it.name == 'sandbox' }.data.'language.c'", startsWith("C "))
                .body("checks.find { it.name == 'sandbox' }.data.'language.cpp'", startsWith("C++"))
                .body("checks.find { it.name == 'sandbox' }.data.'language.javascript'", startsWith("JavaScript"))
                .body("checks.find { it.name == 'sandbox' }.data.'language.go'", startsWith("Go"));
    }

    @Test
    void openApiDocumentIsServedToAdminsOnly() {
        given().when().get("/q/openapi?format=json").then().statusCode(401);
        given().auth().oauth2(StaffTokens.interviewer()).when().get("/q/openapi?format=json").then().statusCode(403);
        given().when().get("/q/swagger-ui/").then().statusCode(401);
        given().auth().oauth2(StaffTokens.admin()).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", startsWith("3."));
    }
}
