package dev.redline.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Loads and validates one problem package (Kattis/ICPC problem package format: legacy, 2023-07-draft
 * or 2025-09) plus Redline's {@code redline.yaml}. Never throws for a bad package: every problem found
 * is reported in one pass, as a {@link PackageError} with the file, the line when there is one, and how
 * to fix it; a package with any error yields no {@link Problem}, so a broken package never half-loads.
 *
 * <p>Decisions, where the spec leaves room or Redline does less than the spec:
 * <ul>
 * <li>Problem type {@code submit-answer} is refused with an error: Redline runs a program. Types
 *     {@code interactive} and {@code multi-pass} (legacy: {@code validation: custom interactive} /
 *     {@code custom multi-pass}) need the package's own output validator, which then runs beside the
 *     submission in a box of its own ({@link OutputValidation#streamed()}).</li>
 * <li>Also refused, because ignoring them would judge wrongly: custom graders and the legacy grader
 *     modes avg, max, always_accept and accept_if_any_accepted; grading objective min; static
 *     validation; submission {@code args}; {@code .files} test-case directories; more than one legacy
 *     output validator; keys that moved between versions (e.g. {@code validator_flags} in a 2025-09
 *     problem.yaml, {@code testdata.yaml} in a 2025-09 package; a 2023-07-draft package may use testdata.yaml,
 *     as problemtools reads it, or test_group.yaml, not both).</li>
 * <li>Unknown problem.yaml and group keys are warnings (the spec says errors; being lenient lets public
 *     packages with tool-specific keys in); unknown redline.yaml keys are errors.</li>
 * <li>Samples may be absent (a warning). A statement in Markdown or LaTeX (English preferred) is required;
 *     LaTeX is converted to Markdown ({@link LatexStatement}); PDF-only statements are refused.</li>
 * <li>redline.yaml may be absent: the package is then a coding exercise (a warning says what was assumed).</li>
 * <li>Limits: see {@link ProblemLimits}. Defaults where the spec says "system default": memory 1024 MiB,
 *     output 8 MiB, code 128 KiB, compilation 60 s, validation 60 s and 1024 MiB. Caps (with a
 *     warning): memory and validation memory 1024 MiB, time limit 60 s, output 64 MiB, code 1024 KiB,
 *     compilation and validation time 60 s. Without a time limit, at least one accepted submission in
 *     a Redline language is required, to derive it.</li>
 * <li>Test data mapping: see {@link LegacyGroups} and {@link CurrentGroups}; samples are judged but
 *     never scored.</li>
 * <li>A system-design exercise ({@code kind: design} in redline.yaml) is a Redline extension: a Markdown
 *     prompt and staff-only interviewer guidance, no test data, submissions or limits; see
 *     {@link DesignPackageReader}.</li>
 * </ul>
 */
public final class ProblemLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /**
     * Loads the package in {@code packageDir}; its directory name is the problem id. Static because the
     * loader holds no state (thread-safe); the public constructor stays so that older callers that
     * write {@code new ProblemLoader().load(dir)} still compile.
     */
    public static LoadResult load(Path packageDir) {
        Findings findings = new Findings();
        Problem problem;
        try {
            problem = read(packageDir.toAbsolutePath().normalize(), findings);
        } catch (RuntimeException e) {
            // a bug in the loader must cost one package, not the whole bank
            findings.error(".", null, "Redline failed while reading this package (" + e
                    + "): this is a Redline bug, please report it with the package");
            problem = null;
        }
        return new LoadResult(findings.hasErrors() ? null : problem, findings.errors(), findings.warnings());
    }

    private static Problem read(Path dir, Findings findings) {
        if (!Files.isDirectory(dir)) {
            findings.error(".", null, "package directory " + dir + " does not exist");
            return null;
        }
        String id = dir.getFileName().toString();
        if (!ID.matcher(id).matches()) {
            findings.error(".", null, "directory name \"" + id + "\" is the problem id, used in URLs: rename it to"
                    + " lowercase letters, digits, - and _ (at most 64)");
        }
        ProblemConfig config = new ProblemYamlReader(dir, findings).read();
        if (RedlineYamlReader.declaresDesign(dir)) {
            return DesignPackageReader.read(dir, id, config, findings);
        }
        StatementReader.Found statement = StatementReader.read(dir, config, findings);
        OutputValidation validation = OutputValidatorReader.read(dir, config, findings);
        TestDataReader.TestData data = TestDataReader.read(dir, config, validation.isDefault(), findings);
        List<ExpectedSubmission> submissions = SubmissionReader.read(dir, findings);
        checkSubmissions(config, submissions, findings);
        RedlineMeta meta = new RedlineYamlReader(dir, config, findings).read();
        if (findings.hasErrors()) {
            return null;
        }
        String name = name(id, config, statement, findings);
        return new Problem(id, name, dir, config.format(), config.type(), config.limits(), statement.statement(),
                List.copyOf(data.samples()), data.secret(), validation, List.copyOf(submissions),
                meta.summary().isEmpty() && !RedlineYamlReader.present(dir) ? meta.withSummary(name) : meta);
    }

    private static void checkSubmissions(ProblemConfig config, List<ExpectedSubmission> submissions,
            Findings findings) {
        List<ExpectedSubmission> accepted = submissions.stream().filter(s -> s.expected().equals("accepted"))
                .toList();
        boolean runnable = accepted.stream().anyMatch(s -> s.language() != null);
        if (config.limits().timeLimitDerived() && !runnable) {
            findings.error("submissions/accepted", null, "problem.yaml gives no time limit, so Redline derives it"
                    + " from accepted submissions, but there is none in " + Languages.ALL + ": add one, or set"
                    + " limits.time_limit in problem.yaml");
        } else if (accepted.isEmpty()) {
            findings.warn("submissions/accepted", null, "has no submission: the spec requires at least one, and"
                    + " Redline cannot check the test data without it");
        }
    }

    /** The name in the statement's language, else English, else any; legacy falls back to \problemname. */
    static String name(String id, ProblemConfig config, StatementReader.Found statement,
            Findings findings) {
        Map<String, String> names = config.names();
        if (!config.legacy() && !names.isEmpty() && !new TreeSet<>(names.keySet()).equals(
                new TreeSet<>(statement.languages()))) {
            findings.warn(ProblemYamlReader.FILE, null, "name is given for " + new TreeSet<>(names.keySet())
                    + " but statements exist for " + statement.languages() + ": the spec wants the same languages");
        }
        String language = statement.statement().language();
        if (names.containsKey(language)) {
            return names.get(language);
        }
        if (names.containsKey("en")) {
            return names.get("en");
        }
        if (!names.isEmpty()) {
            return names.values().iterator().next();
        }
        return statement.latexName().orElse(id);
    }
}
