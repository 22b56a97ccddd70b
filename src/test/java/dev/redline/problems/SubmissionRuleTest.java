package dev.redline.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** submissions.yaml expectations checked against per-test verdicts. Plain JUnit: pure code. */
class SubmissionRuleTest {

    private static SubmissionRule rule(Set<String> permitted, Set<String> required, Double min, Double max) {
        return new SubmissionRule("submissions/submissions.yaml:2 (x/)", permitted, required, min, max, null);
    }

    @Test
    void permittedVerdictsMustCoverEveryTestCase() {
        SubmissionRule r = rule(Set.of("AC", "WA"), null, null, null);
        assertThat(r.violation(List.of("AC", "WA", "AC"), 0)).isNull();
        assertThat(r.violation(List.of("AC", "TLE"), 0)).isEqualTo("submissions/submissions.yaml:2 (x/) permits only"
                + " [AC, WA], got [TLE]");
    }

    @Test
    void aRequiredVerdictMustOccurOnce() {
        SubmissionRule r = rule(null, Set.of("TLE"), null, null);
        assertThat(r.violation(List.of("AC", "TLE"), 0)).isNull();
        assertThat(r.violation(List.of("AC", "AC"), 0)).isEqualTo("submissions/submissions.yaml:2 (x/) requires a test"
                + " case with one of [TLE], got [AC]");
    }

    @Test
    void memoryAndOutputLimitsCountAsRunTimeErrors() {
        SubmissionRule r = rule(Set.of("AC", "RTE"), Set.of("RTE"), null, null);
        assertThat(r.violation(List.of("AC", "MLE"), 0)).isNull();
        assertThat(r.violation(List.of("OLE"), 0)).isNull();
    }

    @Test
    void theScoreMustFallInItsRange() {
        SubmissionRule r = new SubmissionRule("s", null, null, 20.0, 60.0, "half the groups");
        assertThat(r.violation(List.of("WA"), 50)).isNull();
        assertThat(r.violation(List.of("AC"), 100)).isEqualTo("s wants a score in [20.0, 60.0], got 100.0 (half the"
                + " groups)");
    }
}
