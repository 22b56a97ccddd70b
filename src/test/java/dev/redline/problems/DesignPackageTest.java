package dev.redline.problems;

import static dev.redline.problems.Fixtures.delete;
import static dev.redline.problems.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * System-design exercises ({@code kind: design}): the shipped ones load clean, their interviewer guidance
 * never reaches the candidate's view, and every way of getting a design package wrong is reported
 * precisely. Plain JUnit: the loader reads files and has no framework dependency.
 */
class DesignPackageTest {

    /** Distinctive text in the fixture's guidance, to look for where it must never be. */
    static final String SECRET = "Strong answers mention the tombstone-lifetime trick";

    static final String GUIDANCE = """
            # Guidance

            %s.

            ## Requirements and the definition of quality
            ## Architecture
            ## Data and consistency
            ## Scale and performance
            ## Failure modes and red lines
            ## Trade-offs and sequencing
            """.formatted(SECRET);

    @TempDir
    Path tmp;

    /** A sound design package {@code id} under {@code root}: the smallest that loads without warnings. */
    static Path designPackage(Path root, String id) {
        Path dir = root.resolve(id);
        write(dir, "problem.yaml", """
                problem_format_version: 2025-09
                name: Photo backup
                uuid: 5b0f1a2e-8a7e-4c1e-9a55-0a3f6a1d2c10
                """);
        write(dir, "redline.yaml", """
                kind: design
                summary: Back up every photo from a phone, once
                estimated_minutes: 60
                competencies: [technical-judgement]
                """);
        write(dir, "statement/problem.en.md", "# Photo backup\n\nDesign a backup service for phone photos.\n");
        write(dir, "guidance/guidance.en.md", GUIDANCE);
        return dir;
    }

    private static LoadResult load(Path dir) {
        return ProblemLoader.load(dir);
    }

    private static Problem loaded(Path dir) {
        LoadResult result = load(dir);
        assertThat(result.errors()).as("errors of %s", dir.getFileName()).isEmpty();
        return result.problem();
    }

    private static List<PackageError> errors(Path dir) {
        LoadResult result = load(dir);
        assertThat(result.problem()).as("a broken package never half-loads").isNull();
        assertThat(result.errors()).isNotEmpty();
        return result.errors();
    }

    @Nested
    class TheBank {

        @ParameterizedTest
        @ValueSource(strings = {"filesync", "globalfeed"})
        void shippedDesignExercisesLoadCleanWithoutWarnings(String id) {
            LoadResult result = load(Path.of("problems", id));
            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).isEmpty();
            Problem p = result.problem();
            assertThat(p.meta().kind()).isEqualTo(RedlineMeta.Kind.DESIGN);
            assertThat(p.meta().judged()).isFalse();
            assertThat(p.statement().format()).isEqualTo(Statement.Format.MARKDOWN);
            assertThat(p.statement().text()).contains("## What to hand in").contains("Time box");
            assertThat(p.meta().guidance()).contains("## Red flags");
            assertThat(p.meta().dimensions()).extracting(DesignDimension::id)
                    .containsExactlyElementsOf(DesignDimension.STANDARD.stream().map(DesignDimension::id).toList());
            assertThat(p.samples()).isEmpty();
            assertThat(p.allCases()).isEmpty();
            assertThat(p.submissions()).isEmpty();
            assertThat(p.meta().languages()).isEmpty();
        }

        @Test
        void globalfeedRedescribesOneStandardDimension() {
            Problem p = loaded(Path.of("problems", "globalfeed"));
            DesignDimension scale = p.meta().dimensions().get(3);
            assertThat(scale.id()).isEqualTo("scale-and-performance");
            assertThat(scale.title()).isEqualTo("Scale and performance (with estimates)");
            assertThat(scale.description()).startsWith("Back-of-the-envelope numbers for requests, bytes");
        }

