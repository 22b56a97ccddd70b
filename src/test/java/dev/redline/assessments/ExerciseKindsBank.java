package dev.redline.assessments;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A bank of two fixture packages, built in a temporary folder from src/test/resources/packages so that
 * the fixtures exist once: {@code guess} (interactive, one sample with its .interaction) and
 * {@code nosample} (secret tests only), offered by the role template {@code kinds}.
 */
public class ExerciseKindsBank implements QuarkusTestProfile {

    static final String ROLE = "kinds";

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path bank = Files.createTempDirectory("redline-kinds-bank");
            for (String id : new String[] {"guess", "nosample"}) {
                copy(Path.of("src/test/resources/packages", id), bank.resolve(id));
            }
            Files.createDirectories(bank.resolve("roles"));
            Files.writeString(bank.resolve("roles/" + ROLE + ".yaml"), """
                    title: Kinds Lead
                    summary: An interactive exercise and one without sample, for the candidate page tests
                    window_minutes: 60
                    languages: [python3]
                    exercises: [guess, nosample]
                    """);
            return Map.of("redline.problems.dir", bank.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
