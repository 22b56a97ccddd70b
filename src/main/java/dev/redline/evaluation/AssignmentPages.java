package dev.redline.evaluation;

import dev.redline.assessments.Assessment;
import dev.redline.assessments.Assessments;
import dev.redline.evaluation.rubrics.InterviewKit;
import dev.redline.web.ConflictException;
import dev.redline.web.InvalidRequestException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.NoSuchElementException;

/** The admin's page to assign interviewers to the interviews of an assessment's kit. */
@Path("/staff/assessments/{id}/interviewers")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AssignmentPages {

    /** One interview of the kit with who is assigned to it. */
    public record Slot(String interview, String title, int minutes, List<String> focus, List<String> interviewers) {
    }

    public record Page(String assessmentId, String candidateName, String roleTitle, List<Slot> slots,
            String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interviewers(Page page);
    }

    private final ScorecardService service;
    private final Assessments assessments;
    private final RubricCatalog rubrics;
    private final SecurityIdentity identity;

    AssignmentPages(ScorecardService service, Assessments assessments, RubricCatalog rubrics,
            SecurityIdentity identity) {
        this.service = service;
        this.assessments = assessments;
        this.rubrics = rubrics;
        this.identity = identity;
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        return page(id, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance assign(@PathParam("id") String id, @FormParam("interviewer") String interviewer,
            @FormParam("interview") String interview) {
        try {
            service.assign(id, interviewer, interview, identity.getPrincipal().getName());
            return page(id, "Assigned " + interviewer.strip() + ".");
        } catch (InvalidRequestException | ConflictException e) {
            return page(id, e.getMessage());
        }
    }

    private TemplateInstance page(String id, String message) {
        Assessment a = assessments.find(id).orElseThrow(() -> new NoSuchElementException("no assessment '" + id + "'"));
        List<Assignment> assigned = service.assignments(id);
        List<Slot> slots = rubrics.kit(a.templateId()).map(InterviewKit::interviews).orElse(List.of()).stream()
                .map(i -> new Slot(i.id(), i.title(), i.minutes(), i.focus(), assigned.stream()
                        .filter(x -> x.interview().equals(i.id())).map(Assignment::interviewer).toList()))
                .toList();
        return Templates.interviewers(new Page(a.id(), a.candidateName(), a.roleTitle(), slots,
                slots.isEmpty() ? "The role template '" + a.templateId() + "' has no interview kit." : message));
    }
}
