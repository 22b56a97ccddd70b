package dev.redline.problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem package, loaded and validated (Kattis/ICPC problem package format, legacy or current).
 * Immutable; everything a judge, the candidate view or {@code ./redline verify} needs.
 *
 * @param id          the package's directory name, stable, used in URLs
 * @param name        the problem's name from problem.yaml (English when several)
 * @param dir         where the package lives
 * @param format      which version of the format the package declared
 * @param type        pass-fail or scoring
 * @param limits      effective limits (time limit derived from submissions when not given)
 * @param statement   the statement to show candidates
 * @param samples     data/sample, in order
 * @param secret      data/secret as the root of the test group tree
 * @param validation  how outputs are checked
 * @param submissions the package's own submissions with their expected verdicts
 * @param meta        Redline's metadata from redline.yaml
 */
public record Problem(String id, String name, Path dir, PackageFormat format, ProblemType type, ProblemLimits limits,
        Statement statement, List<TestCase> samples, TestGroup secret, OutputValidation validation,
        List<ExpectedSubmission> submissions, RedlineMeta meta) {

    /** Every test case in judging order: samples first, then secret groups depth-first, cases by name. */
    public List<TestCase> allCases() {
        List<TestCase> all = new ArrayList<>(samples);
        all.addAll(secret.allCases());
        return all;
    }
}
