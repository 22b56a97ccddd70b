package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built images against the shipped Dockerfiles, on the real Docker engine ({@code DOCKER_HOST}):
 * the engine's labels are the registry's, and the version a language is shown with is the version
 * its compiler reports when asked in its own image. Not a {@code @QuarkusTest}: no service needed.
 */
class LanguageImagesTest {

    static Stream<Language> languages() {
        return LanguageRegistry.shipped().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theImageCarriesTheLabelsOfItsDockerfile(Language shipped) {
        Language built = DockerTestSupport.sandbox(DockerTestSupport.newNode()).languages().get(shipped.id());
        assertThat(built).as("image redline/sandbox-%s (run ./redline images)", shipped.id()).isNotNull();
        assertThat(withImage(built, shipped.image())).isEqualTo(shipped);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theDisplayedVersionIsTheOneTheCompilerReports(Language language) throws Exception {
        String output = runInImage(language.image(), language.versionCommand());
        // "12" matches gcc's "12.2.0" but not "112" or "1.12"
        Pattern version = Pattern.compile("(?<![0-9.])" + Pattern.quote(language.version()) + "(?![0-9])");
        assertThat(version.matcher(output).find())
                .as("`%s` in %s printed:%n%s%nwhich does not report version %s", language.versionCommand(),
                        language.image(), output, language.version())
                .isTrue();
        assertThat(language.name()).contains(language.version());
    }

    private static Language withImage(Language l, String image) {
        return new Language(l.id(), l.name(), l.version(), image, l.sourceFile(), l.compile(), l.run(),
                l.extensions(), l.syntax(), l.versionCommand(), l.order());
    }

    /** The command's stdout and stderr, run as a sandbox would: no network, read-only root, HOME=/box. */
    private static String runInImage(String image, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("docker", "run", "--rm", "--network", "none", "--read-only",
                "--tmpfs", "/box:rw,exec,size=64m,uid=10001,gid=10001", "-e", "HOME=/box", "-e", "TMPDIR=/box",
                image, "sh", "-c", command + " 2>&1")).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("docker run %s finished", image).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("`%s` in %s: %s", command, image, text).isZero();
        return text;
    }
}
