package dev.redline.problems;

import static dev.redline.problems.Fixtures.publicPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages as they come from outside Redline (src/test/resources/public-packages/: problemtools'
 * example problems and one per format feature) load, with a warning for each thing Redline assumed.
 * Plain JUnit: the loader only reads files. That their submissions get their verdicts is
 * {@code PublicPackagesTest}'s part, through the real sandbox.
 */
class PublicPackageLoadTest {

    @TempDir
    Path tmp;

    private static Problem loaded(String name) {
        LoadResult result = ProblemLoader.load(publicPackage(name));
        assertThat(result.errors()).as("errors of %s", name).isEmpty();
        return result.problem();
    }

    private static List<String> warnings(String name) {
        return ProblemLoader.load(publicPackage(name)).warnings().stream().map(PackageError::toString).toList();
    }

    @Test
    void withoutRedlineYamlAPackageIsACodingExerciseInEveryLanguage() {
        Problem p = loaded("hello");
        assertThat(p.meta().kind()).isEqualTo(RedlineMeta.Kind.CODING);
        assertThat(p.meta().languages()).isEqualTo(Languages.ALL);
        assertThat(p.meta().summary()).as("the name stands in for the summary").isEqualTo("Hello World!");
        assertThat(p.meta().estimatedMinutes()).as("no estimate").isZero();
        assertThat(p.meta().starter()).isEmpty();
        assertThat(ProblemLoader.load(publicPackage("hello")).warnings())
                .extracting(PackageError::file, PackageError::message).contains(tuple("redline.yaml",
                        "is missing, so Redline assumed kind: coding, languages: " + Languages.ALL + ", the problem's"
                                + " name as summary, and no time estimate; add redline.yaml beside problem.yaml to set"
                                + " them (e.g. \"kind: coding\", \"estimated_minutes: 45\", \"summary: <one line>\")"));
    }

    @Test
    void aLegacyLatexStatementIsRenderedAsMarkdownAndItsIllustrationIsAWarning() {
        Problem p = loaded("hello");
        assertThat(p.name()).as("from \\problemname").isEqualTo("Hello World!");
        assertThat(p.statement().format()).isEqualTo(Statement.Format.MARKDOWN);
        assertThat(p.statement().text()).contains("## Input").contains("as every programmer's *first* program does")
                .contains("`Hello World!`").doesNotContain("\\section").doesNotContain("classic first program");
        assertThat(warnings("hello")).contains("problem_statement/problem.en.tex:3: \\illustration{hello.jpg}: images"
                + " are not shown yet: candidates see its caption as \"[Image: A friendly greeting]\"");
    }

    @Test
    void aDraftPackageWithTestdataYamlIsScoredAsProblemtoolsReadsIt() {
        Problem p = loaded("oddecho");
        assertThat(p.format()).isEqualTo(PackageFormat.DRAFT_2023_07);
        assertThat(p.type()).isEqualTo(ProblemType.SCORING);
        assertThat(p.secret().groups()).extracting(TestGroup::name).containsExactly("secret/group1", "secret/group2");
        TestGroup group1 = p.secret().groups().get(0);
        assertThat(group1.scoring().aggregation()).isEqualTo(GroupScoring.Aggregation.MIN);
        assertThat(group1.scoring().acceptScore()).isEqualTo(50);
        assertThat(group1.scoring().stopOnReject()).isTrue();
        assertThat(p.secret().scoring().stopOnReject()).as("on_reject: continue").isFalse();
        assertThat(p.statement().text()).contains("| Group | Points | Constraints |").contains("| $1$ | $50$ | $N = 5$ |");
        assertThat(warnings("oddecho")).anyMatch(w -> w.startsWith("statement/problem.en.tex:8: \\includegraphics{cave.jpg}"));
    }

