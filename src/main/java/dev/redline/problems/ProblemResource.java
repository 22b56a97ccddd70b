package dev.redline.problems;

import jakarta.ws.rs.GET;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The problem bank, as candidates see it; broken packages for admins. */
@Path("/api")
@RolesAllowed({"admin", "interviewer"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "problems")
public class ProblemResource {

    private final ProblemCatalog catalog;

    ProblemResource(ProblemCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/problems")
    @Operation(summary = "Problems in the bank")
    public List<ProblemView.Summary> list() {
        return catalog.all().values().stream().map(ProblemView::summary).toList();
    }

    @GET
    @Path("/problems/{id}")
    @Operation(summary = "A problem's statement, samples, limits and starter code (never hidden data)")
    public ProblemView get(@PathParam("id") String id) {
        return ProblemView.of(catalog.find(id).orElseThrow(() -> new NoSuchElementException("no problem '" + id
                + "'; GET /api/problems lists them")));
    }

    @GET
    @Path("/bank/broken")
    @Operation(summary = "Packages that failed to load, with every reason (file:line: message)")
    public Map<String, List<String>> broken() {
        return catalog.broken().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(PackageError::toString).toList()));
    }
}
