package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.problems.ExpectedSubmission;
import dev.redline.problems.GroupScoring;
import dev.redline.problems.OutputValidation;
import dev.redline.problems.PackageFormat;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemLimits;
import dev.redline.problems.ProblemType;
import dev.redline.problems.RedlineMeta;
import dev.redline.problems.Statement;
import dev.redline.problems.TestCase;
import dev.redline.problems.TestGroup;
import dev.redline.sandbox.DockerSandbox;
import dev.redline.sandbox.DockerTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge against the real sandbox, on a small problem built in code: "print the sum of the two
 * numbers", a sample and two scored groups, the second with numbers beyond 32 bits.
 */
class JudgeTest {

    static final String NODE = DockerTestSupport.newNode();
    static final DockerSandbox SANDBOX = DockerTestSupport.sandbox(NODE);
    static final Judge JUDGE = new Judge(SANDBOX);

    @TempDir
    static Path dir;
    static Problem scoring;

    static final String AC = "a, b = map(int, input().split())\nprint(a + b)\n";

    @BeforeAll
    static void problem() throws IOException {
        scoring = sumProblem(ProblemType.SCORING, new OutputValidation(null, List.of()));
    }

    @AfterAll
    static void noBoxRemains() {
        DockerTestSupport.assertNoBoxesLeft(NODE);
    }

    static Problem sumProblem(ProblemType type, OutputValidation validation) throws IOException {
        TestCase sample = testCase("sample/1", "1 2\n", "3\n", true);
        var g1 = new TestGroup("secret/g1", new GroupScoring(GroupScoring.Aggregation.SUM, true, 40.0, 1, 0, true),
                List.of(testCase("secret/g1/a", "5 5\n", "10\n", false),
                        testCase("secret/g1/b", "100 200\n", "300\n", false)), List.of());
        var g2 = new TestGroup("secret/g2", new GroupScoring(GroupScoring.Aggregation.SUM, true, 60.0, 1, 0, true),
                List.of(testCase("secret/g2/c", "3000000000 1\n", "3000000001\n", false),
                        testCase("secret/g2/d", "7 -7\n", "0\n", false)), List.of());
        var secret = new TestGroup("secret", new GroupScoring(GroupScoring.Aggregation.SUM, false, null, 1, 0, false),
                List.of(), List.of(g1, g2));
        var limits = new ProblemLimits(1000, false, 128, 8, 128, 30_000, 10_000, 256);
        var meta = new RedlineMeta(RedlineMeta.Kind.CODING, List.of("python3", "c", "cpp", "java"), Map.of(), 20,
                List.of(), "sum");
        return new Problem("sum", "Sum", dir, PackageFormat.V2025_09, type, limits,
                new Statement(Statement.Format.MARKDOWN, "en", "Add."), List.of(sample), secret, validation,
                List.<ExpectedSubmission>of(), meta);
    }

    static TestCase testCase(String name, String in, String ans, boolean sample) throws IOException {
        Path input = dir.resolve(name.replace('/', '_') + ".in");
        Path answer = dir.resolve(name.replace('/', '_') + ".ans");
        Files.writeString(input, in);
        Files.writeString(answer, ans);
        return new TestCase(name, input, answer, "", List.of(), sample);
    }

    static Judgement judge(Problem p, String language, String source) {
        return JUDGE.judge(p, new Submission(language, source), JudgeListener.NONE);
    }

    /** Sleeps 3.2 s, then answers right: within a submission's wall (4 s), beyond a run's (2.5 s). */
    static final String SLEEPY = "import time\ntime.sleep(3.2)\na, b = map(int, input().split())\nprint(a + b)\n";

    @Test
    void runsOnSamplesAndOwnInputHaveTheTighterWallLimit() {
        Judgement samples = JUDGE.judgeSamples(scoring, new Submission("python3", SLEEPY), JudgeListener.NONE);
        assertThat(samples.verdict()).isEqualTo(Verdict.TLE);
        Judgement custom = JUDGE.runCustom(scoring, new Submission("python3", SLEEPY, "1 2\n"));
        assertThat(custom.verdict()).isEqualTo(Verdict.TLE);
    }

