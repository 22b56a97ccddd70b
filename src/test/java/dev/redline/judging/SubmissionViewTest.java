package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a candidate sees of a judgement: hidden cases never show data or messages. Plain JUnit. */
class SubmissionViewTest {

    @Test
    void hiddenCasesShowVerdictTimeAndMemoryOnly() {
        var sample = new TestResult("sample/1", true, Verdict.AC, 3, 100, 0, "ok", "42\n");
        var hidden = new TestResult("secret/big/07-overflow-large-amounts", false, Verdict.WA, 9, 200, 0,
                "line 1: expected 1000000000000, got -727379968", "-727379968\n");
        var judgement = new Judgement(Verdict.WA, 0, 1, "", List.of(sample, hidden), List.of(), null);
        var stored = new StoredSubmission("id", "p", new Submission("c", "int main(){}"), Purpose.SUBMIT, "o", 1,
                StoredSubmission.Status.JUDGED, judgement);

        SubmissionView view = SubmissionView.of(stored);

        assertThat(view.tests().get(0)).isEqualTo(new SubmissionView.TestView("sample/1", "sample", true, "AC", 3,
                100, "42\n", "ok"));
        SubmissionView.TestView h = view.tests().get(1);
        assertThat(h).isEqualTo(new SubmissionView.TestView("hidden 1", "secret/big", false, "WA", 9, 200, null,
                null));
        assertThat(view.toString()).doesNotContain("overflow", "1000000000000", "-727379968");
    }

    @Test
    void notYetJudgedHasNoVerdict() {
        var stored = new StoredSubmission("id", "p", new Submission("c", "x"), Purpose.SUBMIT, "o", 1,
                StoredSubmission.Status.QUEUED, null);
        SubmissionView view = SubmissionView.of(stored);
        assertThat(view.verdict()).isNull();
        assertThat(view.tests()).isEmpty();
    }
}
