/**
 * Problem packages: reading and validating Kattis/ICPC problem packages (legacy, 2023-07-draft,
 * 2025-09) with Redline's {@code redline.yaml}, and the default output validator.
 *
 * <p>Entry points: {@link dev.redline.problems.ProblemLoader#load} for one package (a
 * {@link dev.redline.problems.LoadResult}: a {@link dev.redline.problems.Problem} or every
 * {@link dev.redline.problems.PackageError}), {@link dev.redline.problems.ProblemBank#load} for a
 * directory of packages, {@link dev.redline.problems.DefaultOutputValidator} to check an output, and
 * {@link dev.redline.problems.Languages} for file-extension to language id. The readers behind the loader
 * are package-private, one per part of a package: problem.yaml ({@code ProblemYamlReader},
 * {@code LimitsReader}), statement, test data ({@code TestDataScanner} then {@code LegacyGroups} or
 * {@code CurrentGroups}), output validator, submissions, redline.yaml. All of that is plain Java; the
 * service side is {@code ProblemCatalog} (the bank the service serves) and {@code ProblemResource}
 * (the candidate's read-only view over HTTP).
 */
package dev.redline.problems;
