package dev.redline.assessments;

import dev.redline.web.BoundAddress;
import dev.redline.web.ConflictException;
import dev.redline.web.InvalidRequestException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Staff pages, signed in with the OIDC code flow (tenant "staff"). Admins manage assessments here;
 * every form posts with a CSRF token and every change goes through {@link AssessmentService}.
 */
@Path("/staff")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    /** Who is signed in, for the page header. */
    public record Staff(String name, Set<String> roles) {
        public boolean admin() {
            return roles.contains("admin");
        }

        public boolean interviewer() {
            return roles.contains("interviewer") || admin();
        }

        public boolean committee() {
            return roles.contains("committee");
        }
    }

    /** The assessments page; {@code created} is the assessment just created (or re-linked) with its link. */
    public record AssessmentsPage(Staff staff, List<AssessmentView> assessments, List<RoleTemplate> templates,
            AssessmentService.Invitation created, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Staff staff);

        static native TemplateInstance assessments(AssessmentsPage page);
    }

    private final AssessmentService service;
    private final RoleTemplateCatalog templates;
    private final SecurityIdentity identity;

    StaffPages(AssessmentService service, RoleTemplateCatalog templates, SecurityIdentity identity) {
        this.service = service;
        this.templates = templates;
        this.identity = identity;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(staff());
    }

    @GET
    @Path("/assessments")
    @RolesAllowed("admin")
    public TemplateInstance assessments() {
        return page(null, null);
    }

    @POST
    @Path("/assessments")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance create(@FormParam("candidateName") String name, @FormParam("candidateEmail") String email,
            @FormParam("template") String template, @Context HttpServerRequest http) {
        try {
            return page(service.create(name, email, template, BoundAddress.base(http), actor()), null);
        } catch (InvalidRequestException e) {
            return page(null, e.getMessage());
        }
    }

    @POST
    @Path("/assessments/{id}/extension")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance extend(@PathParam("id") String id, @FormParam("minutes") int minutes) {
        return act(() -> service.extend(id, minutes, actor()), "Added " + minutes + " minutes.");
    }

    @POST
    @Path("/assessments/{id}/accommodation")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance accommodate(@PathParam("id") String id, @FormParam("percent") int percent) {
        return act(() -> service.accommodate(id, percent, actor()), "Accommodation set to " + percent + "%.");
    }

    @POST
    @Path("/assessments/{id}/revoke")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance revoke(@PathParam("id") String id) {
        return act(() -> service.revoke(id, actor()), "Revoked; the candidate's links no longer work.");
    }

    @POST
    @Path("/assessments/{id}/invitation")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance newLink(@PathParam("id") String id, @Context HttpServerRequest http) {
        try {
            return page(service.newLink(id, BoundAddress.base(http), actor()), null);
        } catch (InvalidRequestException | ConflictException | NoSuchElementException e) {
            return page(null, e.getMessage());
        }
    }

    private TemplateInstance act(Runnable change, String done) {
        try {
            change.run();
            return page(null, done);
        } catch (InvalidRequestException | ConflictException | NoSuchElementException e) {
            return page(null, e.getMessage());   // shown on the page; anything else is a real error
        }
    }

    private TemplateInstance page(AssessmentService.Invitation created, String message) {
        return Templates.assessments(new AssessmentsPage(staff(), service.list(), List.copyOf(templates.all().values()),
                created, message));
    }

    private Staff staff() {
        return new Staff(actor(), new TreeSet<>(identity.getRoles()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
