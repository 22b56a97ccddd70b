package dev.redline.assessments;

import dev.redline.problems.ProblemView;
import dev.redline.problems.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A sample as the exercise page shows it: input and expected output, or for an interactive exercise
 * the dialogue of its {@code .interaction} file and nothing else. The format forbids showing an
 * interactive sample's .in and .ans (they are the validator's data, e.g. the number to guess), so
 * {@code input} and {@code output} are null then; {@code dialogue} is empty when the package has no
 * .interaction file for the sample.
 */
public record ExerciseSample(String name, String input, String output, List<SampleDialogue.Turn> dialogue) {

    static ExerciseSample of(ProblemView.Sample sample) {
        return new ExerciseSample(sample.name(), sample.input(), sample.output(), List.of());
    }

    /** The interactive sample {@code c}: its dialogue from the .interaction file beside its .in. */
    static ExerciseSample interactive(TestCase c) {
        return new ExerciseSample(c.name(), null, null, interaction(c).map(SampleDialogue::parse).orElse(List.of()));
    }

    private static Optional<String> interaction(TestCase c) {
        String in = c.input().getFileName().toString();
        Path file = c.input().resolveSibling(in.substring(0, in.length() - ".in".length()) + ".interaction");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(text.length() > ProblemView.SAMPLE_KEPT ? text.substring(0,
                    ProblemView.SAMPLE_KEPT) : text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the interaction of sample " + c.name(), e);
        }
    }
}