        @ParameterizedTest
        @ValueSource(strings = {"filesync", "globalfeed"})
        void noLineOfTheShippedGuidanceReachesTheCandidateView(String id) throws Exception {
            Problem p = loaded(Path.of("problems", id));
            String view = new ObjectMapper().writeValueAsString(ProblemView.of(p)) + ProblemView.of(p)
                    + new ObjectMapper().writeValueAsString(ProblemView.summary(p));
            List<String> guidanceLines = p.meta().guidance().lines().map(String::strip).filter(l -> l.length() > 30)
                    .toList();
            assertThat(guidanceLines).hasSizeGreaterThan(50).allSatisfy(line -> assertThat(view).doesNotContain(line));
        }
    }

    @Nested
    class GuidanceStaysWithStaff {

        @Test
        void theViewIsBuiltFromAnAllowListWithoutGuidance() {
            // a new component must be a deliberate decision: this list changes only with a look at the guidance
            Set<String> components = Arrays.stream(ProblemView.class.getRecordComponents())
                    .map(c -> c.getName()).collect(Collectors.toSet());
            assertThat(components).containsExactlyInAnyOrder("id", "name", "kind", "summary", "statementFormat",
                    "statement", "samples", "timeLimitMs", "memoryMb", "languages", "starter", "estimatedMinutes",
                    "dimensions");
        }

        @Test
        void guidanceTextNeverAppearsInTheViewOrItsJson() throws Exception {
            Problem p = loaded(designPackage(tmp, "photobackup"));
            assertThat(p.meta().guidance()).contains(SECRET);
            ProblemView view = ProblemView.of(p);
            assertThat(new ObjectMapper().writeValueAsString(view)).doesNotContain(SECRET).doesNotContain("guidance");
            assertThat(new ObjectMapper().writeValueAsString(ProblemView.summary(p))).doesNotContain(SECRET);
            assertThat(view.toString()).doesNotContain(SECRET);
            assertThat(view.kind()).isEqualTo("design");
            assertThat(view.statement()).contains("Design a backup service");
            assertThat(view.dimensions()).extracting(ProblemView.Dimension::title)
                    .containsExactlyElementsOf(DesignDimension.STANDARD.stream().map(DesignDimension::title).toList());
        }

        @Test
        void guidanceIsNotPrintedWhereAProblemIsLogged() {
            Problem p = loaded(designPackage(tmp, "photobackup"));
            assertThat(p.toString()).doesNotContain(SECRET).contains("guidance=" + GUIDANCE.length() + " chars");
        }

        @Test
        void aDesignExerciseHasAFingerprintThatFollowsItsDimensions() {
            Path dir = designPackage(tmp, "photobackup");
            String first = ProblemFingerprint.of(loaded(dir));
            assertThat(ProblemFingerprint.of(loaded(dir))).isEqualTo(first);
            write(dir, "redline.yaml", Fixtures.read(dir, "redline.yaml") + "dimensions: [architecture]\n");
            assertThat(ProblemFingerprint.of(loaded(dir))).isNotEqualTo(first);
        }
    }

    @Nested
    class Layout {

        @Test
        void theSmallestDesignPackageLoadsWithTheStandardDimensions() {
            LoadResult result = load(designPackage(tmp, "photobackup"));
            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).isEmpty();
            assertThat(result.problem().name()).isEqualTo("Photo backup");
            assertThat(result.problem().meta().dimensions()).isEqualTo(DesignDimension.STANDARD);
        }

        @Test
        void testDataSubmissionsAndValidatorsAreErrors() {
            Path dir = designPackage(tmp, "photobackup");
            write(dir, "data/sample/1.in", "1\n");
            write(dir, "submissions/accepted/a.py", "print(1)\n");
            write(dir, "output_validator/validate.py", "\n");
            assertThat(errors(dir)).extracting(PackageError::file).containsExactly("data", "submissions",
                    "output_validator");
            assertThat(errors(dir).get(0).message()).startsWith("is not part of a design exercise: nothing in it is"
                    + " judged");
        }

        @Test
        void aMissingPromptIsAnError() {
            Path dir = designPackage(tmp, "photobackup");
            delete(dir, "statement");
            assertThat(errors(dir)).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("statement/problem.en.md");
                assertThat(e.line()).isNull();
                assertThat(e.message()).startsWith("is missing: a design exercise needs its prompt there, in"
                        + " Markdown");
            });
        }

        @Test
        void anEmptyPromptIsAnError() {
            Path dir = designPackage(tmp, "photobackup");
            write(dir, "statement/problem.en.md", "\n");
            assertThat(errors(dir)).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("statement/problem.en.md");
                assertThat(e.message()).startsWith("is empty");
            });
        }

        @Test
        void aLatexPromptIsAnError() {
            Path dir = designPackage(tmp, "photobackup");
            delete(dir, "statement/problem.en.md");
            write(dir, "statement/problem.en.tex", "\\problemname{Photo backup}\nDesign it.\n");
            assertThat(errors(dir)).singleElement().satisfies(e -> assertThat(e.message())
                    .startsWith("a design prompt must be Markdown: rename it to statement/problem.en.md"));
        }

        @Test
        void missingOrEmptyGuidanceIsAnError() {
            Path dir = designPackage(tmp, "photobackup");
            write(dir, "guidance/guidance.en.md", "  \n");
            assertThat(errors(dir)).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("guidance/guidance.en.md");
                assertThat(e.message()).startsWith("is empty");
            });
            delete(dir, "guidance");
            assertThat(errors(dir)).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("guidance/guidance.en.md");
                assertThat(e.message()).startsWith("is missing: a design exercise needs interviewer guidance");
            });
        }

        @Test
        void aDimensionWithoutAGuidanceHeadingIsAWarning() {
            Path dir = designPackage(tmp, "photobackup");
            write(dir, "guidance/guidance.en.md", GUIDANCE.replace("## Failure modes and red lines\n", ""));
            LoadResult result = load(dir);
            assertThat(result.ok()).isTrue();
            assertThat(result.warnings()).singleElement().satisfies(w -> {
                assertThat(w.file()).isEqualTo("guidance/guidance.en.md");
                assertThat(w.message()).isEqualTo("has no heading for dimension failure-modes (\"Failure modes and red"
                        + " lines\"): add a section saying what a strong and a weak answer look like");
            });
        }

        @Test
        void judgingKeysInProblemYamlAreIgnoredWithAWarning() {
            Path dir = designPackage(tmp, "photobackup");
            write(dir, "problem.yaml", Fixtures.read(dir, "problem.yaml") + "limits:\n  time_limit: 2\n");
            LoadResult result = load(dir);
            assertThat(result.ok()).isTrue();
            assertThat(result.warnings()).extracting(PackageError::file, PackageError::line, PackageError::message)
                    .containsExactly(tuple("problem.yaml", 4, "limits is ignored: a design exercise is not judged;"
                            + " remove it"));
        }

        @Test
        void aBrokenRedlineYamlStillNamesEveryMistake() {
            Path dir = designPackage(tmp, "photobackup");
            write(dir, "redline.yaml", """
                    kind: design
                    summary: Back up every photo
                    """);
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::message).containsExactly(
                    tuple("redline.yaml", "estimated_minutes is missing: add how many minutes a strong candidate"
                            + " needs (1 to 480)"));
        }
    }

    @Nested
    class RedlineYaml {

        private Path withMeta(String extra) {
            Path dir = designPackage(tmp, "photobackup");
            write(dir, "redline.yaml", Fixtures.read(dir, "redline.yaml") + extra);
            return dir;
        }

        @Test
        void languagesAndStarterAreErrors() {
            Path dir = withMeta("languages: [python3]\nstarter:\n  python3: main.py\n");
            assertThat(errors(dir)).extracting(PackageError::file, PackageError::line, PackageError::message)
                    .containsExactly(
                            tuple("redline.yaml", 5, "languages is not for a design exercise: the candidate answers"
                                    + " with a design document in Markdown, no code is run; remove languages"),
                            tuple("redline.yaml", 6, "starter is not for a design exercise: the candidate answers"
                                    + " with a design document in Markdown, no code is run; remove starter"));
        }

        @Test
        void standardAndOwnDimensionsInTheirOrder() {
            Path dir = withMeta("""
                    dimensions:
                      - failure-modes
                      - id: privacy
                        title: Privacy
                        description: What is collected, who can see it, and for how long
                      - id: architecture
                        title: Components
                    """);
            assertThat(loaded(dir).meta().dimensions()).containsExactly(
                    DesignDimension.standard("failure-modes").orElseThrow(),
                    new DesignDimension("privacy", "Privacy", "What is collected, who can see it, and for how long"),
                    new DesignDimension("architecture", "Components",
                            DesignDimension.standard("architecture").orElseThrow().description()));
        }

        @Test
        void everyBadDimensionIsReportedAtItsLine() {
            Path dir = withMeta("""
                    dimensions:
                      - architecture
                      - scalability
                      - id: privacy
                      - id: Privacy Two
                        title: Privacy
                        description: Who sees what
                      - id: cost
                        title: Cost
                      - architecture
                      - id: ops
                        title: Operations
                        description: Running it
                        weight: 2
                      - [nested]
                    """);
            assertThat(errors(dir)).extracting(PackageError::line, PackageError::message).containsExactlyInAnyOrder(
                    tuple(7, "dimensions[1]: \"scalability\" is not a standard dimension (requirements-and-quality,"
                            + " architecture, data-and-consistency, scale-and-performance, failure-modes,"
                            + " trade-offs-and-sequencing): fix the id, or define your own as {id: ..., title: ...,"
                            + " description: ...}"),
                    tuple(8, "dimensions[2].title is missing: dimension privacy is not a standard one, so it needs a"
                            + " title"),
                    tuple(9, "dimensions[3].id \"Privacy Two\" must be lowercase letters, digits and - (at most 64):"
                            + " scorecards refer to it"),
                    tuple(12, "dimensions[4].description is missing: say what dimension cost covers, so that every"
                            + " interviewer scores the same thing"),
                    tuple(14, "dimensions[5]: dimension architecture is listed twice: keep one"),
                    tuple(18, "unknown key dimensions[6].weight: remove it or fix its spelling (allowed keys:"
                            + " description, id, title)"),
                    tuple(19, "dimensions[7] must be a value or a map, found a list"));
        }

        @Test
        void anEmptyOrWronglyTypedDimensionListIsAnError() {
            assertThat(errors(withMeta("dimensions: []\n"))).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(5);
                assertThat(e.message()).startsWith("dimensions must not be empty");
            });
            delete(tmp, "photobackup");
            assertThat(errors(withMeta("dimensions: architecture\n"))).singleElement().satisfies(e ->
                    assertThat(e.message()).isEqualTo("dimensions must be a list, got \"architecture\""));
        }

        @Test
        void dimensionsInACodingPackageAreAnError() {
            Path dir = Fixtures.copy("closestpair", tmp);
            write(dir, "redline.yaml", Fixtures.read(dir, "redline.yaml") + "dimensions: [architecture]\n");
            assertThat(errors(dir)).extracting(PackageError::message).containsExactly("dimensions is only for kind:"
                    + " design (what interviewers score a design document on): remove it");
        }
    }
}
