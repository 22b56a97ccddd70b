package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.problems.ProblemLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Code sent to a system-design exercise is refused with a reason the candidate can read, before anything
 * is stored or queued. Plain JUnit: the refusal is a check on the loaded problem, no service needed.
 */
class DesignRefusalTest {

    @Test
    void codeForADesignExerciseIsRefusedWithAClearMessage() {
        var filesync = ProblemLoader.load(Path.of("problems", "filesync")).problem();
        assertThatThrownBy(() -> JudgingService.refuseUnjudged(filesync)).isInstanceOf(SubmissionRejected.class)
                .hasMessage("filesync (Filesync - a sync client that never loses a file) is a system-design exercise:"
                        + " the candidate answers it with a design document that interviewers score, so no code is"
                        + " submitted or judged")
                .satisfies(e -> assertThat(((SubmissionRejected) e).reason())
                        .isEqualTo(SubmissionRejected.Reason.LANGUAGE_NOT_ALLOWED));
    }

    @Test
    void codeForACodingExerciseIsNotRefusedHere() {
        var deployorder = ProblemLoader.load(Path.of("problems", "deployorder")).problem();
        assertThatCode(() -> JudgingService.refuseUnjudged(deployorder)).doesNotThrowAnyException();
    }
}
