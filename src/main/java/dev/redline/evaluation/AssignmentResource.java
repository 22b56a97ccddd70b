package dev.redline.evaluation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins assign interviewers to an assessment's interviews. */
@Path("/api/admin/assessments/{id}/assignments")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AssignmentResource {

    public record AssignRequest(String interviewer, String interview) {
    }

    private final ScorecardService service;
    private final SecurityIdentity identity;

    AssignmentResource(ScorecardService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Assign an interviewer (their sign-in name) to an interview of the assessment's kit")
    public Response assign(@PathParam("id") String id, @Valid @NotNull AssignRequest request) {
        service.assign(id, request.interviewer(), request.interview(), identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    @GET
    public List<Assignment> assignments(@PathParam("id") String id) {
        return service.assignments(id);
    }
}
