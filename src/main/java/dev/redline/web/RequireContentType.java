package dev.redline.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A state-changing request without a Content-Type is refused (415) before any resource runs. Without
 * this, such a request matched every {@code @Consumes} (JSON and form alike) and skipped the CSRF form
 * check, which only reads form bodies: a cross-site request with the candidate's cookie was accepted,
 * and a token-less staff POST revoked an assessment. With a Content-Type, JSON endpoints accept only
 * {@code application/json} (which a cross-site form cannot send) and form endpoints check the CSRF token.
 */
public class RequireContentType {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (!CHANGING.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/q/")) {
            return null;
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && !type.isBlank()) {
            return null;
        }
        return ApiErrors.of(415, "unsupported media type", request.getMethod() + " "
                + request.getUriInfo().getPath() + " has no Content-Type: send Content-Type: application/json "
                + "with a JSON body (\"{}\" when there is nothing to say), or post the page's form with its CSRF "
                + "token");
    }
}
