package dev.redline.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/**
 * Bearer tokens for staff in {@code @QuarkusTest}s, signed by the WireMock OIDC server that this
 * class starts for every Quarkus test (roles in the "groups" claim; see the %test config).
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class StaffTokens {

    private StaffTokens() {
    }

    public static String admin() {
        return token("alice-admin", "admin");
    }

    public static String interviewer() {
        return token("ines-interviewer", "interviewer");
    }

    public static String committee() {
        return token("carl-committee", "committee");
    }

    public static String token(String user, String... roles) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
    }
}
