package dev.redline.problems;

import java.util.List;

/**
 * What {@link ProblemLoader#load} found: a problem when the package is sound, else only the errors.
 * A package with any error yields no problem: a broken package never half-loads.
 *
 * @param problem  the loaded problem, or null when {@code errors} is not empty
 * @param errors   every error found, in the order the loader met them
 * @param warnings things that do not stop loading but deserve a look (unknown keys, capped limits, ...)
 */
public record LoadResult(Problem problem, List<PackageError> errors, List<PackageError> warnings) {

    public LoadResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (problem != null && !errors.isEmpty()) {
            throw new IllegalArgumentException("a package with errors must not yield a problem");
        }
    }

    public boolean ok() {
        return problem != null;
    }
}
