package dev.redline.assessments;

import dev.redline.web.BoundAddress;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assessments for admins (bearer token with the {@code admin} role). Thin: {@link AssessmentService} decides. */
@Path("/api/admin/assessments")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminAssessmentResource {

    public record CreateRequest(String candidateName, String candidateEmail, String template) {
    }

    public record ExtendRequest(int minutes) {
    }

    public record AccommodationRequest(int percent) {
    }

    private final AssessmentService service;
    private final SecurityIdentity identity;

    AdminAssessmentResource(AssessmentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Create an assessment from a role template; the answer holds the invitation link, once")
    public Response create(@Valid @NotNull CreateRequest request, @Context UriInfo uri,
            @Context HttpServerRequest http) {
        var created = service.create(request.candidateName(), request.candidateEmail(), request.template(),
                BoundAddress.base(http), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.assessment().id()).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "All assessments, newest first")
    public List<AssessmentView> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    public AssessmentView get(@PathParam("id") String id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/extension")
    @Operation(summary = "Give the candidate more minutes")
    public AssessmentView extend(@PathParam("id") String id, @Valid @NotNull ExtendRequest request) {
        return service.extend(id, request.minutes(), actor());
    }

    @PUT
    @Path("/{id}/accommodation")
    @Operation(summary = "Set the accommodation: extra time in percent of the window (0 to 200)")
    public AssessmentView accommodate(@PathParam("id") String id, @Valid @NotNull AccommodationRequest request) {
        return service.accommodate(id, request.percent(), actor());
    }

    @POST
    @Path("/{id}/invitation")
    @Operation(summary = "Replace the invitation link: old links stop working; the new one is shown once")
    public AssessmentService.Invitation newLink(@PathParam("id") String id, @Context HttpServerRequest http) {
        return service.newLink(id, BoundAddress.base(http), actor());
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke the assessment and every link to it")
    public AssessmentView revoke(@PathParam("id") String id) {
        return service.revoke(id, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
