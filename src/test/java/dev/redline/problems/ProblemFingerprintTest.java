package dev.redline.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint moves with the tests and only with them; plain JUnit on a copied package. */
class ProblemFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void changesWhenAnAnswerChangesAndNotOtherwise() throws Exception {
        Path pkg = dir.resolve("sum");
        copy(Path.of("src/test/resources/api-bank/sum"), pkg);
        String first = ProblemFingerprint.of(ProblemLoader.load(pkg).problem());
        assertThat(ProblemFingerprint.of(ProblemLoader.load(pkg).problem())).isEqualTo(first);

        Files.writeString(pkg.resolve("statement/problem.en.md"), "Reworded, same tests.");
        assertThat(ProblemFingerprint.of(ProblemLoader.load(pkg).problem())).as("statement only").isEqualTo(first);

        Files.writeString(pkg.resolve("data/secret/large/b.ans"), "3000000002\n");
        assertThat(ProblemFingerprint.of(ProblemLoader.load(pkg).problem())).isNotEqualTo(first);
    }

    static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
