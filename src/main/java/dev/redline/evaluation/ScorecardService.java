package dev.redline.evaluation;

import dev.redline.assessments.Assessment;
import dev.redline.assessments.Assessments;
import dev.redline.evaluation.rubrics.InterviewKit;
import dev.redline.problems.DesignDimension;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemCatalog;
import dev.redline.web.ConflictException;
import dev.redline.web.InvalidRequestException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Scorecards and who may see them. Interviewers reach only the assessments they are assigned to, and
 * see other interviewers' scorecards for an assessment only after submitting their own, so nobody's
 * rating is anchored by another's. Admins and the committee see every submitted scorecard.
 */
@ApplicationScoped
public class ScorecardService {

    /** An interviewer's assignment with what it asks of them. */
    public record Task(Assignment assignment, String candidateName, String roleTitle, String interviewTitle,
            List<String> focus, List<String> designExercises) {
    }

    private static final Set<String> RECOMMENDATIONS = Set.of("STRONG_NO_HIRE", "NO_HIRE", "HIRE", "STRONG_HIRE",
            "NONE");

    private final Scorecards scorecards;
    private final Assessments assessments;
    private final RubricCatalog rubrics;
    private final ProblemCatalog problems;

    ScorecardService(Scorecards scorecards, Assessments assessments, RubricCatalog rubrics, ProblemCatalog problems) {
        this.scorecards = scorecards;
        this.assessments = assessments;
        this.rubrics = rubrics;
        this.problems = problems;
    }

    public void assign(String assessmentId, String interviewer, String interview, String actor) {
        Assessment a = assessment(assessmentId);
        if (interviewer == null || interviewer.isBlank() || interviewer.length() > 200) {
            throw new InvalidRequestException("interviewer: give the interviewer's sign-in name");
        }
        kitInterview(a, interview);
        scorecards.assign(new Assignment(assessmentId, interviewer.strip(), interview), actor);
    }

    public List<Assignment> assignments(String assessmentId) {
        assessment(assessmentId);
        return scorecards.assignments(assessmentId);
    }

    /** What the signed-in interviewer is asked to do. */
    public List<Task> tasks(SecurityIdentity who) {
        List<Task> tasks = new ArrayList<>();
        for (Assignment as : scorecards.assignmentsOf(name(who))) {
            assessments.find(as.assessmentId()).filter(a -> a.status() != Assessment.Status.REVOKED).ifPresent(a -> {
                InterviewKit.Interview i = kitInterview(a, as.interview());
                tasks.add(new Task(as, a.candidateName(), a.roleTitle(), i.title(), i.focus(), i.designExercises()));
            });
        }
        return tasks;
    }

    /** The caller's own scorecard (an empty draft when they have not started one). */
    public StoredScorecard mine(SecurityIdentity who, String assessmentId, ScorecardKind kind, String subject) {
        checkSubject(who, assessmentId, kind, subject);
        return scorecards.find(assessmentId, name(who), kind, subject).orElse(new StoredScorecard(assessmentId,
                name(who), kind, subject, 0, false, ScorecardContent.empty(), 0, null));
    }

    public StoredScorecard save(SecurityIdentity who, String assessmentId, ScorecardKind kind, String subject,
            ScorecardContent content) {
        List<String> items = checkSubject(who, assessmentId, kind, subject);
        checkShape(content, items, kind);
        StoredScorecard saved = scorecards.save(assessmentId, name(who), kind, subject, content);
        if (saved.submitted()) {
            checkComplete(saved.content(), items, kind);   // an amended scorecard must stay complete
        }
        return saved;
    }

    /** Submits: every item rated, evidence for Strong No and Strong Yes, a recommendation (or NONE). */
    public StoredScorecard submit(SecurityIdentity who, String assessmentId, ScorecardKind kind, String subject) {
        List<String> items = checkSubject(who, assessmentId, kind, subject);
        StoredScorecard s = scorecards.find(assessmentId, name(who), kind, subject).orElseThrow(
                () -> new ConflictException("nothing to submit", "save the scorecard before submitting it"));
        checkComplete(s.content(), items, kind);
        return scorecards.submit(assessmentId, name(who), kind, subject);
    }

    /**
     * Every submitted scorecard of an assessment, for admins and the committee; for an interviewer only
     * once they submitted one of their own for it (403 before, saying so).
     */
    public List<StoredScorecard> visible(SecurityIdentity who, String assessmentId) {
        assessment(assessmentId);
        if (!(who.hasRole("admin") || who.hasRole("committee"))) {
            requireAssigned(who, assessmentId);
            Assessment a = assessment(assessmentId);
            List<Assignment> mine = assignmentsOf(who, assessmentId);
            // Only a scorecard one of the caller's interviews asks for unlocks the others.
            boolean ownSubmitted = scorecards.of(assessmentId).stream()
                    .anyMatch(s -> s.interviewer().equals(name(who)) && s.submitted()
                            && asksFor(a, mine, s.kind(), s.subject()));
            if (!ownSubmitted) {
                throw new ForbiddenException("submit your own scorecard for this assessment before reading the "
                        + "others'");
            }
        }
        return scorecards.of(assessmentId).stream().filter(StoredScorecard::submitted).toList();
    }

