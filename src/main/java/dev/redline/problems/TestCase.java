package dev.redline.problems;

import java.nio.file.Path;
import java.util.List;

/**
 * One test case: an input and its answer file.
 *
 * @param name          path below data/ without extension, e.g. {@code secret/group1/003-large}
 * @param input         the .in file
 * @param answer        the .ans file
 * @param description   from a .desc file or the case's .yaml, else empty
 * @param validatorArgs output validator arguments in effect for this case (inherited from its groups)
 * @param sample        true for data/sample cases, which candidates may see
 */
public record TestCase(String name, Path input, Path answer, String description, List<String> validatorArgs,
        boolean sample) {
}
