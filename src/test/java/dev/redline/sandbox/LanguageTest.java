package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a language from image labels; plain JUnit, no Docker. */
class LanguageTest {

    @Test
    void readsEveryLabel() {
        var labels = Map.of("redline.language", "c", "redline.language.name", "C", "redline.version", "12",
                "redline.source", "main.c", "redline.compile", "gcc main.c", "redline.run", "./main");
        assertThat(Language.fromLabels("redline/sandbox-c:latest", labels)).contains(
                new Language("c", "C", "12", "redline/sandbox-c:latest", "main.c", "gcc main.c", "./main"));
    }

    @Test
    void interpretedLanguageWithoutCompileStepIsNotCompiled() {
        var labels = Map.of("redline.language", "sh", "redline.source", "main.sh", "redline.run", "sh main.sh");
        Language sh = Language.fromLabels("img", labels).orElseThrow();
        assertThat(sh.compiled()).isFalse();
        assertThat(sh.name()).isEqualTo("sh");
        assertThat(sh.version()).isEqualTo("unknown");
    }

    @Test
    void imagesWithoutTheRequiredLabelsAreNotLanguages() {
        assertThat(Language.fromLabels("img", null)).isEmpty();
        assertThat(Language.fromLabels("img", Map.of("redline.language", "x"))).isEmpty();
        assertThat(Language.fromLabels("img", Map.of("redline.language", " ", "redline.source", "a",
                "redline.run", "b"))).isEmpty();
    }
}
