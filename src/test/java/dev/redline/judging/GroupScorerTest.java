package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.problems.GroupScoring;
import dev.redline.problems.GroupScoring.Aggregation;
import dev.redline.problems.TestCase;
import dev.redline.problems.TestGroup;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Group scoring rules; plain JUnit, pure logic. */
class GroupScorerTest {

    static TestCase tc(String name) {
        return new TestCase(name, Path.of(name + ".in"), Path.of(name + ".ans"), "", List.of(), false);
    }

    static TestResult r(String name, Verdict v) {
        return new TestResult(name, false, v, 1, 1, 1, "", "");
    }

    static Map<String, TestResult> results(TestResult... rs) {
        Map<String, TestResult> m = new HashMap<>();
        for (TestResult t : rs) {
            m.put(t.name(), t);
        }
        return m;
    }

    static final GroupScoring SUM = new GroupScoring(Aggregation.SUM, false, null, 1, 0, false);

    @Test
    void passFailGroupScoresAllOrNothing() {
        var g = new TestGroup("secret/g1", new GroupScoring(Aggregation.SUM, true, 30.0, 1, 0, true),
                List.of(tc("a"), tc("b")), List.of());
        assertThat(GroupScorer.score(g, results(r("a", Verdict.AC), r("b", Verdict.AC))).score()).isEqualTo(30);
        GroupResult failed = GroupScorer.score(g, results(r("a", Verdict.AC), r("b", Verdict.TLE)));
        assertThat(failed.score()).isZero();
        assertThat(failed.maxScore()).isEqualTo(30);
        assertThat(failed.verdict()).isEqualTo(Verdict.TLE);
    }

    @Test
    void sumGroupCountsAcceptedCasesAndUnjudgedCasesAsRejected() {
        var g = new TestGroup("secret", SUM, List.of(tc("a"), tc("b"), tc("c")), List.of());
        GroupResult res = GroupScorer.score(g, results(r("a", Verdict.AC), r("b", Verdict.WA)));
        assertThat(res.score()).isEqualTo(1);
        assertThat(res.maxScore()).isEqualTo(3);
        assertThat(res.verdict()).isEqualTo(Verdict.WA);
    }

    @Test
    void minGroupIsItsWeakestCase() {
        var g = new TestGroup("secret", new GroupScoring(Aggregation.MIN, false, null, 5, 0, false),
                List.of(tc("a"), tc("b")), List.of());
        assertThat(GroupScorer.score(g, results(r("a", Verdict.AC), r("b", Verdict.AC))).score()).isEqualTo(1);
        assertThat(GroupScorer.score(g, results(r("a", Verdict.AC), r("b", Verdict.RTE))).score()).isZero();
    }

    @Test
    void declaredScoreScalesTheAggregate() {
        var g = new TestGroup("secret/g", new GroupScoring(Aggregation.SUM, false, 50.0, 1, 0, false),
                List.of(tc("a"), tc("b"), tc("c"), tc("d")), List.of());
        GroupResult res = GroupScorer.score(g, results(r("a", Verdict.AC), r("b", Verdict.AC), r("c", Verdict.AC),
                r("d", Verdict.WA)));
        assertThat(res.score()).isEqualTo(37.5);
        assertThat(res.maxScore()).isEqualTo(50);
    }

    @Test
    void nestedGroupsAddUpAndTheFirstFailureIsTheVerdict() {
        var g1 = new TestGroup("secret/g1", new GroupScoring(Aggregation.SUM, true, 20.0, 1, 0, true),
                List.of(tc("g1/a")), List.of());
        var g2 = new TestGroup("secret/g2", new GroupScoring(Aggregation.SUM, true, 30.0, 1, 0, true),
                List.of(tc("g2/a")), List.of());
        var g3 = new TestGroup("secret/g3", new GroupScoring(Aggregation.SUM, true, 50.0, 1, 0, true),
                List.of(tc("g3/a")), List.of());
        var secret = new TestGroup("secret", SUM, List.of(), List.of(g1, g2, g3));
        GroupResult res = GroupScorer.score(secret, results(r("g1/a", Verdict.AC), r("g2/a", Verdict.WA),
                r("g3/a", Verdict.TLE)));
        assertThat(res.score()).isEqualTo(20);
        assertThat(res.maxScore()).isEqualTo(100);
        assertThat(res.verdict()).isEqualTo(Verdict.WA);
        assertThat(res.groups()).extracting(GroupResult::score).containsExactly(20.0, 0.0, 0.0);
    }

    @Test
    void validatorScoresReplaceTheAcceptScore() {
        var g = new TestGroup("secret", SUM, List.of(tc("a"), tc("b")), List.of());
        var a = new TestResult("a", false, Verdict.AC, 1, 1, 0.25, "", "");
        var b = new TestResult("b", false, Verdict.AC, 1, 1, 0.5, "", "");
        assertThat(GroupScorer.score(g, results(a, b)).score()).isEqualTo(0.75);
    }
}
