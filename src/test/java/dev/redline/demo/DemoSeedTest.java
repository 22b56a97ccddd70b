package dev.redline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.assessments.Assessment;
import dev.redline.assessments.Assessments;
import dev.redline.assessments.Drafts;
import dev.redline.evaluation.Scorecards;
import dev.redline.evaluation.StoredScorecard;
import dev.redline.judging.JudgingService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `./redline up` seeds one finished demo candidate with scorecards and a design review from the real bank, once. */
@QuarkusTest
@TestProfile(DemoSeedTest.Seeded.class)
class DemoSeedTest {

    public static class Seeded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("redline.demo.seed", "true", "redline.problems.dir", "problems");
        }
    }

    @Inject
    Assessments assessments;

    @Inject
    Scorecards scorecards;

    @Inject
    Drafts drafts;

    @Inject
    JudgingService judging;

    @Inject
    DemoSeed seed;

    @Test
    void aFinishedCandidateWithTwoScorecardsIsSeededOnce() {
        List<Assessment> demo = demo();
        assertThat(demo).hasSize(1);
        Assessment a = demo.get(0);
        assertThat(a.status()).isEqualTo(Assessment.Status.FINISHED);
        assertThat(a.templateId()).isEqualTo("cto");
        List<StoredScorecard> cards = scorecards.of(a.id());
        assertThat(cards.stream().filter(c -> c.kind() == dev.redline.evaluation.ScorecardKind.PEOPLE)
                .filter(StoredScorecard::submitted).map(StoredScorecard::interviewer).distinct().count())
                .isGreaterThanOrEqualTo(2);
        for (String exercise : a.exercises()) {
            boolean answered = drafts.latest(a.id(), exercise, "python3").isPresent()
                    || drafts.latest(a.id(), exercise, "markdown").isPresent();
            assertThat(answered).as("an answer for " + exercise).isTrue();
        }
        assertThat(a.exercises().stream().mapToInt(e -> judging.history(a.owner(), e).size()).sum())
                .as("coding submissions queued for judging").isGreaterThanOrEqualTo(2);

        assertThat(cards.stream().filter(c -> c.kind() == dev.redline.evaluation.ScorecardKind.DESIGN)
                .filter(StoredScorecard::submitted)).as("the filesync design review").isNotEmpty();

        seed.onStart(null);
        assertThat(demo()).as("a second start seeds nothing").hasSize(1);
    }

    private List<Assessment> demo() {
        return assessments.list(10_000).stream().filter(x -> x.candidateEmail().equals(DemoSeed.EMAIL)).toList();
    }
}
