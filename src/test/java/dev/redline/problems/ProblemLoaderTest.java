package dev.redline.problems;

import static dev.redline.problems.Fixtures.copy;
import static dev.redline.problems.Fixtures.delete;
import static dev.redline.problems.Fixtures.fixture;
import static dev.redline.problems.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loading and validating problem packages: the fixture packages under src/test/resources/packages/
 * (two sound ones, one per format family, and broken ones), plus copies broken on purpose in a temp
 * directory. Plain JUnit: the loader reads files and has no framework dependency.
 */
class ProblemLoaderTest {

    @TempDir
    Path tmp;

    private static LoadResult load(Path dir) {
        return ProblemLoader.load(dir);
    }

    private static Problem loaded(Path dir) {
        LoadResult result = load(dir);
        assertThat(result.errors()).as("errors of %s", dir.getFileName()).isEmpty();
        assertThat(result.ok()).isTrue();
        return result.problem();
    }

    /** The errors of a package that must not load. */
    private static List<PackageError> errors(Path dir) {
        LoadResult result = load(dir);
        assertThat(result.problem()).as("a broken package never half-loads").isNull();
        assertThat(result.errors()).isNotEmpty();
        return result.errors();
    }

    private static TestGroup group(TestGroup root, String name) {
        return root.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Nested
    class LegacyPackage {

        private final LoadResult result = load(fixture("legacysum"));
        private final Problem p = result.problem();

        @Test
        void loadsWithoutErrors() {
            assertThat(result.errors()).isEmpty();
            assertThat(p.id()).isEqualTo("legacysum");
            assertThat(p.name()).isEqualTo("Sum of Two");
            assertThat(p.format()).isEqualTo(PackageFormat.LEGACY);
            assertThat(p.type()).isEqualTo(ProblemType.SCORING);
        }

        @Test
        void latexStatementIsConvertedToMarkdown() {
            assertThat(p.statement().format()).isEqualTo(Statement.Format.MARKDOWN);
            assertThat(p.statement().language()).isEqualTo("en");
            assertThat(p.statement().text()).isEqualTo("Given two numbers $a$ and $b$, print $a+b$.\n\n## Input\n\n"
                    + "One line with $a$ and $b$.\n\n## Output\n\nTheir sum.\n");
        }

        @Test
        void limitsWithoutTimeLimitAreDerivedWithLegacyMultipliers() {
            ProblemLimits l = p.limits();
            assertThat(l.timeLimitMs()).isZero();
            assertThat(l.timeLimitDerived()).isTrue();
            assertThat(l.acToTimeLimit()).isEqualTo(3.0);
            assertThat(l.timeLimitToTle()).isEqualTo(1.5);
            assertThat(l.timeResolutionMs()).isEqualTo(1000);
            assertThat(l.memoryMb()).isEqualTo(1024);
            assertThat(l.outputMb()).isEqualTo(8);
            assertThat(l.codeKb()).isEqualTo(128);
            assertThat(l.compilationTimeMs()).isEqualTo(60_000);
            assertThat(l.validationTimeMs()).isEqualTo(60_000);
            assertThat(l.validationMemoryMb()).isEqualTo(1024);
        }

        @Test
        void memoryAboveTheCapIsCappedWithAWarning() {
            assertThat(result.warnings()).anySatisfy(w -> {
                assertThat(w.file()).isEqualTo("problem.yaml");
                assertThat(w.line()).isEqualTo(12);
                assertThat(w.message()).contains("limits.memory 2048 MiB is above Redline's cap: judged with 1024 MiB");
            });
        }

        @Test
        void samplesCarryTheProblemValidatorFlags() {
            assertThat(p.samples()).extracting(TestCase::name, TestCase::sample, TestCase::validatorArgs)
                    .containsExactly(tuple("sample/1", true, List.of("float_tolerance", "1e-6")));
            assertThat(p.validation().isDefault()).isTrue();
            assertThat(p.validation().flags()).containsExactly("float_tolerance", "1e-6");
        }

        @Test
        void testdataYamlIsInheritedWholeByGroupsWithoutOne() {
            TestGroup secret = p.secret();
            assertThat(secret.name()).isEqualTo("secret");
            assertThat(secret.groups()).extracting(TestGroup::name).containsExactly("secret/group1", "secret/group2");
            assertThat(secret.scoring()).isEqualTo(new GroupScoring(GroupScoring.Aggregation.SUM, false, null, 10, 0,
                    false));
            assertThat(group(secret, "secret/group1").scoring()).isEqualTo(new GroupScoring(
                    GroupScoring.Aggregation.MIN, false, null, 30, 0, true));
            assertThat(group(secret, "secret/group2").scoring()).isEqualTo(secret.scoring());
        }

        @Test
        void groupValidatorFlagsFollowTheProblemFlags() {
            TestGroup group1 = group(p.secret(), "secret/group1");
            assertThat(group1.cases()).extracting(TestCase::name, TestCase::description, TestCase::validatorArgs)
                    .containsExactly(
                            tuple("secret/group1/01", "small numbers", List.of("float_tolerance", "1e-6",
                                    "case_sensitive")),
                            tuple("secret/group1/02", "", List.of("float_tolerance", "1e-6", "case_sensitive")));
            assertThat(group(p.secret(), "secret/group2").cases()).extracting(TestCase::validatorArgs)
                    .containsOnly(List.of("float_tolerance", "1e-6"));
        }

        @Test
        void casesRunSamplesFirstThenGroupsInOrder() {
            assertThat(p.allCases()).extracting(TestCase::name).containsExactly("sample/1", "secret/group1/01",
                    "secret/group1/02", "secret/group2/a", "secret/group2/b");
            assertThat(p.allCases().get(1).input()).hasFileName("01.in").exists();
            assertThat(p.allCases().get(1).answer()).hasFileName("01.ans").exists();
        }

        @Test
        void submissionsWithTheirLanguagesAndExpectedVerdicts() {
            assertThat(p.submissions()).extracting(s -> p.dir().relativize(s.path()).toString(),
                    ExpectedSubmission::language, ExpectedSubmission::expected).containsExactly(
                            tuple("submissions/accepted/javadir", "java", "accepted"),
                            tuple("submissions/accepted/sum.py", "python3", "accepted"),
                            tuple("submissions/time_limit_exceeded/slow.cob", null, "time_limit_exceeded"),
                            tuple("submissions/wrong_answer/diff.cpp", "cpp", "wrong_answer"));
        }

        @Test
        void redlineMetadata() {
            assertThat(p.meta()).isEqualTo(new RedlineMeta(RedlineMeta.Kind.CODING, List.of("python3", "java", "cpp"),
                    java.util.Map.of(), 10, List.of("basics"), "Add two numbers, a warm-up"));
        }
    }

    @Nested
    class CurrentPackage {

        private final LoadResult result = load(fixture("closestpair"));
        private final Problem p = result.problem();

        @Test
        void loadsWithoutErrorsOrWarningsWithAMultiFileSubmission() {
            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).isEmpty();
            assertThat(p.submissions()).filteredOn(s -> s.path().getFileName().toString().equals("gosol"))
                    .extracting(ExpectedSubmission::language).containsExactly("go");
            assertThat(p.format()).isEqualTo(PackageFormat.V2025_09);
            assertThat(p.type()).isEqualTo(ProblemType.SCORING);
        }

        @Test
        void englishMarkdownStatementWithConstants() {
            assertThat(p.name()).isEqualTo("Closest Pair");
            assertThat(p.statement().format()).isEqualTo(Statement.Format.MARKDOWN);
            assertThat(p.statement().language()).isEqualTo("en");
            assertThat(p.statement().text()).startsWith("Given $n \\le 100000$ points");
        }

        @Test
        void givenTimeLimitAndMultipliers() {
            ProblemLimits l = p.limits();
            assertThat(l.timeLimitMs()).isEqualTo(1500);
            assertThat(l.timeLimitDerived()).isFalse();
            assertThat(l.memoryMb()).isEqualTo(256);
            assertThat(l.acToTimeLimit()).isEqualTo(3.0);
            assertThat(l.timeLimitToTle()).isEqualTo(1.5);
        }

        @Test
        void scoringGroupsFromTestGroupYaml() {
            TestGroup secret = p.secret();
            assertThat(secret.scoring()).isEqualTo(new GroupScoring(GroupScoring.Aggregation.SUM, false, 100.0, 0, 0,
                    false));
            assertThat(group(secret, "secret/g1").scoring()).isEqualTo(new GroupScoring(GroupScoring.Aggregation.SUM,
                    true, 40.0, 1, 0, true));
            assertThat(group(secret, "secret/g2").scoring()).isEqualTo(new GroupScoring(GroupScoring.Aggregation.SUM,
                    false, 60.0, 30, 0, false));
        }

        @Test
        void directoriesInsideAGroupOnlyOrganizeItsCases() {
            TestGroup g2 = group(p.secret(), "secret/g2");
            assertThat(g2.groups()).isEmpty();
            assertThat(g2.cases()).extracting(TestCase::name).containsExactly("secret/g2/01", "secret/g2/big/03");
        }

        @Test
        void outputValidatorArgsAreInheritedAndOverridden() {
            assertThat(p.samples()).extracting(TestCase::validatorArgs)
                    .containsExactly(List.of("float_tolerance", "1e-6"));
            assertThat(group(p.secret(), "secret/g1").cases()).extracting(TestCase::validatorArgs)
                    .containsOnly(List.of("float_absolute_tolerance", "1e-4"));
            assertThat(group(p.secret(), "secret/g2").cases()).extracting(TestCase::name, TestCase::description,
                    TestCase::validatorArgs).containsExactly(
                            tuple("secret/g2/01", "diagonal neighbours", List.of("float_absolute_tolerance", "1e-9")),
                            tuple("secret/g2/big/03", "", List.of("float_relative_tolerance", "1e-3")));
        }

        @Test
        void directorySubmissionsTakeTheLanguageOfTheirFiles() {
            assertThat(p.submissions()).extracting(s -> s.path().getFileName().toString(),
                    ExpectedSubmission::language).containsExactly(tuple("brute.cpp", "cpp"), tuple("gosol", "go"),
                            tuple("first.py", "python3"));
        }

        @Test
        void bugfixMetadataOffersTheStarterLanguages() {
            RedlineMeta meta = p.meta();
            assertThat(meta.kind()).isEqualTo(RedlineMeta.Kind.BUGFIX);
            assertThat(meta.languages()).containsExactly("python3");
            assertThat(meta.starter()).containsOnlyKeys("python3");
            assertThat(meta.starter().get("python3")).contains("bug: always zero");
            assertThat(meta.estimatedMinutes()).isEqualTo(45);
            assertThat(meta.competencies()).containsExactly("algorithms", "debugging");
        }
    }