    @Test
    void aRunsWallLimitIsTiedToTheTimeLimitAndCapped() {
        assertThat(Judge.tryLimits(scoring.limits()).wallTimeMs()).isEqualTo(2_500);
        assertThat(Judge.tryLimits(scoring.limits()).cpuTimeMs()).isEqualTo(1_000);
        assertThat(Judge.runLimits(scoring.limits()).wallTimeMs()).as("a submission's").isEqualTo(4_000);
        var slow = new ProblemLimits(8_000, false, 128, 8, 128, 30_000, 10_000, 256);
        assertThat(Judge.tryLimits(slow).wallTimeMs()).as("capped").isEqualTo(10_000);
        var slower = new ProblemLimits(15_000, false, 128, 8, 128, 30_000, 10_000, 256);
        assertThat(Judge.tryLimits(slower).wallTimeMs()).as("never below the time limit").isEqualTo(15_000);
    }

    @Test
    void acceptedGetsEveryPointAndStreamsEveryTest() {
        List<TestResult> streamed = new ArrayList<>();
        Judgement j = JUDGE.judge(scoring, new Submission("python3", AC), new JudgeListener() {
            @Override
            public void tested(TestResult result, int done, int total) {
                streamed.add(result);
                assertThat(total).isEqualTo(5);
            }
        });
        assertThat(j.verdict()).isEqualTo(Verdict.AC);
        assertThat(j.score()).isEqualTo(100);
        assertThat(j.maxScore()).isEqualTo(100);
        assertThat(j.tests()).hasSize(5).isEqualTo(streamed);
        assertThat(j.tests().get(0).output()).isEqualTo("3\n");
        assertThat(j.tests().subList(1, 5)).allSatisfy(t -> assertThat(t.output()).isEmpty());
    }

    @Test
    void overflowLosesTheSecondGroupOnly() {
        String c = "#include <stdio.h>\nint main(void){int a,b;scanf(\"%d %d\",&a,&b);printf(\"%d\\n\",a+b);}\n";
        Judgement j = judge(scoring, "c", c);
        assertThat(j.verdict()).isEqualTo(Verdict.WA);
        assertThat(j.score()).isEqualTo(40);
        assertThat(j.groups().get(1).groups()).extracting(GroupResult::verdict).containsExactly(Verdict.AC,
                Verdict.WA);
        assertThat(j.tests()).extracting(TestResult::name).as("g2 stops at its first failure")
                .containsExactly("sample/1", "secret/g1/a", "secret/g1/b", "secret/g2/c");
    }

    @Test
    void eachRunFailureHasItsVerdict() {
        assertThat(judge(scoring, "python3", "while True: pass").verdict()).isEqualTo(Verdict.TLE);
        assertThat(judge(scoring, "python3", "raise SystemExit(3)").verdict()).isEqualTo(Verdict.RTE);
        assertThat(judge(scoring, "python3", "x = bytearray(512 << 20)\nfor i in range(0, len(x), 4096): x[i] = 1")
                .verdict()).isEqualTo(Verdict.MLE);
        assertThat(judge(scoring, "python3", "import sys\nwhile True: sys.stdout.write('x' * 65536)").verdict())
                .isEqualTo(Verdict.OLE);
        Judgement ce = judge(scoring, "cpp", "int main( { }");
        assertThat(ce.verdict()).isEqualTo(Verdict.CE);
        assertThat(ce.compileOutput()).contains("error");
        assertThat(ce.tests()).isEmpty();
    }

    @Test
    void aPassFailProblemStopsAtItsFirstFailure() throws IOException {
        Problem passFail = sumProblem(ProblemType.PASS_FAIL, new OutputValidation(null, List.of()));
        Judgement wrong = judge(passFail, "python3", "a, b = map(int, input().split())\nprint(a + b if a < 50 else 0)");
        assertThat(wrong.verdict()).isEqualTo(Verdict.WA);
        assertThat(wrong.tests()).extracting(TestResult::name).containsExactly("sample/1", "secret/g1/a",
                "secret/g1/b");
        assertThat(wrong.score()).isZero();
        Judgement right = judge(passFail, "python3", AC);
        assertThat(right.verdict()).isEqualTo(Verdict.AC);
        assertThat(right.score()).isEqualTo(right.maxScore()).isPositive();
    }

