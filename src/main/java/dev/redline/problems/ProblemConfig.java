package dev.redline.problems;

import java.util.List;
import java.util.Map;

/**
 * What problem.yaml says, read and checked, before the rest of the package is looked at.
 *
 * @param format           the declared format version
 * @param type             pass-fail or scoring (pass-fail when the type was refused, so reading goes on)
 * @param names            problem name per language code ({@code en} when given as a plain string)
 * @param limits           limits with defaults and caps applied
 * @param customValidation legacy {@code validation: custom ...}: the package's output validator is used
 * @param validatorScores  legacy {@code validation: custom score}: the validator writes score.txt
 * @param validatorFlags   legacy {@code validator_flags}, split on whitespace; empty in the current format
 * @param flagsLine        line of {@code validator_flags} in problem.yaml, for error messages
 * @param languages        problem.yaml {@code languages}, or null for {@code all}
 * @param constants        current-format {@code constants}, for {@code {{name}}} substitution
 * @param typeKnown        false when problem.yaml could not say the type (missing, unparsable, unknown
 *                         type): checks that depend on the type are skipped rather than reported wrongly
 * @param interactive      type interactive (legacy: validation custom interactive)
 * @param passes           1, or for type multi-pass (legacy: validation custom multi-pass) the most passes
 */
record ProblemConfig(PackageFormat format, ProblemType type, Map<String, String> names, ProblemLimits limits,
        boolean customValidation, boolean validatorScores, List<String> validatorFlags, Integer flagsLine,
        List<String> languages, Map<String, String> constants, boolean typeKnown, boolean interactive, int passes) {

    boolean legacy() {
        return format == PackageFormat.LEGACY;
    }

    /** Replaces {@code {{name}}} sequences with the constants' values; unknown names stay as they are. */
    String substitute(String text) {
        if (constants.isEmpty() || !text.contains("{{")) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> c : constants.entrySet()) {
            out = out.replace("{{" + c.getKey() + "}}", c.getValue());
        }
        return out;
    }
}
