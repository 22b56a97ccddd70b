package dev.redline.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects errors and warnings while a package (or another file of the bank: competencies, interview
 * kits) is read, so that one pass reports everything.
 */
public final class Findings {

    private final List<PackageError> errors = new ArrayList<>();
    private final List<PackageError> warnings = new ArrayList<>();

    public void error(String file, Integer line, String message) {
        errors.add(new PackageError(file, line, message));
    }

    public void warn(String file, Integer line, String message) {
        warnings.add(new PackageError(file, line, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int errorCount() {
        return errors.size();
    }

    public List<PackageError> errors() {
        return errors;
    }

    public List<PackageError> warnings() {
        return warnings;
    }
}