    @Test
    void aCustomValidatorDecidesAndExplains() throws IOException {
        Path validator = Files.createDirectories(dir.resolve("output_validator"));
        Files.writeString(validator.resolve("validator.py"), """
                import sys
                a, b = map(int, open(sys.argv[1]).read().split())
                feedback = sys.argv[3]
                try:
                    got = int(sys.stdin.read().strip())
                except ValueError:
                    open(feedback + '/judgemessage.txt', 'w').write('not a number')
                    sys.exit(43)
                if got == a + b:
                    sys.exit(42)
                open(feedback + '/judgemessage.txt', 'w').write('expected %d, got %d' % (a + b, got))
                sys.exit(43)
                """);
        Problem custom = sumProblem(ProblemType.SCORING, new OutputValidation(validator, List.of()));
        assertThat(judge(custom, "python3", AC).verdict()).isEqualTo(Verdict.AC);
        Judgement off = judge(custom, "python3", "a, b = map(int, input().split())\nprint(a + b + (a > 1000))");
        assertThat(off.verdict()).isEqualTo(Verdict.WA);
        assertThat(off.tests().stream().filter(t -> t.verdict() == Verdict.WA).findFirst().orElseThrow()
                .judgeMessage()).isEqualTo("expected 3000000001, got 3000000002");
        assertThat(judge(custom, "python3", "print('garbage')").tests().get(0).judgeMessage())
                .isEqualTo("not a number");
    }

    @Test
    void aBrokenValidatorIsAJudgeErrorNotTheCandidatesFault() throws IOException {
        Path validator = Files.createDirectories(dir.resolve("broken_validator"));
        Files.writeString(validator.resolve("validator.py"), "import sys\nsys.exit(1)\n");
        Problem broken = sumProblem(ProblemType.SCORING, new OutputValidation(validator, List.of()));
        Judgement j = judge(broken, "python3", AC);
        assertThat(j.verdict()).isEqualTo(Verdict.JE);
        assertThat(j.judgeError()).contains("output validator failed");
    }

    @Test
    void samplesOnlyAndCustomInput() {
        Judgement samples = JUDGE.judgeSamples(scoring, new Submission("python3", AC), JudgeListener.NONE);
        assertThat(samples.verdict()).isEqualTo(Verdict.AC);
        assertThat(samples.tests()).extracting(TestResult::name).containsExactly("sample/1");

        Judgement custom = JUDGE.runCustom(scoring, new Submission("python3", AC, "40 2\n"));
        assertThat(custom.tests()).singleElement().satisfies(t -> {
            assertThat(t.verdict()).isEqualTo(Verdict.AC);
            assertThat(t.output()).isEqualTo("42\n");
        });
        Judgement crash = JUDGE.runCustom(scoring, new Submission("python3", AC, "not numbers\n"));
        assertThat(crash.tests().get(0).verdict()).isEqualTo(Verdict.RTE);
        assertThat(crash.tests().get(0).judgeMessage()).contains("ValueError");
    }

    @Test
    void aMissingTimeLimitIsDerivedFromTheAcceptedSubmissions() throws IOException {
        Path accepted = Files.writeString(dir.resolve("accepted.py"), AC);
        Path slow = Files.writeString(dir.resolve("slow.py"),
                "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.6: pass\n" + AC);
        Problem base = sumProblem(ProblemType.SCORING, new OutputValidation(null, List.of()));
        var limits = new ProblemLimits(0, true, 128, 8, 128, 30_000, 10_000, 256, 2.0, 1.5, 100);
        Problem open = new Problem(base.id(), base.name(), base.dir(), base.format(), base.type(), limits,
                base.statement(), base.samples(), base.secret(), base.validation(),
                List.of(new ExpectedSubmission(accepted, "python3", "accepted"),
                        new ExpectedSubmission(slow, "python3", "time_limit_exceeded")), base.meta());

        Problem derived = TimeLimitDeriver.derive(open, JUDGE);

        assertThat(derived.limits().timeLimitDerived()).isTrue();
        assertThat(derived.limits().timeLimitMs() % 100).as("a multiple of the resolution").isZero();
        assertThat(derived.limits().timeLimitMs()).as("from the fast accepted one only, never the 0.6 s one")
                .isBetween(200L, 900L);
    }

    @Test
    void submissionsThatCannotBeJudgedAreRejectedUpFront() {
        assertThatThrownBy(() -> judge(scoring, "go", "package main")).isInstanceOf(SubmissionRejected.class)
                .hasMessageContaining("not allowed").hasMessageContaining("python3");
        assertThatThrownBy(() -> judge(scoring, "python3", "#".repeat(128 * 1024 + 1)))
                .isInstanceOf(SubmissionRejected.class).hasMessageContaining("131072");
    }
}
