package dev.redline.problems;

/**
 * A problem statement.
 *
 * @param format   MARKDOWN is rendered; LATEX is shown as preformatted text (the UI says so)
 * @param language language code of the chosen statement, e.g. {@code en}
 * @param text     the statement's source text
 */
public record Statement(Format format, String language, String text) {
    public enum Format {
        MARKDOWN, LATEX
    }
}
