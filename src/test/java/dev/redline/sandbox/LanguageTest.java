package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a language from image labels; plain JUnit, no Docker. */
class LanguageTest {

    @Test
    void readsEveryLabel() {
        var labels = Map.of("redline.language", "c", "redline.language.name", "C (GCC 12)", "redline.version", "12",
                "redline.source", "main.c", "redline.compile", "gcc main.c", "redline.run", "./main",
                "redline.extensions", "c  h", "redline.syntax", "cpp", "redline.version-command", "gcc --version",
                "redline.order", "30");
        assertThat(Language.fromLabels("redline/sandbox-c:latest", labels)).contains(
                new Language("c", "C (GCC 12)", "12", "redline/sandbox-c:latest", "main.c", "gcc main.c", "./main",
                        List.of("c", "h"), "cpp", "gcc --version", 30));
    }

    @Test
    void interpretedLanguageWithoutCompileStepIsNotCompiled() {
        var labels = Map.of("redline.language", "sh", "redline.source", "main.sh", "redline.run", "sh main.sh");
        Language sh = Language.fromLabels("img", labels).orElseThrow();
        assertThat(sh.compiled()).isFalse();
        assertThat(sh.name()).isEqualTo("sh");
        assertThat(sh.version()).isEqualTo("unknown");
        assertThat(sh.extensions()).isEmpty();
        assertThat(sh.syntax()).as("the id stands in for a missing syntax").isEqualTo("sh");
        assertThat(sh.order()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anOrderThatIsNoNumberSortsLast() {
        var labels = Map.of("redline.language", "sh", "redline.source", "main.sh", "redline.run", "sh main.sh",
                "redline.order", "first");
        assertThat(Language.fromLabels("img", labels).orElseThrow().order()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void imagesWithoutTheRequiredLabelsAreNotLanguages() {
        assertThat(Language.fromLabels("img", null)).isEmpty();
        assertThat(Language.fromLabels("img", Map.of("redline.language", "x"))).isEmpty();
        assertThat(Language.fromLabels("img", Map.of("redline.language", " ", "redline.source", "a",
                "redline.run", "b"))).isEmpty();
    }
}