    @Test
    void aDraftPackageMustNotMixBothGroupFileNames() {
        Path dir = Fixtures.copyPublic("oddecho", tmp);
        Fixtures.write(dir, "data/secret/group2/test_group.yaml", "scoring:\n  score: 50\n");
        LoadResult result = ProblemLoader.load(dir);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(PackageError::file, PackageError::message).containsExactly(tuple(
                "data/secret/group2/test_group.yaml", "this 2023-07-draft package also has testdata.yaml files, which"
                        + " problemtools reads (with the legacy keys): use one group file name throughout the package"));
    }

    @Test
    void aDraftPackageWithTestGroupYamlAndNoSamplesLoadsWithAWarning() {
        Problem p = loaded("nosamples");
        assertThat(p.samples()).isEmpty();
        assertThat(p.secret().cases()).hasSize(3).allMatch(c -> c.validatorArgs().equals(List.of("case_sensitive")));
        assertThat(warnings("nosamples")).contains("data/sample: is missing: candidates see no sample and \"Run on"
                + " samples\" has nothing to run (they can still run on their own input); add a sample (01.in with"
                + " 01.ans): candidates learn the format from them");
    }

    @Test
    void a2025PackageTakesItsValidatorArgumentsFromTestGroupYaml() {
        Problem p = loaded("average");
        assertThat(p.format()).isEqualTo(PackageFormat.V2025_09);
        assertThat(p.allCases()).hasSize(6)
                .allMatch(c -> c.validatorArgs().equals(List.of("float_tolerance", "1e-6")));
    }

    @Test
    void submissionsYamlEntriesApplyToTheSubmissionsTheyMatch() {
        Problem p = loaded("average");
        assertThat(p.submissions()).allMatch(s -> s.rules().size() == 1);
        ExpectedSubmission mixed = p.submissions().stream().filter(s -> s.expected().equals("mixed")).findFirst()
                .orElseThrow();
        SubmissionRule rule = mixed.rules().get(0);
        assertThat(rule.source()).isEqualTo("submissions/submissions.yaml:11 (mixed/quadratic.py)");
        assertThat(rule.permitted()).containsExactlyInAnyOrder("AC", "TLE");
        assertThat(rule.required()).containsExactly("TLE");
        assertThat(warnings("average")).noneMatch(w -> w.contains("submissions.yaml"));
    }

    @Test
    void submissionsYamlMistakesPointAtTheirLine() {
        Path dir = Fixtures.copyPublic("average", tmp);
        Fixtures.write(dir, "submissions/submissions.yaml", """
                accepted/:
                  permitted: [AC, OK]
                  score: [60, 20]
                ghost/*.py:
                  required: [WA]
                wrong_answer/:
                  use_for_time_limit: lower
                """);
        LoadResult result = ProblemLoader.load(dir);
        assertThat(result.errors()).extracting(PackageError::toString).containsExactly(
                "submissions/submissions.yaml:2: accepted/.permitted lists \"OK\": verdicts are AC, WA, TLE and RTE",
                "submissions/submissions.yaml:3: accepted/.score must be a number or [min, max] with min <= max, got"
                        + " [60,20]");
        assertThat(result.warnings()).extracting(PackageError::toString).contains(
                "submissions/submissions.yaml:7: wrong_answer/.use_for_time_limit is not used by Redline: the time"
                        + " limit comes from problem.yaml, else from accepted/",
                "submissions/submissions.yaml: \"ghost/*.py\" matches no submission: fix the path or remove the entry");
    }

    @Test
    void aLegacyPackageWithSubmissionsInEveryLanguageListsThoseRedlineDoesNotRun() {
        Problem p = loaded("different");
        assertThat(p.submissions()).filteredOn(s -> s.language() == null).extracting(s -> s.path().getFileName()
                .toString()).containsExactly("different.cob");
        assertThat(p.submissions()).filteredOn(s -> s.expected().equals("accepted")).extracting(
                ExpectedSubmission::language).containsExactlyInAnyOrder("java", "c", "cpp", "go", "haskell", null,
                        "javascript", "python3",
                        "cpp", "java", "python3"); // the folders cpp_with_header, java_two_classes, python_with_module
    }
}
