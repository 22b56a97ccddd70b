package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each submissions/ folder promises; plain JUnit. */
class ExpectationTest {

    @Test
    void eachFolderMeansItsVerdict() {
        assertThat(Expectation.met("accepted", Verdict.AC, 1)).isTrue();
        assertThat(Expectation.met("accepted", Verdict.WA, 0)).isFalse();
        assertThat(Expectation.met("wrong_answer", Verdict.WA, 0)).isTrue();
        assertThat(Expectation.met("wrong_answer", Verdict.TLE, 0)).isFalse();
        assertThat(Expectation.met("time_limit_exceeded", Verdict.TLE, 0)).isTrue();
        assertThat(Expectation.met("run_time_error", Verdict.RTE, 0)).isTrue();
        assertThat(Expectation.met("memory_limit_exceeded", Verdict.MLE, 0)).isTrue();
        assertThat(Expectation.met("compile_error", Verdict.CE, 0)).isTrue();
    }

    @Test
    void slowAcceptedIsEitherAcceptedOrTooSlow() {
        assertThat(Expectation.met("slow_accepted", Verdict.AC, 1)).isTrue();
        assertThat(Expectation.met("slow_accepted", Verdict.TLE, 0)).isTrue();
        assertThat(Expectation.met("slow_accepted", Verdict.WA, 0)).isFalse();
    }

    @Test
    void partiallyAcceptedNeedsAScoreButNotAC() {
        assertThat(Expectation.met("partially_accepted", Verdict.WA, 20)).isTrue();
        assertThat(Expectation.met("partially_accepted", Verdict.WA, 0)).isFalse();
        assertThat(Expectation.met("partially_accepted", Verdict.AC, 100)).isFalse();
    }

    @Test
    void aJudgeErrorNeverMeetsAnExpectation() {
        for (String folder : new String[] {"accepted", "wrong_answer", "rejected", "slow_accepted"}) {
            assertThat(Expectation.met(folder, Verdict.JE, 0)).as(folder).isFalse();
        }
        assertThat(Expectation.known("frobnicated")).isFalse();
    }
}
