package dev.redline.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How problem.yaml's interactive and multi-pass types reach the validation; plain JUnit on files. */
class InteractiveLoadingTest {

    @TempDir
    Path tmp;

    private Path withYaml(String name, String yaml) throws IOException {
        Path dir = Fixtures.copy("guessnumber", tmp, name);
        Files.writeString(dir.resolve("problem.yaml"), yaml);
        return dir;
    }

    private static final String HEAD = "problem_format_version: 2025-09\nname: Guess\nuuid: 0b4f3e1a-0000-4000-8000-0000000000aa\n";

    @Test
    void anInteractivePackageLoadsWithItsValidatorRunningBeside() {
        LoadResult r = ProblemLoader.load(Fixtures.fixture("guessnumber"));
        assertThat(r.errors()).isEmpty();
        OutputValidation v = r.problem().validation();
        assertThat(v.interactive()).isTrue();
        assertThat(v.multiPass()).isFalse();
        assertThat(v.streamed()).isTrue();
        assertThat(v.custom()).isNotNull();
    }

    @Test
    void multiPassTakesItsPassLimitFromTheLimits() throws IOException {
        OutputValidation v = ProblemLoader.load(withYaml("mp", HEAD + "type: [pass-fail, multi-pass]\n"
                + "limits:\n  validation_passes: 5\n")).problem().validation();
        assertThat(v.interactive()).isFalse();
        assertThat(v.passes()).isEqualTo(5);
        OutputValidation both = ProblemLoader.load(withYaml("both", HEAD + "type: [interactive, multi-pass]\n"))
                .problem().validation();
        assertThat(both.interactive()).isTrue();
        assertThat(both.passes()).isEqualTo(OutputValidation.DEFAULT_PASSES);
    }

    @Test
    void anInteractiveProblemWithoutItsOwnValidatorIsRefused() throws IOException {
        Path dir = withYaml("novalidator", HEAD + "type: interactive\n");
        Fixtures.delete(dir, "output_validator");
        LoadResult r = ProblemLoader.load(dir);
        assertThat(r.problem()).isNull();
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.message())
                .isEqualTo("an interactive problem needs its own output validator: add it in output_validator/"));
    }
}
