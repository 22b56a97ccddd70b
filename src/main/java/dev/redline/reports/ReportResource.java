package dev.redline.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The committee report over the API (bearer token, role committee or admin). Schema: README, "Committee report". */
@Path("/api")
@RolesAllowed({"committee", "admin"})
@Tag(name = "reports")
public class ReportResource {

    private final ReportService service;

    ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Path("/reports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One assessment's committee report: the policy decision and its rules, exercises, design "
            + "answers, rubric matrix, integrity signals and committee decisions")
    public CommitteeReport report(@PathParam("id") String id) {
        return service.report(id);
    }

    @GET
    @Path("/reports.csv")
    @Produces("text/csv")
    @Operation(summary = "The assessments with policy outcome and committee decision as CSV; sort=candidate|status|"
            + "decision|created, dir=asc|desc, status=, decision=HIRE|NO_HIRE|REVIEW|NONE")
    public Response csv(@QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("status") String status, @QueryParam("decision") String decision) {
        return ReportPages.csvResponse(service.rows(ReportQuery.parse(sort, dir, status, decision)));
    }
}
