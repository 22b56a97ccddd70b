package dev.redline.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Browser tests that sign in for real: the reference Keycloak ({@link KeycloakServer}) instead of the
 * WireMock issuer the other tests use. One profile for all of them, so Quarkus starts once for them.
 */
public class RealKeycloakProfile implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.roles.role-claim-path", "realm_access/roles",
                "quarkus.oidc.token.issuer", "${quarkus.oidc.auth-server-url}");
    }
}
