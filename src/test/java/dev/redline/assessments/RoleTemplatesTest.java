package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.problems.PackageError;
import dev.redline.problems.ProblemBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Role templates against the bank; plain JUnit over files. */
class RoleTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedTemplatesLoadAgainstTheShippedBank() {
        Set<String> bank = ProblemBank.load(Path.of("problems")).problems().keySet();
        RoleTemplates.Loaded loaded = RoleTemplates.load(Path.of("problems/roles"), bank);
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.templates()).containsOnlyKeys("cto", "vp-engineering", "engineering-director");
        RoleTemplate vp = loaded.templates().get("vp-engineering");
        assertThat(vp.title()).isEqualTo("VP Engineering");
        assertThat(vp.window()).isEqualTo(Duration.ofMinutes(210));
        assertThat(vp.exercises()).containsExactly("deployorder", "invoiceproration", "latencyreport", "globalfeed");
    }

    @Test
    void everyMistakeIsReportedAndOnlyTheBrokenTemplateIsLeftOut() throws Exception {
        Files.writeString(dir.resolve("good.yaml"), "title: Good\nwindow_minutes: 60\nexercises: [a]\n");
        Files.writeString(dir.resolve("bad.yaml"), """
                title: Bad
                window_minutes: 5
                langauges: [python3]
                languages: [cobol]
                exercises: [a, nope, a]
                """);
        Files.writeString(dir.resolve("broken.yaml"), "title: [unclosed\n");
        RoleTemplates.Loaded loaded = RoleTemplates.load(dir, Set.of("a"));

        assertThat(loaded.templates()).containsOnlyKeys("good");
        assertThat(loaded.errors()).extracting(PackageError::toString).anySatisfy(e -> assertThat(e)
                .startsWith("bad.yaml: unknown key 'langauges'"))
                .anySatisfy(e -> assertThat(e).contains("window_minutes must be"))
                .anySatisfy(e -> assertThat(e).contains("unknown language 'cobol'"))
                .anySatisfy(e -> assertThat(e).contains("exercise 'nope' is not a loaded problem"))
                .anySatisfy(e -> assertThat(e).contains("listed twice"))
                .anySatisfy(e -> assertThat(e).startsWith("broken.yaml:").contains("not valid YAML"));
        PackageError yaml = loaded.errors().stream().filter(e -> e.file().equals("broken.yaml")).findFirst()
                .orElseThrow();
        assertThat(yaml.line()).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsNoTemplatesNotAnError() {
        assertThat(RoleTemplates.load(dir.resolve("none"), Set.of())).isEqualTo(
                new RoleTemplates.Loaded(java.util.Map.of(), List.of()));
    }
}
