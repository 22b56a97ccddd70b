package dev.redline.evaluation;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Interview assignments and scorecards (bearer token). Thin: {@link ScorecardService} decides who sees what. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "scorecards")
public class ScorecardResource {

    public record ScorecardRequest(@NotNull ScorecardKind kind, String subject, ScorecardContent content) {
    }

    public record SubmitRequest(@NotNull ScorecardKind kind, String subject) {
    }

    private final ScorecardService service;
    private final SecurityIdentity identity;

    ScorecardResource(ScorecardService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/interviews")
    @RolesAllowed({"interviewer", "admin"})
    @Operation(summary = "Your interviews: the candidates assigned to you and what to score")
    public List<ScorecardService.Task> tasks() {
        return service.tasks(identity);
    }

    @GET
    @Path("/assessments/{id}/scorecards/mine")
    @RolesAllowed({"interviewer", "admin"})
    public StoredScorecard mine(@PathParam("id") String id, @QueryParam("kind") ScorecardKind kind,
            @QueryParam("subject") String subject) {
        return service.mine(identity, id, kind == null ? ScorecardKind.PEOPLE : kind, subject);
    }

    @PUT
    @Path("/assessments/{id}/scorecards/mine")
    @RolesAllowed({"interviewer", "admin"})
    @Operation(summary = "Save your scorecard (a draft until submitted; after that each save is a new version)")
    public StoredScorecard save(@PathParam("id") String id, @Valid @NotNull ScorecardRequest request) {
        return service.save(identity, id, request.kind(), request.subject(),
                request.content() == null ? ScorecardContent.empty() : request.content());
    }

    @POST
    @Path("/assessments/{id}/scorecards/mine/submit")
    @RolesAllowed({"interviewer", "admin"})
    public StoredScorecard submit(@PathParam("id") String id, @Valid @NotNull SubmitRequest request) {
        return service.submit(identity, id, request.kind(), request.subject());
    }

    @GET
    @Path("/assessments/{id}/scorecards")
    @RolesAllowed({"interviewer", "admin", "committee"})
    @Operation(summary = "Submitted scorecards; an interviewer sees them only after submitting their own")
    public List<StoredScorecard> all(@PathParam("id") String id) {
        return service.visible(identity, id);
    }
}
