package dev.redline.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists {@code submissions/<expected verdict>/<file or directory>}, each with its language guessed from
 * file extensions ({@link Languages}); a submission in a language Redline does not run keeps a null
 * language and is skipped when judging.
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
        if (described) {
            findings.warn("submissions/submissions.yaml", null, "is not read by Redline yet: languages come from"
                    + " file extensions and expectations from the directory names");
        }
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
                out.add(submission(packageDir, submission, verdict, findings));
            }
        }
        return out;
    }

    private static ExpectedSubmission submission(Path packageDir, Path path, String verdict, Findings findings) {
        String language = Languages.ofSubmission(path);
        if (language == null && Files.isDirectory(path) && Languages.languagesIn(path).size() > 1) {
            findings.warn(Texts.relative(packageDir, path), null, "mixes languages " + Languages.languagesIn(path)
                    + " and is skipped: keep one language per submission");
        }
        return new ExpectedSubmission(path, language, verdict);
    }

}