    @Nested
    class BrokenFixtures {

        @Test
        void yamlSyntaxErrorsPointAtTheirLine() {
            assertThat(errors(fixture("badyaml"))).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("problem.yaml");
                assertThat(e.line()).isEqualTo(6);
                assertThat(e.message()).startsWith("is not valid YAML");
            });
        }

        @Test
        void everyUnpairedFileIsReported() {
            assertThat(errors(fixture("missingans"))).extracting(PackageError::file, PackageError::line,
                    PackageError::message).containsExactly(
                            tuple("data/secret/02.in", null, "has no answer file: add 02.ans beside it (or remove"
                                    + " the .in)"),
                            tuple("data/secret/03.ans", null, "has no input file: add 03.in beside it (or remove the"
                                    + " .ans)"));
        }

        @Test
        void submitAnswerProblemsAreRefused() {
            assertThat(errors(fixture("submitanswer"))).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("problem.yaml");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.message()).startsWith("type submit-answer is not supported by Redline yet");
            });
        }

        @Test
        void everyMistakeInRedlineYamlIsReported() {
            assertThat(errors(fixture("badmeta"))).extracting(PackageError::file, PackageError::line)
                    .containsExactlyInAnyOrder(
                            tuple("redline.yaml", 1), // kind: codng
                            tuple("redline.yaml", 3), // cobol: no image runs it
                            tuple("redline.yaml", 4), // estimate_minutes (typo)
                            tuple("redline.yaml", null), // estimated_minutes missing
                            tuple("redline.yaml", 6)); // starter file missing
            assertThat(errors(fixture("badmeta"))).extracting(PackageError::message).contains(
                    "kind must be coding, bugfix or design, got \"codng\"",
                    "language \"cobol\" is unknown: use ids from " + Languages.ALL,
                    "starter.python3 names starter/missing.py, which does not exist: add the file or fix the path"
                            + " (relative to the package)")
                    .anySatisfy(m -> assertThat(m).startsWith("unknown key estimate_minutes: remove it or fix its"
                            + " spelling"));
        }

        @Test
        void aMissingStatementIsReported() {
            assertThat(errors(fixture("nostatement"))).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("problem_statement");
                assertThat(e.line()).isNull();
                assertThat(e.message()).startsWith("has no statement: add problem_statement/problem.en.md");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"badyaml", "missingans", "submitanswer", "badmeta", "nostatement"})
        void errorsNameFilesInsideThePackage(String name) {
            assertThat(errors(fixture(name))).allSatisfy(e -> {
                assertThat(e.file()).doesNotStartWith("/").doesNotContain("\\");
                assertThat(e.message()).isNotBlank();
                assertThat(e.line()).satisfiesAnyOf(l -> assertThat(l).isNull(), l -> assertThat(l).isPositive());
            });
        }
    }

    @Nested
    class ProblemYaml {

        @Test
        void aMissingProblemYamlIsAnError() {
            Path dir = copy("closestpair", tmp);
            delete(dir, "problem.yaml");
            assertThat(errors(dir)).extracting(PackageError::file).contains("problem.yaml");
        }

        @Test
        void anOversizedProblemYamlIsRefusedWithoutParsingIt() {
            Path dir = copy("closestpair", tmp);
            // 30 MB of YAML once stalled the loader for 90 s: the size is checked before anything is parsed.
            String yaml = Fixtures.read(dir, "problem.yaml") + "# padding\n".repeat(3_000_000);
            write(dir, "problem.yaml", yaml);
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::line, PackageError::message)
                    .contains(tuple("problem.yaml", null, "is " + yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes, over the limit of 1048576"
                            + " bytes (1 MiB) for a YAML file: keep only configuration in it"));
        }

        @Test
        void unknownKeysOnlyWarn() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml") + "difficulty: hard\n");
            LoadResult result = load(dir);
            assertThat(result.ok()).isTrue();
            assertThat(result.warnings()).extracting(PackageError::message)
                    .anySatisfy(m -> assertThat(m).startsWith("unknown key difficulty is ignored"));
        }

        @Test
        void wrongTypesAndNonPositiveLimitsAreErrors() {
            Path dir = copy("legacysum", tmp);
            write(dir, "problem.yaml", """
                    name: Sum of Two
                    type: scoring
                    limits:
                      time_limit: -1
                      memory: lots
                      code: 0
                      time_multiplier: 0
                    """);
            assertThat(errors(dir)).extracting(PackageError::line, PackageError::message).containsExactly(
                    tuple(4, "limits.time_limit must be a positive number of seconds, got -1.0"),
                    tuple(7, "limits.time_multiplier must be a positive number of times the slowest accepted run,"
                            + " got 0.0"),
                    tuple(5, "limits.memory must be a whole number of MiB above zero, got \"lots\""),
                    tuple(6, "limits.code must be a whole number of KiB above zero, got 0"));
        }

        @Test
        void aBrokenProblemYamlDoesNotCascadeIntoTypeErrors() {
            Path dir = copy("legacysum", tmp);
            write(dir, "problem.yaml", "name: Sum of Two\ntype: scoring\nlimits: [\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly("problem.yaml");
        }

        @Test
        void badLegacyValidatorFlagsPointAtProblemYaml() {
            Path dir = copy("legacysum", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replace("float_tolerance 1e-6",
                    "float_tolerance"));
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::line).containsExactly(
                    tuple("problem.yaml", 8), tuple("data/secret/group1/testdata.yaml", 5));
        }

        @Test
        void withoutANameALegacyPackageTakesTheLatexProblemName() {
            Path dir = copy("legacysum", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replace("name: Sum of Two\n", ""));
            assertThat(loaded(dir).name()).isEqualTo("Sum of Two");
        }

        @Test
        void multiPassWithoutItsOwnValidatorIsRefused() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replace("type: scoring",
                    "type: [scoring, multi-pass]"));
            assertThat(errors(dir)).extracting(PackageError::message).contains(
                    "a multi-pass problem needs its own output validator: add it in output_validator/");
        }

        @Test
        void legacyInteractiveValidationRunsTheValidatorBeside() {
            Path dir = copy("legacysum", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replaceAll("(?m)^validation:.*\n", "")
                    + "validation: custom interactive\n");
            write(dir, "output_validators/interactor/interactor.py", "import sys\n");
            OutputValidation v = loaded(dir).validation();
            assertThat(v.interactive()).isTrue();
            assertThat(v.passes()).isEqualTo(1);
            assertThat(v.custom()).endsWith(Path.of("output_validators", "interactor"));
        }

        @Test
        void validatorFlagsInACurrentProblemYamlAreAnError() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml") + "validator_flags: float_tolerance 1e-6\n");
            assertThat(errors(dir)).extracting(PackageError::message).anySatisfy(m -> assertThat(m)
                    .startsWith("validator_flags is not a problem.yaml key in 2025-09"));
        }

        @Test
        void aTimeLimitAboveTheCapIsCapped() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replace("time_limit: 1.5",
                    "time_limit: 120"));
            LoadResult result = load(dir);
            assertThat(result.problem().limits().timeLimitMs()).isEqualTo(60_000);
            assertThat(result.warnings()).extracting(PackageError::message)
                    .anySatisfy(m -> assertThat(m).contains("above Redline's cap: judged with 60 s"));
        }

        @Test
        void currentDefaultsApplyWithoutLimits() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", """
                    problem_format_version: 2025-09
                    type: scoring
                    name: Closest Pair
                    uuid: 6d0b2f7e-6c35-4c2e-9d3a-1f1b0c1e2a11
                    """);
            ProblemLimits l = loaded(dir).limits();
            assertThat(l).isEqualTo(new ProblemLimits(0, true, 1024, 8, 128, 60_000, 60_000, 1024, 2.0, 1.5, 1000));
        }

        @Test
        void aDerivedTimeLimitNeedsARunnableAcceptedSubmission() {
            Path dir = copy("legacysum", tmp);
            delete(dir, "submissions/accepted");
            assertThat(errors(dir)).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("submissions/accepted");
                assertThat(e.message()).contains("gives no time limit");
            });
        }
    }

    @Nested
    class TestData {

        @Test
        void noSamplesIsAWarningNotARefusal() {
            Path dir = copy("closestpair", tmp);
            delete(dir, "data/sample");
            LoadResult result = load(dir);
            assertThat(result.errors()).isEmpty();
            assertThat(result.problem().samples()).isEmpty();
            assertThat(result.warnings()).extracting(PackageError::file, PackageError::message).contains(tuple(
                    "data/sample", "is missing: candidates see no sample and \"Run on samples\" has nothing to run"
                            + " (they can still run on their own input); add a sample (01.in with 01.ans): candidates"
                            + " learn the format from them"));
        }

        @Test
        void testFilesDirectoriesAreRefused() {
            Path dir = copy("closestpair", tmp);
            write(dir, "data/secret/g1/01-tiny.files/points.txt", "1 2\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly("data/secret/g1/01-tiny.files");
        }

        @Test
        void anEmptyGroupIsAnError() {
            Path dir = copy("closestpair", tmp);
            write(dir, "data/secret/g3/test_group.yaml", "max_score: 0\n");
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::message).contains(tuple(
                    "data/secret/g3", "has no test cases: add .in/.ans pairs or remove the directory"));
        }

        @Test
        void invalidDefaultValidatorArgsAreReportedWhereTheyAreSet() {
            Path dir = copy("closestpair", tmp);
            write(dir, "data/secret/g1/test_group.yaml", "max_score: 40\noutput_validator_args: [float_tolerance]\n");
            assertThat(errors(dir)).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("data/secret/g1/test_group.yaml");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.message()).contains("float_tolerance needs a non-negative number after it");
            });
        }

        @Test
        void legacyGroupFileNameInACurrentPackageIsAnError() {
            Path dir = copy("closestpair", tmp);
            write(dir, "data/secret/g1/testdata.yaml", "output_validator_flags: case_sensitive\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly("data/secret/g1/testdata.yaml");
        }

        @Test
        void currentGroupFileNameInALegacyPackageIsAnError() {
            Path dir = copy("legacysum", tmp);
            write(dir, "data/secret/group2/test_group.yaml", "max_score: 10\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly(
                    "data/secret/group2/test_group.yaml");
        }

        @Test
        void customGradingAndUnknownGraderFlagsAreErrors() {
            Path dir = copy("legacysum", tmp);
            write(dir, "data/secret/group2/testdata.yaml", "grader_flags: median\ngrading: custom\n");
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::line).containsExactlyInAnyOrder(
                    tuple("data/secret/group2/testdata.yaml", 1), tuple("data/secret/group2/testdata.yaml", 2));
        }

        @Test
        void legacyGraderFlagsAreReadAsTheDefaultGraderReadsThem() {
            Path dir = copy("legacysum", tmp);
            write(dir, "data/secret/group1/testdata.yaml", "grader_flags: min avg accept_if_any_accepted\n");
            write(dir, "data/secret/group2/testdata.yaml", "grader_flags: always_accept max\n");
            write(dir, "data/secret/testdata.yaml", "grader_flags: always_accept first_error\n");
            TestGroup secret = loaded(dir).secret();
            assertThat(group(secret, "secret/group1").scoring()).extracting(GroupScoring::aggregation,
                    GroupScoring::verdictRule).containsExactly(GroupScoring.Aggregation.AVG,
                    GroupScoring.VerdictRule.ANY_ACCEPTED);
            assertThat(group(secret, "secret/group2").scoring()).extracting(GroupScoring::aggregation,
                    GroupScoring::verdictRule).containsExactly(GroupScoring.Aggregation.MAX,
                    GroupScoring.VerdictRule.ALWAYS);
            // the later verdict mode overrides always_accept, as in the default grader
            assertThat(secret.scoring().verdictRule()).isEqualTo(GroupScoring.VerdictRule.ALL_ACCEPTED);
        }

        @Test
        void legacyScoresAboveTheRangeAreAnError() {
            Path dir = copy("legacysum", tmp);
            write(dir, "data/secret/group1/testdata.yaml", "grader_flags: sum\naccept_score: 30\nrange: 0 30\n");
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::message).containsExactly(tuple(
                    "data/secret/group1/testdata.yaml", "a group using this file can score 60.0, above the upper"
                            + " bound of range (30.0): lower accept_score or raise range"));
        }

        @Test
        void scoringKeysInAPassFailProblemAreErrors() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replace("type: scoring", "type: pass-fail"));
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::line).containsExactlyInAnyOrder(
                    tuple("data/secret/g1/test_group.yaml", 1), tuple("data/secret/g2/test_group.yaml", 1),
                    tuple("data/secret/g2/test_group.yaml", 2));
        }

        @Test
        void groupScoresAboveSecretsAreAnError() {
            Path dir = copy("closestpair", tmp);
            write(dir, "data/secret/g1/test_group.yaml", "max_score: 50\n");
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::message).containsExactly(tuple(
                    "data/secret/test_group.yaml", "the max_score of data/secret's groups add up to 110.0, above its"
                            + " own 100.0: make them add up to 100.0"));
        }

        @Test
        void a2025GroupWithoutMaxScoreIsAnError() {
            Path dir = copy("closestpair", tmp);
            delete(dir, "data/secret/g1/test_group.yaml");
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::message).containsExactly(tuple(
                    "data/secret/g1", "data/secret/g1 needs a max_score: in 2025-09 a group's default is unbounded,"
                            + " which is only allowed when secret is unbounded"));
        }

        @Test
        void secretWithCasesAndGroupsIsAnErrorIn2025() {
            Path dir = copy("closestpair", tmp);
            write(dir, "data/secret/loose.in", "1\n");
            write(dir, "data/secret/loose.ans", "1\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly("data/secret");
        }

        @Test
        void draftScoresAreSharedAmongGroupsWithoutOne() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replace("2025-09", "2023-07-draft"));
            write(dir, "data/secret/test_group.yaml", "scoring:\n  score: 90\n"
                    + "output_validator_args: [float_absolute_tolerance, \"1e-4\"]\n");
            delete(dir, "data/secret/g1/test_group.yaml");
            write(dir, "data/secret/g2/test_group.yaml", "scoring:\n  score: 30\n  aggregation: min\n");
            Problem p = loaded(dir);
            assertThat(p.format()).isEqualTo(PackageFormat.DRAFT_2023_07);
            assertThat(group(p.secret(), "secret/g1").scoring().maxScore()).isEqualTo(60.0);
            assertThat(group(p.secret(), "secret/g2").scoring()).isEqualTo(new GroupScoring(
                    GroupScoring.Aggregation.MIN, false, 30.0, 30, 0, true));
        }

        @Test
        void draftGroupsNest() {
            Path dir = copy("closestpair", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml").replace("2025-09", "2023-07-draft"));
            write(dir, "data/secret/g1/test_group.yaml", "scoring:\n  score: 40\n");
            write(dir, "data/secret/g2/test_group.yaml", "scoring:\n  score: 60\n  aggregation: sum\n");
            Problem p = loaded(dir);
            TestGroup g2 = group(p.secret(), "secret/g2");
            assertThat(g2.cases()).extracting(TestCase::name).containsExactly("secret/g2/01");
            assertThat(g2.groups()).extracting(TestGroup::name).containsExactly("secret/g2/big");
            assertThat(g2.groups().get(0).scoring().maxScore()).isEqualTo(30.0);
            assertThat(g2.scoring().acceptScore()).isEqualTo(30.0);
        }
    }

    @Nested
    class OutputValidators {

        @Test
        void aCurrentCustomValidatorIsFound() {
            Path dir = copy("closestpair", tmp);
            write(dir, "output_validator/validate.cpp", "int main() { return 42; }\n");
            Problem p = loaded(dir);
            assertThat(p.validation().isDefault()).isFalse();
            assertThat(p.validation().custom()).isEqualTo(dir.resolve("output_validator").toAbsolutePath());
        }

        @Test
        void aValidatorDirectoryWithoutSourceIsAnError() {
            Path dir = copy("closestpair", tmp);
            write(dir, "output_validator/README.md", "todo\n");
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::message).containsExactly(tuple(
                    "output_validator", "has no validator source: add e.g. validator.py or validator.cpp, or a"
                            + " build/run script"));
        }

        @Test
        void theLegacyValidatorDirectoryInACurrentPackageIsAnError() {
            Path dir = copy("closestpair", tmp);
            write(dir, "output_validators/checker/checker.py", "import sys\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly("output_validators");
        }

        @Test
        void aLegacyCustomValidatorIsFound() {
            Path dir = copy("legacysum", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml") + "validation: custom score\n");
            write(dir, "output_validators/checker/checker.cpp", "int main() { return 42; }\n");
            Problem p = loaded(dir);
            assertThat(p.validation().custom()).isEqualTo(dir.resolve("output_validators/checker").toAbsolutePath());
            assertThat(p.validation().flags()).containsExactly("float_tolerance", "1e-6");
        }

        @Test
        void legacyCustomValidationWithoutAValidatorIsAnError() {
            Path dir = copy("legacysum", tmp);
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml") + "validation: custom\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly("output_validators");
        }
    }
}
