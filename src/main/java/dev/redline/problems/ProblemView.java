package dev.redline.problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * A problem as a candidate sees it: statement, samples, limits, languages, starter code; for a design
 * exercise, the prompt and the dimensions the answer is scored on. Built from an explicit list of public
 * parts, so that secret data, answers, validators, the package's own submissions and a design exercise's
 * interviewer guidance can never slip in.
 */
public record ProblemView(String id, String name, String kind, String summary, String statementFormat,
        String statement, List<Sample> samples, long timeLimitMs, int memoryMb, List<String> languages,
        Map<String, String> starter, int estimatedMinutes, List<Dimension> dimensions) {

    /** A sample's input and expected output, at most {@link #SAMPLE_KEPT} characters each. */
    public record Sample(String name, String input, String output) {
    }

    /** A dimension a design answer is scored on: what it covers, never how interviewers judge it. */
    public record Dimension(String id, String title, String description) {
    }

    /** One line of the problem list. */
    public record Summary(String id, String name, String kind, String summary, int estimatedMinutes) {
    }

    public static final int SAMPLE_KEPT = 64 << 10;

    public static ProblemView of(Problem p) {
        List<Sample> samples = p.samples().stream()
                .map(c -> new Sample(c.name(), read(c.input()), read(c.answer()))).toList();
        return new ProblemView(p.id(), p.name(), p.meta().kind().name().toLowerCase(), p.meta().summary(),
                p.statement().format().name().toLowerCase(), p.statement().text(), samples, p.limits().timeLimitMs(),
                p.limits().memoryMb(), p.meta().languages(), p.meta().starter(), p.meta().estimatedMinutes(),
                p.meta().dimensions().stream().map(d -> new Dimension(d.id(), d.title(), d.description())).toList());
    }

    public static Summary summary(Problem p) {
        return new Summary(p.id(), p.name(), p.meta().kind().name().toLowerCase(), p.meta().summary(),
                p.meta().estimatedMinutes());
    }

    private static String read(java.nio.file.Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() > SAMPLE_KEPT ? s.substring(0, SAMPLE_KEPT) : s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + file, e);
        }
    }
}
