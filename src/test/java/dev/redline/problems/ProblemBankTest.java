package dev.redline.problems;

import static dev.redline.problems.Fixtures.copy;
import static dev.redline.problems.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bank of fixture packages with broken ones among them. Plain JUnit: files in, maps out. */
class ProblemBankTest {

    @TempDir
    Path root;

    @Test
    void aBrokenPackageNeverStopsTheOthers() {
        copy("legacysum", root);
        copy("badyaml", root);
        copy("closestpair", root);
        ProblemBank bank = ProblemBank.load(root);
        assertThat(bank.problems()).containsOnlyKeys("closestpair", "legacysum");
        assertThat(bank.problems().keySet()).containsExactly("closestpair", "legacysum");
        assertThat(bank.broken()).containsOnlyKeys("badyaml");
        assertThat(bank.broken().get("badyaml")).singleElement()
                .satisfies(e -> assertThat(e.toString()).startsWith("problem.yaml:6: is not valid YAML"));
        assertThat(bank.warnings()).containsKey("legacysum");
    }

    @Test
    void directoriesThatAreNotPackagesAreSkipped() {
        copy("closestpair", root);
        write(root, "role-templates/cto.yaml", "title: CTO\n");
        write(root, ".git/HEAD", "ref: refs/heads/main\n");
        ProblemBank bank = ProblemBank.load(root);
        assertThat(bank.problems()).containsOnlyKeys("closestpair");
        assertThat(bank.broken()).isEmpty();
    }

    @Test
    void aPackageThatLostItsProblemYamlIsListedAsBroken() {
        copy("closestpair", root);
        Fixtures.delete(copy("legacysum", root, "orphan"), "problem.yaml");
        ProblemBank bank = ProblemBank.load(root);
        assertThat(bank.problems()).containsOnlyKeys("closestpair");
        assertThat(bank.broken().get("orphan")).extracting(PackageError::file).contains("problem.yaml");
    }

    @Test
    void theWholeFixtureSetSplitsIntoSoundAndBroken() {
        ProblemBank bank = ProblemBank.load(Fixtures.fixture("legacysum").getParent());
        assertThat(bank.problems()).containsOnlyKeys("closestpair", "guess", "guessnumber", "legacysum", "nosample");
        assertThat(bank.broken()).containsOnlyKeys("badmeta", "badyaml", "missingans", "nostatement",
                "submitanswer");
    }

    @Test
    void designExercisesLoadBesideJudgedProblems() {
        copy("closestpair", root);
        DesignPackageTest.designPackage(root, "photobackup");
        write(root, "competencies/people-management.yaml", "title: People management\n");
        ProblemBank bank = ProblemBank.load(root);
        assertThat(bank.problems()).containsOnlyKeys("closestpair", "photobackup");
        assertThat(bank.problems().get("photobackup").meta().kind()).isEqualTo(RedlineMeta.Kind.DESIGN);
        assertThat(bank.broken()).isEmpty();
        assertThat(bank.warnings()).doesNotContainKey("photobackup");
    }

    @Test
    void theShippedBankLoadsWholeWithItsDesignExercises() {
        ProblemBank bank = ProblemBank.load(Path.of("problems"));
        assertThat(bank.broken()).isEmpty();
        assertThat(bank.problems().values()).filteredOn(p -> !p.meta().judged()).extracting(Problem::id)
                .contains("filesync", "globalfeed");
    }

    @Test
    void aMissingRootFailsLoudly() {
        assertThatThrownBy(() -> ProblemBank.load(root.resolve("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }
}
