package dev.redline.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A signed-in user without the role a resource needs: a page that says so on the staff pages (a
 * bare 403 shows the browser's own error), the one JSON error shape on the API.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (uri.getPath().startsWith("/staff")) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML)
                    .entity(Templates.forbidden().render()).build();
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "your role does not allow this; ask an administrator of Redline" : e.getMessage();
        return ApiErrors.of(Response.Status.FORBIDDEN, "forbidden", detail);
    }
}
