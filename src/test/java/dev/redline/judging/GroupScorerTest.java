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

    // Reference semantics below: problemtools' default grader (support/default_grader) given each
    // child's verdict and score, one line per child, in judging order.

    static TestResult scored(String name, Verdict v, double score) {
        return new TestResult(name, false, v, 1, 1, score, "", "");
    }

    static TestGroup legacy(Aggregation aggregation, GroupScoring.VerdictRule rule, String... cases) {
        return new TestGroup("secret", new GroupScoring(aggregation, false, null, 1, 0, true, rule),
                java.util.Arrays.stream(cases).map(GroupScorerTest::tc).toList(), List.of());
    }

    @Test
    void avgIsTheMeanOfTheCasesThatRan() {
        // on_reject: break stopped before d; the grader sees "AC 4 AC 2 WA 0" and prints "WA 2"
        GroupResult res = GroupScorer.score(legacy(Aggregation.AVG, GroupScoring.VerdictRule.ALL_ACCEPTED,
                "a", "b", "c", "d"), results(scored("a", Verdict.AC, 4), scored("b", Verdict.AC, 2),
                        scored("c", Verdict.WA, 0)));
        assertThat(res.score()).isEqualTo(2);
        assertThat(res.verdict()).isEqualTo(Verdict.WA);
    }

    @Test
    void maxIsTheBestChild() {
        // "AC 4 WA 0 AC 7" gives "WA 7"
        GroupResult res = GroupScorer.score(legacy(Aggregation.MAX, GroupScoring.VerdictRule.ALL_ACCEPTED,
                "a", "b", "c"), results(scored("a", Verdict.AC, 4), scored("b", Verdict.WA, 0),
                        scored("c", Verdict.AC, 7)));
        assertThat(res.score()).isEqualTo(7);
        assertThat(res.maxScore()).isEqualTo(1);
        assertThat(res.verdict()).isEqualTo(Verdict.WA);
    }

    @Test
    void alwaysAcceptAcceptsAGroupWhateverItsCasesGot() {
        // "WA 0 TLE 0 AC 3" gives "AC 3"
        GroupResult res = GroupScorer.score(legacy(Aggregation.SUM, GroupScoring.VerdictRule.ALWAYS,
                "a", "b", "c"), results(scored("a", Verdict.WA, 0), scored("b", Verdict.TLE, 0),
                        scored("c", Verdict.AC, 3)));
        assertThat(res.verdict()).isEqualTo(Verdict.AC);
        assertThat(res.score()).isEqualTo(3);
    }

    @Test
    void acceptIfAnyAcceptedNeedsOneAcceptedChild() {
        var inner = new TestGroup("secret/g", new GroupScoring(Aggregation.SUM, false, null, 1, 0, true),
                List.of(tc("g/a")), List.of());
        var g = new TestGroup("secret", new GroupScoring(Aggregation.MIN, false, null, 1, 0, true,
                GroupScoring.VerdictRule.ANY_ACCEPTED), List.of(tc("a")), List.of(inner));
        // "WA 0 AC 5" gives "AC 0" (min of the scores)
        GroupResult one = GroupScorer.score(g, results(scored("a", Verdict.WA, 0), scored("g/a", Verdict.AC, 5)));
        assertThat(one.verdict()).isEqualTo(Verdict.AC);
        assertThat(one.score()).isZero();
        // "WA 0 RTE 0": no accepted child, the error stands
        GroupResult none = GroupScorer.score(g, results(scored("a", Verdict.WA, 0), scored("g/a", Verdict.RTE, 0)));
        assertThat(none.verdict()).isEqualTo(Verdict.WA);
    }

    @Test
    void aPassFailGroupThatAlwaysAcceptsScoresInFull() {
        var g = new TestGroup("secret/g", new GroupScoring(Aggregation.SUM, true, 30.0, 1, 0, true,
                GroupScoring.VerdictRule.ALWAYS), List.of(tc("a"), tc("b")), List.of());
        GroupResult res = GroupScorer.score(g, results(r("a", Verdict.WA)));
        assertThat(res.verdict()).isEqualTo(Verdict.AC);
        assertThat(res.score()).isEqualTo(30);
    }
}
