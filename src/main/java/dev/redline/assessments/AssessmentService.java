package dev.redline.assessments;

import dev.redline.identity.Invitations;
import dev.redline.web.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * What admins do with assessments: create one from a role template (which issues the invitation
 * link), extend the time, grant an accommodation, replace the link, revoke. Each change is audited
 * with its actor in the same transaction (see {@link Assessments}).
 */
@ApplicationScoped
public class AssessmentService {

    /** A created assessment with the link to send; the link is shown this once. */
    public record Invitation(AssessmentView assessment, String link, long linkExpiresAt) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Assessments assessments;
    private final RoleTemplateCatalog templates;
    private final AssessmentsConfig config;

    AssessmentService(Assessments assessments, RoleTemplateCatalog templates, AssessmentsConfig config) {
        this.assessments = assessments;
        this.templates = templates;
        this.config = config;
    }

    public Invitation create(String candidateName, String candidateEmail, String templateId, URI requestBase,
            String actor) {
        String name = candidateName == null ? "" : candidateName.strip();
        String email = candidateEmail == null ? "" : candidateEmail.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidRequestException("candidateName: give the candidate's name (1 to 200 characters)");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new InvalidRequestException("candidateEmail: '" + email + "' is not an e-mail address");
        }
        RoleTemplate template = templates.find(templateId == null ? "" : templateId)
                .orElseThrow(() -> new InvalidRequestException("template: no role template '" + templateId
                        + "'; use one of " + templates.all().keySet()));
        Assessments.Created created = assessments.create(new Assessments.NewAssessment(name, email, template),
                config.linkValidity(), actor);
        return new Invitation(AssessmentView.of(created.assessment()), link(requestBase, created.invitation()),
                created.invitation().expiresAt());
    }

    public List<AssessmentView> list() {
        return assessments.list(1000).stream().map(AssessmentView::of).toList();
    }

    public AssessmentView get(String id) {
        return AssessmentView.of(assessments.find(id).orElseThrow(() -> notFound(id)));
    }

    public AssessmentView extend(String id, int minutes, String actor) {
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            throw new InvalidRequestException("minutes: an extension is 1 to 10080 minutes, not " + minutes);
        }
        return AssessmentView.of(assessments.extend(id, Duration.ofMinutes(minutes), actor)
                .orElseThrow(() -> notRunning(id)));
    }

    public AssessmentView accommodate(String id, int percent, String actor) {
        if (percent < 0 || percent > 200) {
            throw new InvalidRequestException("percent: an accommodation is 0 to 200 percent, not " + percent);
        }
        return AssessmentView.of(assessments.accommodate(id, percent, actor).orElseThrow(() -> notRunning(id)));
    }

    public AssessmentView revoke(String id, String actor) {
        return AssessmentView.of(assessments.revoke(id, actor).orElseThrow(() -> notFound(id)));
    }

    public Invitation newLink(String id, URI requestBase, String actor) {
        Invitations.Issued issued = assessments.newLink(id, config.linkValidity(), actor)
                .orElseThrow(() -> notRunning(id));
        return new Invitation(get(id), link(requestBase, issued), issued.expiresAt());
    }

    private String link(URI requestBase, Invitations.Issued issued) {
        String base = config.publicUrl().orElse(requestBase.toString());
        return base.replaceAll("/+$", "") + "/invite/" + issued.token();
    }

    private NoSuchElementException notFound(String id) {
        return new NoSuchElementException("no assessment '" + id + "'");
    }

    private RuntimeException notRunning(String id) {
        assessments.find(id).orElseThrow(() -> notFound(id));
        return new dev.redline.web.ConflictException("assessment closed",
                "assessment '" + id + "' is finished or revoked; nothing was changed");
    }
}
