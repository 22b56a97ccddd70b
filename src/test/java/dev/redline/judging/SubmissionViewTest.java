package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a candidate sees of a judgement: hidden cases never show data or messages. Plain JUnit. */
class SubmissionViewTest {

    @Test
    void hiddenCasesShowVerdictAndCoarseTimeOnly() {
        var sample = new TestResult("sample/1", true, Verdict.AC, 3, 100, 0, "ok", "42\n");
        var hidden = new TestResult("secret/big/07-overflow-large-amounts", false, Verdict.WA, 9, 200, 0,
                "line 1: expected 1000000000000, got -727379968", "-727379968\n");
        var judgement = new Judgement(Verdict.WA, 0, 1, "", List.of(sample, hidden), List.of(), null);
        var stored = new StoredSubmission("id", "p", new Submission("c", "int main(){}"), Purpose.SUBMIT, "o", 1,
                StoredSubmission.Status.JUDGED, judgement);

        SubmissionView view = SubmissionView.of(stored);

        assertThat(view.tests().get(0)).isEqualTo(new SubmissionView.TestView("sample/1", "sample", true, "AC", 3,
                100L, "42\n", "ok"));
        SubmissionView.TestView h = view.tests().get(1);
        assertThat(h).isEqualTo(new SubmissionView.TestView("hidden 1", "secret/big", false, "WA", 0, null, null,
                null));
        assertThat(view.toString()).doesNotContain("overflow", "1000000000000", "-727379968");
    }

    /** The observed leak: a program allocated ord(input[0]) MiB and read the secret back from memoryKb. */
    @Test
    void aHiddenInputEncodedInMemoryOrTimeDoesNotReachTheView() {
        byte[] secret = "Zebra".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<TestResult> runs = new java.util.ArrayList<>();
        for (int i = 0; i < secret.length; i++) {
            // memory: 1 MiB per code point; time: 1 ms per code point, as a program could spend it
            runs.add(new TestResult("secret/" + i, false, Verdict.AC, 200 + secret[i], 10_000 + 1024L * secret[i], 1,
                    "", ""));
        }
        var stored = new StoredSubmission("id", "p", new Submission("python3", "x"), Purpose.SUBMIT, "o", 1,
                StoredSubmission.Status.JUDGED, new Judgement(Verdict.AC, 5, 5, "", runs, List.of(), null));

        List<SubmissionView.TestView> seen = SubmissionView.of(stored).tests();
        assertThat(seen).extracting(SubmissionView.TestView::memoryKb).containsOnlyNulls();
        assertThat(seen).extracting(SubmissionView.TestView::timeMs).containsOnly(300L);
        assertThat(SubmissionView.tests(runs)).extracting(SubmissionView.TestView::memoryKb)
                .containsOnlyNulls();

        List<SubmissionView.TestView> admin = SubmissionView.exact(stored).tests();
        assertThat(admin).extracting(SubmissionView.TestView::memoryKb).containsExactly(10_000 + 1024L * 'Z',
                10_000 + 1024L * 'e', 10_000 + 1024L * 'b', 10_000 + 1024L * 'r', 10_000 + 1024L * 'a');
        assertThat(admin).extracting(SubmissionView.TestView::name).containsExactly("hidden 1", "hidden 2",
                "hidden 3", "hidden 4", "hidden 5");
    }

    @Test
    void hiddenTimeIsRoundedToTheNearestStep() {
        assertThat(SubmissionView.coarse(0)).isZero();
        assertThat(SubmissionView.coarse(49)).isZero();
        assertThat(SubmissionView.coarse(50)).isEqualTo(100);
        assertThat(SubmissionView.coarse(1234)).isEqualTo(1200);
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
