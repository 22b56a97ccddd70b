package dev.redline.problems;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, at load time, the arguments the default output validator will get, so that a typo in a flag
 * is a package error (with the file it came from) rather than a judge error on every submission.
 * Arguments for a custom validator are the validator's business and are not checked.
 */
final class ValidatorArgsCheck {

    private final boolean defaultValidator;
    private final Findings findings;
    private final Set<String> reported = new HashSet<>();

    ValidatorArgsCheck(boolean defaultValidator, Findings findings) {
        this.defaultValidator = defaultValidator;
        this.findings = findings;
    }

    void check(List<String> args, String file, Integer line) {
        if (!defaultValidator) {
            return;
        }
        try {
            DefaultOutputValidator.Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (reported.add(file + "\n" + args)) {
                findings.error(file, line, "output validator arguments " + args + " are not valid for the default"
                        + " validator: " + e.getMessage());
            }
        }
    }
}
