package dev.redline.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists {@code submissions/<expected verdict>/<file or directory>}, each with its language guessed from
 * file extensions ({@link Languages}); a directory is one program of all its files (judging reads it:
 * {@code judging.SubmissionFolder}). A submission in a language Redline does not run keeps a null
 * language and is skipped when judging. What is expected of each: its folder's name, or the entries of
 * submissions/submissions.yaml that match it ({@link SubmissionsYamlReader}).
 */
final class SubmissionReader {

    static final Set<String> KNOWN_VERDICTS = Set.of("accepted", "wrong_answer", "time_limit_exceeded",
            "run_time_error", "partially_accepted", "rejected", "brute_force");

    private SubmissionReader() {
    }

    static List<ExpectedSubmission> read(Path packageDir, Findings findings) {
        Path dir = packageDir.resolve("submissions");
        List<ExpectedSubmission> out = new ArrayList<>();
        boolean described = Files.isRegularFile(dir.resolve("submissions.yaml"));
        List<SubmissionsYamlReader.Entry> entries = SubmissionsYamlReader.read(packageDir, findings);
        Set<String> used = new HashSet<>();
        for (Path verdictDir : Texts.entries(dir)) {
            String verdict = verdictDir.getFileName().toString();
            if (!Files.isDirectory(verdictDir)) {
                if (!verdict.equals("submissions.yaml")) {
                    findings.warn(Texts.relative(packageDir, verdictDir), null, "is not in a verdict directory and is"
                            + " ignored: move it to submissions/accepted/ (or another verdict)");
                }
                continue;
            }
            if (!KNOWN_VERDICTS.contains(verdict) && !described) {
                findings.warn(Texts.relative(packageDir, verdictDir), null, "is not a verdict the spec defines ("
                        + String.join(", ", KNOWN_VERDICTS.stream().sorted().toList()) + "): check the spelling");
            }
            for (Path submission : Texts.entries(verdictDir)) {
                String relative = verdict + "/" + submission.getFileName();
                List<SubmissionsYamlReader.Entry> matching = entries.stream().filter(e -> e.matches(relative))
                        .toList();
                matching.forEach(e -> used.add(e.pattern()));
                out.add(submission(packageDir, submission, verdict,
                        matching.stream().map(SubmissionsYamlReader.Entry::rule).toList(), findings));
            }
        }
        entries.stream().filter(e -> !used.contains(e.pattern())).forEach(e -> findings.warn(
                SubmissionsYamlReader.FILE, null, "\"" + e.pattern() + "\" matches no submission: fix the path or"
                        + " remove the entry"));
        return out;
    }

    private static ExpectedSubmission submission(Path packageDir, Path path, String verdict,
            List<SubmissionRule> rules, Findings findings) {
        String language = Languages.ofSubmission(path);
        if (language == null && Files.isDirectory(path) && Languages.languagesIn(path).size() > 1) {
            findings.warn(Texts.relative(packageDir, path), null, "mixes languages " + Languages.languagesIn(path)
                    + ", and ./redline verify reports it as an error: keep one language per submission");
        }
        return new ExpectedSubmission(path, language, verdict, rules);
    }

}
