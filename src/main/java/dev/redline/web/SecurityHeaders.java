package dev.redline.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Security headers on every answer of Redline's own pages and API: no script but our own files, no
 * framing, no MIME sniffing, no Referer (a candidate's address once held their token), and, when
 * served over https (directly or from a trusted proxy, see {@code quarkus.http.proxy.*}), HSTS. The
 * developer tools under /q (Swagger UI) keep their own rules. Permissions-Policy is set for every
 * answer in application.properties.
 */
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
            + "object-src 'none'";
    /** One year: the browser keeps to https between visits; no preload, that is the operator's choice. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/q/")) {
            return;
        }
        var h = response.getHeaders();
        h.putSingle("Content-Security-Policy", CSP);
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("Cache-Control", "no-store");
        if ("https".equals(request.getUriInfo().getRequestUri().getScheme())) {
            h.putSingle("Strict-Transport-Security", HSTS);
        }
    }
}
