package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImagePrefixTest {

    @Test
    void namesTheBaseAndEachLanguage() {
        var prefix = new ImagePrefix("registry.example:5000/redline-");
        assertThat(prefix.image("cpp")).isEqualTo("registry.example:5000/redline-cpp");
        assertThat(ImagePrefix.DEFAULT.image("base")).isEqualTo("redline/sandbox-base");
    }

    @Test
    void tellsItsImagesFromAnotherSetOnTheSameEngine() {
        var own = new ImagePrefix("redline-hbench/sandbox-");
        assertThat(own.names("redline-hbench/sandbox-cpp:latest")).isTrue();
        assertThat(own.names("redline/sandbox-cpp:latest")).isFalse();
        assertThat(ImagePrefix.DEFAULT.names("redline-hbench/sandbox-cpp:latest")).isFalse();
        // a repository below the prefix is somebody else's
        assertThat(ImagePrefix.DEFAULT.names("redline/sandbox-x/cpp:latest")).isFalse();
    }

    @Test
    void aPrefixThatCannotBeginAnImageNameSaysWhatIsAllowed() {
        assertThatThrownBy(() -> new ImagePrefix("Redline/Sandbox-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Redline/Sandbox-'")
                .hasMessageContaining("lowercase letters")
                .hasMessageContaining(ImagePrefix.ENV);
        assertThatThrownBy(() -> new ImagePrefix("")).isInstanceOf(IllegalArgumentException.class);
    }
}
