package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interactive and multi-pass judging against the real sandbox: the submission and the validator each
 * in a box of their own, bytes relayed between them. Every time limit here is hit by a program that
 * never ends (a loop or a wait for input that never comes), never by one that is merely slow.
 */
class InteractiveJudgeTest {

    static final String NODE = DockerTestSupport.newNode();
    static final DockerSandbox SANDBOX = DockerTestSupport.sandbox(NODE);
    static final Judge JUDGE = new Judge(SANDBOX);

    @TempDir
    static Path dir;

    /** Guess the number from 1 to 1000 in at most 10 guesses; the answer to each is higher, lower or correct. */
    static final String GUESS_VALIDATOR = """
            import sys
            secret = int(open(sys.argv[1]).read().split()[0])
            feedback = sys.argv[3]
            def reject(message):
                open(feedback + 'judgemessage.txt', 'w').write(message)
                sys.exit(43)
            for i in range(10):
                line = sys.stdin.readline()
                if not line:
                    reject('guess %d: no guess' % (i + 1))
                guess = int(line)
                if guess == secret:
                    print('correct', flush=True)
                    if sys.stdin.read().strip():
                        reject('trailing output')
                    open(feedback + 'judgemessage.txt', 'w').write('found in %d' % (i + 1))
                    sys.exit(42)
                print('lower' if guess > secret else 'higher', flush=True)
            reject('no guess left')
            """;

    static final String BINARY_SEARCH = """
            lo, hi = 1, 1000
            while True:
                m = (lo + hi) // 2
                print(m, flush=True)
                r = input()
                if r == 'correct':
                    break
                if r == 'higher':
                    lo = m + 1
                else:
                    hi = m - 1
            """;

    @AfterAll
    static void noBoxRemains() {
        SANDBOX.close();
        DockerTestSupport.assertNoBoxesLeft(NODE);
    }

    static Problem problem(String name, String validator, boolean interactive, int passes, String... inputs)
            throws IOException {
        Path v = Files.createDirectories(dir.resolve(name + "_validator"));
        Files.writeString(v.resolve("validator.py"), validator);
        TestCase sample = testCase(name, "sample/1", inputs[0], true);
        List<TestCase> secret = new java.util.ArrayList<>();
        for (int i = 1; i < inputs.length; i++) {
            secret.add(testCase(name, "secret/" + i, inputs[i], false));
        }
        var group = new TestGroup("secret", new GroupScoring(GroupScoring.Aggregation.SUM, true, null, 1, 0, false),
                secret, List.of());
        var limits = new ProblemLimits(1000, false, 128, 8, 128, 30_000, 10_000, 256);
        var meta = new RedlineMeta(RedlineMeta.Kind.CODING, List.of("python3"), Map.of(), 20, List.of(), name);
        return new Problem(name, name, dir, PackageFormat.V2025_09, ProblemType.PASS_FAIL, limits,
                new Statement(Statement.Format.MARKDOWN, "en", "Guess."), List.of(sample), group,
                new OutputValidation(v, List.of(), interactive, passes), List.<ExpectedSubmission>of(), meta);
    }

    static TestCase testCase(String problem, String name, String in, boolean sample) throws IOException {
        Path input = dir.resolve(problem + "_" + name.replace('/', '_') + ".in");
        Path answer = dir.resolve(problem + "_" + name.replace('/', '_') + ".ans");
        Files.writeString(input, in);
        Files.writeString(answer, "");
        return new TestCase(name, input, answer, "", List.of(), sample);
    }

    static Problem guess(String validator) throws IOException {
        return problem("guess" + Math.abs(validator.hashCode()), validator, true, 1, "77\n", "1\n", "1000\n",
                "500\n");
    }

    static Judgement judge(Problem p, String source) {
        return JUDGE.judge(p, new Submission("python3", source), JudgeListener.NONE);
    }

    @Test
    void aDialogueThatFindsTheNumberIsAccepted() throws IOException {
        Judgement j = judge(guess(GUESS_VALIDATOR), BINARY_SEARCH);
        assertThat(j.verdict()).as(String.valueOf(j)).isEqualTo(Verdict.AC);
        assertThat(j.tests()).hasSize(4).allSatisfy(t -> assertThat(t.verdict()).isEqualTo(Verdict.AC));
        assertThat(j.tests().get(0).judgeMessage()).startsWith("found in");
        assertThat(j.tests().get(0).output()).as("the sample's guesses are shown").startsWith("500\n250\n");
        assertThat(j.tests().get(1).output()).as("a hidden case shows nothing").isEmpty();
    }

    @Test
    void theValidatorsRejectionIsAWrongAnswerWithItsMessage() throws IOException {
        Judgement j = judge(guess(GUESS_VALIDATOR), "while True:\n    print(1, flush=True)\n    input()\n");
        assertThat(j.verdict()).isEqualTo(Verdict.WA);
        assertThat(j.tests()).singleElement().satisfies(t -> assertThat(t.judgeMessage()).isEqualTo(
                "no guess left"));
    }