    /**
     * The items a scorecard rates, after checking the caller may write it. The one rule for every caller
     * (API and staff pages): the scorecard's kind and subject belong to one of the caller's assignments,
     * a people scorecard to an interview of theirs, a design review to an exercise one of their
     * interviews discusses.
     */
    private List<String> checkSubject(SecurityIdentity who, String assessmentId, ScorecardKind kind, String subject) {
        Assessment a = assessment(assessmentId);
        requireAssigned(who, assessmentId);
        List<Assignment> mine = assignmentsOf(who, assessmentId);
        if (!asksFor(a, mine, kind, subject)) {
            throw new ForbiddenException(kind == ScorecardKind.PEOPLE
                    ? "you are not assigned to the interview '" + subject + "' of this assessment; yours: "
                            + mine.stream().map(Assignment::interview).toList()
                    : "none of your interviews of this assessment (" + mine.stream().map(Assignment::interview)
                            .toList() + ") discusses the design exercise '" + subject + "'; ask an administrator "
                            + "to assign you to the interview that does");
        }
        if (kind == ScorecardKind.PEOPLE) {
            return kitInterview(a, subject).focus();
        }
        if (!a.exercises().contains(subject)) {
            throw new NoSuchElementException("no design exercise '" + subject + "' in this assessment");
        }
        Problem p = problems.find(subject).orElseThrow(() -> new NoSuchElementException("no exercise '" + subject
                + "' in the bank"));
        if (p.meta().judged()) {
            throw new InvalidRequestException("'" + subject + "' is judged by its tests, not scored by interviewers");
        }
        return p.meta().dimensions().stream().map(DesignDimension::id).toList();
    }

    /** Whether one of these assignments asks for a scorecard of this kind and subject. */
    private boolean asksFor(Assessment a, List<Assignment> mine, ScorecardKind kind, String subject) {
        if (kind == ScorecardKind.PEOPLE) {
            return mine.stream().anyMatch(x -> x.interview().equals(subject));
        }
        return subject != null && rubrics.kit(a.templateId()).map(kit -> kit.interviews().stream()
                .filter(i -> mine.stream().anyMatch(x -> x.interview().equals(i.id())))
                .anyMatch(i -> i.designExercises().contains(subject))).orElse(false);
    }

    private List<Assignment> assignmentsOf(SecurityIdentity who, String assessmentId) {
        return scorecards.assignments(assessmentId).stream().filter(x -> x.interviewer().equals(name(who))).toList();
    }

    private void requireAssigned(SecurityIdentity who, String assessmentId) {
        boolean assigned = scorecards.assignments(assessmentId).stream()
                .anyMatch(x -> x.interviewer().equals(name(who)));
        if (!assigned) {
            throw new ForbiddenException("you are not assigned to this assessment");
        }
    }

    private static void checkShape(ScorecardContent c, List<String> items, ScorecardKind kind) {
        for (var e : c.ratings().entrySet()) {
            if (!items.contains(e.getKey())) {
                throw new InvalidRequestException("ratings." + e.getKey() + ": not rated here; rate " + items);
            }
            if (e.getValue() == null || e.getValue().rating() < 1 || e.getValue().rating() > 4) {
                throw new InvalidRequestException("ratings." + e.getKey() + ": a rating is 1 (Strong No) to 4 "
                        + "(Strong Yes)");
            }
            if (e.getValue().evidence() != null && e.getValue().evidence().length() > 8000) {
                throw new InvalidRequestException("ratings." + e.getKey() + ": evidence is at most 8000 characters");
            }
        }
        if (c.notes().length() > 20000) {
            throw new InvalidRequestException("notes: at most 20000 characters");
        }
        if (c.recommendation() != null && !RECOMMENDATIONS.contains(c.recommendation())) {
            throw new InvalidRequestException("recommendation: one of " + RECOMMENDATIONS);
        }
        if (kind == ScorecardKind.DESIGN && c.recommendation() != null && !"NONE".equals(c.recommendation())) {
            throw new InvalidRequestException("recommendation: a design review has none; the overall recommendation "
                    + "belongs to the people scorecards");
        }
    }

    private static void checkComplete(ScorecardContent c, List<String> items, ScorecardKind kind) {
        List<String> problems = new ArrayList<>();
        for (String item : items) {
            ScorecardContent.Item r = c.ratings().get(item);
            if (r == null) {
                problems.add(item + " is not rated");
            } else if ((r.rating() == 1 || r.rating() == 4) && (r.evidence() == null || r.evidence().isBlank())) {
                problems.add(item + ": a " + (r.rating() == 1 ? "Strong No" : "Strong Yes")
                        + " needs written evidence");
            }
        }
        if (kind == ScorecardKind.PEOPLE && c.recommendation() == null) {
            problems.add("give an overall recommendation, or choose \"no recommendation\"");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the scorecard is not complete: " + String.join("; ", problems));
        }
    }

    private InterviewKit.Interview kitInterview(Assessment a, String interview) {
        InterviewKit kit = rubrics.kit(a.templateId()).orElseThrow(() -> new ConflictException("no interview kit",
                "the role template '" + a.templateId() + "' has no interview kit (problems/kits/" + a.templateId()
                        + ".yaml)"));
        return kit.interviews().stream().filter(i -> i.id().equals(interview)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("interview: no interview '" + interview + "' in the "
                        + kit.roleTemplate() + " kit; use one of "
                        + kit.interviews().stream().map(InterviewKit.Interview::id).toList()));
    }

    private Assessment assessment(String id) {
        return assessments.find(id).orElseThrow(() -> new NoSuchElementException("no assessment '" + id + "'"));
    }

    private static String name(SecurityIdentity who) {
        return who.getPrincipal().getName();
    }
}
