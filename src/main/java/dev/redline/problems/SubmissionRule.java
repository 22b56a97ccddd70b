package dev.redline.problems;

import java.util.List;
import java.util.Set;

/**
 * One entry of {@code submissions/submissions.yaml} (2025-09) that applies to a submission: the verdicts
 * every test case may get ({@code permitted}), of which at least one test case must get one
 * ({@code required}), and the range its score must fall in. Verdicts are the spec's AC, WA, TLE and RTE;
 * Redline's memory and output limit verdicts count as RTE, as in the spec. Pure code.
 *
 * @param source    where it is written, e.g. {@code submissions/submissions.yaml:4 (accepted/)}
 * @param permitted null when not given (any verdict)
 * @param required  null when not given
 * @param minScore  null when not given
 * @param maxScore  null when not given
 * @param message   the author's explanation, or null
 */
public record SubmissionRule(String source, Set<String> permitted, Set<String> required, Double minScore,
        Double maxScore, String message) {

    static final Set<String> VERDICTS = Set.of("AC", "WA", "TLE", "RTE");

    /**
     * Why a judgement breaks this rule, or null when it holds.
     *
     * @param verdicts the verdict of every test case that was run (Redline's names: AC, WA, TLE, RTE, MLE, OLE,
     *                 CE, JE), in judging order
     * @param score    the submission's score
     */
    public String violation(List<String> verdicts, double score) {
        List<String> spec = verdicts.stream().map(SubmissionRule::specVerdict).toList();
        String because = message == null ? "" : " (" + message + ")";
        if (permitted != null) {
            var outside = spec.stream().filter(v -> !permitted.contains(v)).distinct().toList();
            if (!outside.isEmpty()) {
                return source + " permits only " + sorted(permitted) + ", got " + outside + because;
            }
        }
        if (required != null && spec.stream().noneMatch(required::contains)) {
            return source + " requires a test case with one of " + sorted(required) + ", got " + spec.stream()
                    .distinct().toList() + because;
        }
        if ((minScore != null && score < minScore - 1e-9) || (maxScore != null && score > maxScore + 1e-9)) {
            return source + " wants a score in [" + (minScore == null ? "-inf" : minScore) + ", "
                    + (maxScore == null ? "inf" : maxScore) + "], got " + score + because;
        }
        return null;
    }

    private static String specVerdict(String redline) {
        return switch (redline) {
            case "MLE", "OLE" -> "RTE";
            default -> redline;
        };
    }

    private static List<String> sorted(Set<String> verdicts) {
        return verdicts.stream().sorted().toList();
    }
}
