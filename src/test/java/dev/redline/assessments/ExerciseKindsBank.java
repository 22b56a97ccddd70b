package dev.redline.assessments;

import dev.redline.problems.Fixtures;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
            Fixtures.copy("guess", bank);
            Fixtures.copy("nosample", bank);
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
}
