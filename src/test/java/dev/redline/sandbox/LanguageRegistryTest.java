package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped languages as read from sandbox-images/*&#47;Dockerfile on the class path. Plain JUnit:
 * files in, facts out; {@code LanguageImagesTest} checks the built images say the same.
 */
class LanguageRegistryTest {

    static final LanguageRegistry SHIPPED = LanguageRegistry.shipped();

    @Test
    void shipsAtLeastSixteenLanguagesKeepingTheStoredIds() {
        assertThat(SHIPPED.ids()).hasSizeGreaterThanOrEqualTo(16)
                .contains("python3", "java", "c", "cpp", "javascript", "go", "typescript", "kotlin", "rust",
                        "csharp", "ruby", "php", "scala", "haskell", "ocaml", "pypy3");
        assertThat(SHIPPED.ids()).startsWith("python3");
    }

    @Test
    void everyLanguageIsFullyDescribedAndHasItsSmokeProgram() {
        for (Language l : SHIPPED.all()) {
            assertThat(l.name()).as(l.id()).contains(l.version());
            assertThat(l.versionCommand()).as(l.id()).isNotBlank();
            assertThat(l.syntax()).as(l.id()).isNotBlank();
            assertThat(l.order()).as(l.id()).isLessThan(Integer.MAX_VALUE);
            assertThat(l.image()).isEqualTo(ImagePrefix.fromEnvironment().image(l.id()));
            Path smoke = Path.of("sandbox-images", l.id(), "smoke");
            assertThat(smoke.resolve(l.sourceFile())).as("smoke program of " + l.id()).isRegularFile();
            assertThat(smoke.resolve("input.txt")).isRegularFile();
            assertThat(smoke.resolve("expected.txt")).isRegularFile();
            assertThat(SHIPPED.starter(l.id())).as("starter of " + l.id()).isNotBlank();
        }
    }

    @Test
    void extensionsFollowProblemtoolsAndMapBack() {
        assertThat(SHIPPED.ofExtension("py")).map(Language::id).contains("python3");
        assertThat(SHIPPED.ofExtension("CC")).map(Language::id).contains("cpp");
        assertThat(SHIPPED.ofExtension("cs")).map(Language::id).contains("csharp");
        assertThat(SHIPPED.ofExtension("kt")).map(Language::id).contains("kotlin");
        assertThat(SHIPPED.ofExtension("ml")).map(Language::id).contains("ocaml");
        assertThat(SHIPPED.ofExtension("h")).isEmpty();
        assertThat(SHIPPED.find("pypy3").orElseThrow().extensions()).as(".py files are CPython's").isEmpty();
        for (Language l : SHIPPED.all()) {
            for (String ext : l.extensions()) {
                assertThat(SHIPPED.ofExtension(ext)).as(ext).contains(l);
            }
        }
    }

    @Test
    void theClassPathCopyIsTheDockerfileInTheRepository() throws Exception {
        for (Language l : SHIPPED.all()) {
            String copy = new String(getClass().getClassLoader()
                    .getResourceAsStream("sandbox-images/" + l.id() + "/Dockerfile").readAllBytes());
            assertThat(copy).as(l.id()).isEqualTo(Files.readString(Path.of("sandbox-images", l.id(), "Dockerfile")));
        }
    }

    @Test
    void twoLanguagesMayNotShareAnExtensionOrAnId() {
        Language a = lang("a", 1, "x");
        assertThatThrownBy(() -> new LanguageRegistry(List.of(a, lang("b", 2, "X")), Map.of()))
                .hasMessageContaining("languages a and b both declare extension \"X\"");
        assertThatThrownBy(() -> new LanguageRegistry(List.of(a, lang("a", 2)), Map.of()))
                .hasMessageContaining("redline.language=\"a\"");
    }

    @Test
    void orderIsTheOrderLabelThenTheId() {
        var registry = new LanguageRegistry(List.of(lang("z", 1), lang("b", 5), lang("a", 5)), Map.of());
        assertThat(registry.ids()).containsExactly("z", "a", "b");
    }

    private static Language lang(String id, int order, String... extensions) {
        return new Language(id, id, "1", "img", "main", "", "./main", List.of(extensions), id, "v", order);
    }
}