    @Test
    void aValidatorThatCrashesIsAJudgeErrorNeverTheCandidates() throws IOException {
        Judgement j = judge(guess("import sys\nsys.stdin.readline()\nraise RuntimeError('bug in the validator')\n"),
                BINARY_SEARCH);
        assertThat(j.verdict()).isEqualTo(Verdict.JE);
        assertThat(j.judgeError()).contains("output validator failed").contains("bug in the validator");
    }

    @Test
    void aSubmissionThatLoopsWhileTheValidatorWaitsIsTimeLimitExceeded() throws IOException {
        Judgement j = judge(guess(GUESS_VALIDATOR), "while True: pass\n");
        assertThat(j.verdict()).isEqualTo(Verdict.TLE);
    }

    @Test
    void aSubmissionThatNeverReadsDoesNotStallTheValidator() throws IOException {
        // the validator floods 8 MiB before it reads; the submission reads nothing and waits forever
        String flood = "import sys\nsys.stdout.write('higher\\n' * (8 << 17))\nsys.stdout.flush()\n"
                + "sys.exit(43 if not sys.stdin.read() else 42)\n";
        Judgement j = judge(guess(flood), "import time\nwhile True: time.sleep(1)\n");
        assertThat(j.verdict()).as("the submission ran out of time before the validator decided")
                .isEqualTo(Verdict.TLE);
        Judgement silent = judge(guess(GUESS_VALIDATOR), "print(500)\n");
        assertThat(silent.verdict()).isEqualTo(Verdict.WA);
        assertThat(silent.tests().get(0).judgeMessage()).isEqualTo("guess 2: no guess");
    }

    @Test
    void aValidatorThatRejectsEarlyWinsOverTheSubmissionsLaterCrash() throws IOException {
        // rejects the first guess at once: the binary search then dies reading a closed stdin
        Judgement j = judge(guess("import sys\nsys.stdin.readline()\nsys.exit(43)\n"), BINARY_SEARCH);
        assertThat(j.verdict()).isEqualTo(Verdict.WA);
        // accepting at once does not excuse the crash that follows
        Judgement accepted = judge(guess("import sys\nsys.stdin.readline()\nsys.exit(42)\n"), BINARY_SEARCH);
        assertThat(accepted.verdict()).isEqualTo(Verdict.RTE);
        assertThat(accepted.tests().get(0).judgeMessage()).contains("EOFError");
    }

    /** Pass 1 asks for double the number, pass 2 for double again; the validator keeps its state in feedback/. */
    static final String TWO_PASS_VALIDATOR = """
            import os, sys
            n = int(open(sys.argv[1]).read())
            feedback = sys.argv[3]
            got = int(sys.stdin.read())
            if got != 2 * n:
                open(feedback + 'judgemessage.txt', 'w').write('expected %d, got %d' % (2 * n, got))
                sys.exit(43)
            if os.path.exists(feedback + 'state'):
                open(feedback + 'judgemessage.txt', 'w').write('two passes')
                sys.exit(42)
            open(feedback + 'state', 'w').write('one')
            open(feedback + 'nextpass.in', 'w').write(str(got) + '\\n')
            sys.exit(42)
            """;

    @Test
    void multiPassRunsTheSubmissionAgainOnTheValidatorsNextInput() throws IOException {
        Problem p = problem("twopass", TWO_PASS_VALIDATOR, false, 2, "3\n", "5\n", "-4\n");
        Judgement j = judge(p, "print(2 * int(input()))\n");
        assertThat(j.verdict()).as(String.valueOf(j)).isEqualTo(Verdict.AC);
        assertThat(j.tests()).hasSize(3).allSatisfy(t -> assertThat(t.judgeMessage()).isEqualTo("two passes"));

        Judgement second = judge(p, "import os\nn = int(input())\nprint(2 * n if abs(n) < 6 else n)\n");
        assertThat(second.verdict()).isEqualTo(Verdict.WA);
        assertThat(second.tests().get(0).judgeMessage()).isEqualTo("expected 12, got 6");

        Problem onePass = problem("onepass", TWO_PASS_VALIDATOR, false, 1, "3\n");
        assertThat(onePass.validation().multiPass()).isFalse();
        Problem tooFew = problem("toofew", TWO_PASS_VALIDATOR.replace("os.path.exists(feedback + 'state')",
                "False"), false, 2, "3\n");
        Judgement endless = judge(tooFew, "print(2 * int(input()))\n");
        assertThat(endless.verdict()).isEqualTo(Verdict.JE);
        assertThat(endless.judgeError()).contains("after the last one");
    }
}
