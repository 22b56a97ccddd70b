package dev.redline.problems;

/**
 * One thing wrong (or worth a warning) in a problem package, precise enough to fix without a debugger.
 *
 * @param file    the file or directory concerned, relative to the package with {@code /} separators
 *                ({@code .} for the package itself)
 * @param line    1-based line in {@code file}, or null when no single line is to blame
 * @param message what is wrong and how to fix it
 */
public record PackageError(String file, Integer line, String message) {

    /** {@code file:line: message}, the shape compilers use, so editors and terminals can jump to it. */
    @Override
    public String toString() {
        return line == null ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
