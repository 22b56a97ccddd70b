package dev.redline.problems;

import static dev.redline.problems.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.sandbox.LanguageRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File extension to Redline language id, as the images declare them. Plain JUnit: a lookup and a directory walk. */
class LanguagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"a.py, python3", "Main.java, java", "a.c, c", "a.cpp, cpp", "a.cc, cpp", "a.cxx, cpp",
        "a.c++, cpp", "a.CPP, cpp", "a.js, javascript", "main.go, go", "a.ts, typescript", "a.kt, kotlin",
        "a.rs, rust", "a.cs, csharp", "a.rb, ruby", "a.php, php", "a.scala, scala", "a.hs, haskell", "a.ml, ocaml",
        "a.lua, lua", "a.py3, python3"})
    void knownExtensions(String file, String language) {
        assertThat(Languages.ofFileName(file)).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource({"a.h", "Makefile", "a.py.txt", "a.cob", "a.fs"})
    void otherFilesHaveNoLanguage(String file) {
        assertThat(Languages.ofFileName(file)).isNull();
    }

    @Test
    void aDirectoryTakesTheLanguageOfItsSources() {
        write(dir, "sol/main.cpp", "");
        write(dir, "sol/util.h", "");
        write(dir, "sol/.hidden.py", "");
        assertThat(Languages.ofSubmission(dir.resolve("sol"))).isEqualTo("cpp");
    }

    @Test
    void aDirectoryMixingLanguagesHasNone() {
        write(dir, "sol/main.cpp", "");
        write(dir, "sol/gen.py", "");
        assertThat(Languages.ofSubmission(dir.resolve("sol"))).isNull();
    }

    @Test
    void everyShippedLanguageWithTheStoredSixInTheirOfferOrder() {
        assertThat(Languages.ALL).isEqualTo(LanguageRegistry.shipped().ids()).hasSizeGreaterThanOrEqualTo(16)
                .containsSubsequence("python3", "java", "c", "cpp", "javascript", "go");
        assertThat(Languages.known("kotlin")).isTrue();
        assertThat(Languages.known("cobol")).isFalse();
    }
}
