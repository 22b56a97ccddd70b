package dev.redline.problems;

import java.util.ArrayList;
import java.util.List;

/** Collects errors and warnings while a package is read, so that one pass reports everything. */
final class Findings {

    private final List<PackageError> errors = new ArrayList<>();
    private final List<PackageError> warnings = new ArrayList<>();

    void error(String file, Integer line, String message) {
        errors.add(new PackageError(file, line, message));
    }

    void warn(String file, Integer line, String message) {
        warnings.add(new PackageError(file, line, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size();
    }

    List<PackageError> errors() {
        return errors;
    }

    List<PackageError> warnings() {
        return warnings;
    }
}
