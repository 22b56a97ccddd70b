package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.problems.ExpectedSubmission;
import dev.redline.problems.Languages;
import dev.redline.sandbox.Language;
import dev.redline.sandbox.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a submission folder as problemtools does, and the files its box gets; plain files, no sandbox. */
class SubmissionFolderTest {

    @TempDir
    Path tmp;

    private ExpectedSubmission folder(String name, String... files) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String f : files) {
            Files.writeString(dir.resolve(f), "// " + f + "\n");
        }
        return new ExpectedSubmission(dir, Languages.ofSubmission(dir), "accepted");
    }

    private static List<String> names(List<SourceFile> files) {
        return files.stream().map(SourceFile::name).toList();
    }

    @Test
    void theEntryPointIsTheMainFileAndTheRestGoBesideIt() throws IOException {
        Submission s = SubmissionFolder.read(folder("cpp", "util.h", "Main.cpp", "util.cpp"));
        assertThat(s.language()).isEqualTo("cpp");
        assertThat(s.source()).isEqualTo("// Main.cpp\n");
        assertThat(names(s.otherFiles())).containsExactly("util.cpp", "util.h");
        assertThat(s.sizeBytes()).as("every file counts").isEqualTo(12 + 12 + 10);
    }

    @Test
    void withoutAMainFileTheFirstSourceByNameIsTheEntryPoint() throws IOException {
        Submission s = SubmissionFolder.read(folder("java", "Pair.java", "Different.java"));
        assertThat(s.source()).isEqualTo("// Different.java\n");
        assertThat(names(s.otherFiles())).containsExactly("Pair.java");
    }

    @Test
    void aFolderOfTwoLanguagesIsAnError() throws IOException {
        ExpectedSubmission mixed = folder("mixed", "main.py", "helper.cpp");
        assertThatThrownBy(() -> SubmissionFolder.read(mixed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mixed/ mixes languages [cpp, python3]: a submission folder is one program in one"
                        + " language; split it into one folder per language");
    }

    @Test
    void aFolderWithoutASourceHasNoEntryPoint() throws IOException {
        ExpectedSubmission headers = folder("headers", "util.h", "notes.txt");
        assertThatThrownBy(() -> SubmissionFolder.read(headers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headers/ has no source file in a language Redline runs, so no entry point: add one"
                        + " (e.g. main.cpp, main.py or Main.java)");
    }

    @Test
    void aSubfolderIsAnError() throws IOException {
        ExpectedSubmission s = folder("nested", "main.py");
        Files.createDirectories(s.path().resolve("lib"));
        assertThatThrownBy(() -> SubmissionFolder.read(s)).hasMessageContaining("nested/lib is a folder");
    }

    @Test
    void theBoxNamesTheEntryPointAfterTheLanguageAndGivesOtherSourcesItsExtension() {
        var cpp = new Language("cpp", "C++", "12", "redline/sandbox-cpp", "main.cpp", "g++ -o main *.cpp", "./main",
                List.of("cpp", "cc", "cxx"), "cpp", "", 40);
        var submission = new Submission("cpp", "int main() {}", null, List.of(new SourceFile("util.cc", new byte[1]),
                new SourceFile("util.h", new byte[1]), new SourceFile("more.cpp", new byte[1])));
        assertThat(names(Judge.boxFiles(cpp, submission))).containsExactly("main.cpp", "util.cpp", "util.h",
                "more.cpp");
        assertThat(names(Judge.boxFiles(cpp, new Submission("cpp", "int main() {}")))).containsExactly("main.cpp");
    }
}
