package dev.redline.web;

import dev.redline.judging.SubmissionRejected;
import dev.redline.sandbox.SandboxException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps domain exceptions to {@link ApiError} with the right status. */
public class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    public static Response of(Response.Status status, String error, String detail) {
        return of(status.getStatusCode(), error, detail);
    }

    public static Response of(int status, String error, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(error, detail)).build();
    }

    @ServerExceptionMapper
    public Response notFound(NoSuchElementException e) {
        return of(Response.Status.NOT_FOUND, "not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response rejected(SubmissionRejected e) {
        return switch (e.reason()) {
            case TOO_LARGE -> of(413, "source too large", e.getMessage());
            case LANGUAGE_NOT_ALLOWED, EMPTY -> of(Response.Status.BAD_REQUEST, "submission rejected", e.getMessage());
        };
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.status(429).type(MediaType.APPLICATION_JSON).header("Retry-After", e.retryAfterSeconds())
                .entity(new ApiError("too many requests", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage()).sorted()
                .collect(Collectors.joining("; "));
        return of(Response.Status.BAD_REQUEST, "invalid request", detail);
    }

    @ServerExceptionMapper
    public Response sandboxBadRequest(SandboxException.BadRequest e) {
        return of(Response.Status.BAD_REQUEST, "invalid request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return of(Response.Status.BAD_REQUEST, "invalid request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return of(Response.Status.CONFLICT, e.error(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getResponse().hasEntity()) {
            return e.getResponse();   // already an answer of ours, e.g. an ApiError
        }
        int status = e.getResponse().getStatus();
        String error = status == 415 ? "unsupported media type" : status == 400 ? "malformed request"
                : Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status)
                        .getReasonPhrase().toLowerCase() : "error";
        String detail = status == 400 ? "the request body is not valid JSON of the documented shape"
                : status == 415 ? "send Content-Type: application/json" : e.getMessage();
        return of(status, error, detail);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error", e);
        return of(Response.Status.INTERNAL_SERVER_ERROR, "internal error",
                "Redline failed to answer; nothing you sent was lost. Try again, and tell an admin if it persists.");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
