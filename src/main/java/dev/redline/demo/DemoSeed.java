package dev.redline.demo;

import dev.redline.assessments.Assessment;
import dev.redline.assessments.Assessments;
import dev.redline.assessments.Drafts;
import dev.redline.assessments.RoleTemplate;
import dev.redline.assessments.RoleTemplateCatalog;
import dev.redline.evaluation.Assignment;
import dev.redline.evaluation.RubricCatalog;
import dev.redline.evaluation.ScorecardContent;
import dev.redline.evaluation.ScorecardKind;
import dev.redline.evaluation.Scorecards;
import dev.redline.evaluation.rubrics.InterviewKit;
import dev.redline.judging.JudgingService;
import dev.redline.judging.Purpose;
import dev.redline.judging.Submission;
import dev.redline.problems.DesignDimension;
import dev.redline.problems.ExpectedSubmission;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemCatalog;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A complete demo for a newcomer ({@code redline.demo.seed=true}, which {@code ./redline up} sets):
 * a CTO candidate who finished the coding exercises (solutions from the bank's own submissions, judged
 * for real by the workers) and a design answer, with two submitted scorecards, so the committee
 * report has something to show within minutes. One coding answer is a wrong one, so the report shows
 * the technical red line at work. Seeded once: a second start finds it and does nothing.
 */
@ApplicationScoped
public class DemoSeed {

    static final String EMAIL = "dana.demo@example.com";
    static final String ACTOR = "demo-seed";
    private static final Logger LOG = Logger.getLogger(DemoSeed.class);

    private final boolean enabled;
    private final RoleTemplateCatalog templates;
    private final Assessments assessments;
    private final Drafts drafts;
    private final JudgingService judging;
    private final ProblemCatalog problems;
    private final RubricCatalog rubrics;
    private final Scorecards scorecards;

    DemoSeed(@ConfigProperty(name = "redline.demo.seed", defaultValue = "false") boolean enabled,
            RoleTemplateCatalog templates, Assessments assessments, Drafts drafts, JudgingService judging,
            ProblemCatalog problems, RubricCatalog rubrics, Scorecards scorecards) {
        this.enabled = enabled;
        this.templates = templates;
        this.assessments = assessments;
        this.drafts = drafts;
        this.judging = judging;
        this.problems = problems;
        this.rubrics = rubrics;
        this.scorecards = scorecards;
    }

    // after the catalogs and the judging workers have started
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (assessments.list(10_000).stream().anyMatch(a -> a.candidateEmail().equals(EMAIL))) {
            LOG.info("demo: already seeded");
            return;
        }
        Optional<RoleTemplate> cto = templates.find("cto");
        if (cto.isEmpty()) {
            LOG.warn("demo: no role template 'cto', nothing seeded");
            return;
        }
        try {
            seed(cto.get());
        } catch (RuntimeException | IOException e) {
            LOG.warn("demo: could not seed the demo candidate: " + e.getMessage(), e);
        }
    }

    private void seed(RoleTemplate template) throws IOException {
        var created = assessments.create(new Assessments.NewAssessment("Dana Demo", EMAIL, template),
                Duration.ofDays(14), ACTOR);
        Assessment a = assessments.start(created.assessment().id());
        boolean first = true;
        for (String id : a.exercises()) {
            Problem p = problems.find(id).orElse(null);
            if (p == null) {
                continue;
            }
            if (!p.meta().judged()) {
                drafts.save(a.id(), id, "markdown", DemoTexts.designAnswer(p.name()), 0);
                continue;
            }
            // one exercise with a wrong answer, so the report shows a failing group too
            Optional<ExpectedSubmission> s = pick(p, first ? "wrong_answer" : "accepted")
                    .or(() -> pick(p, "accepted"));
            first = false;
            if (s.isEmpty()) {
                continue;
            }
            String source = Files.readString(s.get().path());
            drafts.save(a.id(), id, s.get().language(), source, 0);
            judging.submit(id, new Submission(s.get().language(), source), Purpose.SUBMIT, a.owner(), "demo-" + id);
        }
        assessments.finish(a.id());
        rubrics.kit(template.id()).ifPresent(kit -> scoreInterviews(a, kit));
        LOG.infof("demo: seeded the finished assessment of Dana Demo (%s) with its scorecards; the report is at "
                + "/staff/reports/%s", a.id(), a.id());
    }

    private void scoreInterviews(Assessment a, InterviewKit kit) {
        // as many scorecards as the CTO policy asks for (3); opinions that differ somewhat, as panels do
        List<String> interviewers = List.of("demo-interviewer", "priya.sharma", "tomas.berg");
        List<Integer> bias = List.of(3, 3, 2);
        for (int i = 0; i < Math.min(interviewers.size(), kit.interviews().size()); i++) {
            InterviewKit.Interview interview = kit.interviews().get(i);
            String who = interviewers.get(i);
            scorecards.assign(new Assignment(a.id(), who, interview.id()), ACTOR);
            Map<String, ScorecardContent.Item> ratings = new LinkedHashMap<>();
            int n = 0;
            for (String competency : interview.focus()) {
                int rating = Math.min(4, bias.get(i) + (n++ % 2));
                ratings.put(competency, new ScorecardContent.Item(rating, DemoTexts.evidence(competency, rating)));
            }
            scorecards.save(a.id(), who, ScorecardKind.PEOPLE, interview.id(), new ScorecardContent(
                    DemoTexts.notes(interview.title()), ratings, i < 2 ? "HIRE" : "NO_HIRE"));
            scorecards.submit(a.id(), who, ScorecardKind.PEOPLE, interview.id());
            for (String design : interview.designExercises()) {
                problems.find(design).filter(p -> a.exercises().contains(design)).ifPresent(p -> {
                    Map<String, ScorecardContent.Item> dims = new LinkedHashMap<>();
                    for (DesignDimension d : p.meta().dimensions()) {
                        dims.put(d.id(), new ScorecardContent.Item(3, "Covered with numbers; see the document."));
                    }
                    scorecards.save(a.id(), who, ScorecardKind.DESIGN, design, new ScorecardContent(
                            "Design review of the written answer.", dims, "NONE"));
                    scorecards.submit(a.id(), who, ScorecardKind.DESIGN, design);
                });
            }
        }
    }

    private static Optional<ExpectedSubmission> pick(Problem p, String folder) {
        return p.submissions().stream()
                .filter(s -> folder.equals(s.expected()) && "python3".equals(s.language())
                        && Files.isRegularFile(s.path()))
                .findFirst();
    }
}
