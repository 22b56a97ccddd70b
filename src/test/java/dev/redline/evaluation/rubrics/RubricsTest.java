package dev.redline.evaluation.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.redline.evaluation.policy.Rating;
import dev.redline.problems.PackageError;
import dev.redline.problems.ProblemBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Competencies and interview kits: the shipped files load clean and every kit covers every competency;
 * every mistake in a file is reported as file:line with a message saying how to fix it, and a broken
 * file never half-loads. Plain JUnit: the readers turn files into records and know no framework.
 */
class RubricsTest {

    private static final Path BANK = Path.of("problems");
    private static final Set<String> SHIPPED = Set.of("people-management", "founders-and-peers",
            "recruiting-and-teams", "technical-judgement", "quality-leadership");

    @Nested
    class ShippedFiles {

        private final Rubrics.Loaded loaded = Rubrics.load(BANK,
                Rubrics.designExercises(ProblemBank.load(BANK).problems().values()));

        @Test
        void loadClean() {
            assertThat(loaded.errors()).isEmpty();
            assertThat(loaded.competencies()).containsOnlyKeys(SHIPPED);
            assertThat(loaded.kits()).containsOnlyKeys("cto", "vp-engineering", "engineering-director");
        }

        @Test
        void everyCompetencyHasTheFullAnchoredScaleAndQuestionsWithProbes() {
            assertThat(loaded.competencies().values()).allSatisfy(c -> {
                assertThat(c.levels()).containsOnlyKeys(Rating.values());
                assertThat(c.levels().values()).allSatisfy(l -> assertThat(l).hasSizeGreaterThan(200));
                assertThat(c.questions()).hasSizeBetween(4, 6)
                        .allSatisfy(q -> assertThat(q.probes()).isNotEmpty());
            });
            assertThat(loaded.competencies().get("founders-and-peers").title())
                    .isEqualTo("Working with founders and peers");
        }

        @Test
        void everyKitCoversEveryCompetencyWithTwoOrThreePerInterview() {
            assertThat(loaded.kits().values()).allSatisfy(kit -> {
                Set<String> covered = new HashSet<>();
                kit.interviews().forEach(i -> covered.addAll(i.focus()));
                assertThat(covered).as(kit.roleTemplate()).isEqualTo(loaded.competencies().keySet());
                assertThat(kit.interviews()).allSatisfy(i -> assertThat(i.focus()).hasSizeBetween(2, 3));
            });
        }

        @Test
        void everyRoleTemplateHasAKitAndEveryKitScoresADesignExercise() throws IOException {
            try (Stream<Path> roles = Files.list(BANK.resolve("roles"))) {
                assertThat(roles.map(p -> p.getFileName().toString().replace(".yaml", "")))
                        .containsExactlyInAnyOrderElementsOf(loaded.kits().keySet());
            }
            assertThat(loaded.kits().get("cto").interviews()).flatExtracting(InterviewKit.Interview::designExercises)
                    .containsExactly("filesync");
            assertThat(loaded.kits().get("vp-engineering").interviews())
                    .flatExtracting(InterviewKit.Interview::designExercises).containsExactly("globalfeed");
            assertThat(loaded.kits().get("engineering-director").interviews())
                    .flatExtracting(InterviewKit.Interview::designExercises).containsExactly("filesync");
        }
    }

    /** A temporary bank with two sound competencies, one role template and a sound kit, to break. */
    abstract static class TempBank {

        @TempDir
        Path root;

        @BeforeEach
        void soundBank() {
            write("roles/cto.yaml", "title: CTO\n");
            write("competencies/people-management.yaml", competency("People management"));
            write("competencies/technical-judgement.yaml", competency("Technical judgement"));
            write("kits/cto.yaml", """
                    title: CTO interview kit
                    interviews:
                      - id: design-review
                        title: Design review
                        minutes: 60
                        focus: [technical-judgement, people-management]
                        design_exercises: [filesync]
                    """);
        }

        Rubrics.Loaded load() {
            return Rubrics.load(root, Set.of("filesync", "globalfeed"));
        }

        /** The errors of a load, as (file, line, message). */
        List<PackageError> errors() {
            return load().errors();
        }

        void write(String relative, String content) {
            try {
                Path file = root.resolve(relative);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String competency(String title) {
            return """
                    title: %s
                    summary: What the competency covers
                    levels:
                      strong_no: Blames others for every failure and cannot name a single thing they changed after one.
                      no: Describes good intentions and practices in general terms, with no concrete story behind them.
                      yes: Tells two specific stories with what they did, what changed, and the evidence that it did.
                      strong_yes: Everything in yes, and has built the same strength in the managers who report to them.
                    questions:
                      - ask: Question one?
                        probes: ["Probe one?"]
                      - ask: Question two?
                        probes: ["Probe two?"]
                      - ask: Question three?
                        probes: ["Probe three?"]
                      - ask: Question four?
                        probes: ["Probe four?", "Probe five?"]
                    """.formatted(title);
        }
    }

    @Nested
    class SoundTempBank extends TempBank {

        @Test
        void loadsWhole() {
            Rubrics.Loaded loaded = load();
            assertThat(loaded.errors()).isEmpty();
            Competency c = loaded.competencies().get("people-management");
            assertThat(c.levels().keySet()).containsExactly(Rating.STRONG_NO, Rating.NO, Rating.YES, Rating.STRONG_YES);
            assertThat(c.questions().get(3)).isEqualTo(new Competency.Question("Question four?",
                    List.of("Probe four?", "Probe five?")));
            assertThat(loaded.kits().get("cto").interviews()).containsExactly(new InterviewKit.Interview(
                    "design-review", "Design review", 60, List.of("technical-judgement", "people-management"),
                    List.of("filesync"), ""));
        }
    }

    @Nested
    class CompetencyErrors extends TempBank {

        private List<PackageError> errorsOf(String yaml) {
            write("competencies/people-management.yaml", yaml);
            Rubrics.Loaded loaded = load();
            assertThat(loaded.competencies()).as("a broken file never half-loads")
                    .doesNotContainKey("people-management").containsKey("technical-judgement");
            return loaded.errors().stream().filter(e -> e.file().equals("competencies/people-management.yaml"))
                    .toList();
        }

        @Test
        void unknownKeysMissingTitleAndSummary() {
            String yaml = competency("x").replace("title: x\n", "").replace("summary: What the competency covers\n",
                    "summary: \"\"\nanchors: none\n");
            assertThat(errorsOf(yaml)).extracting(PackageError::line, PackageError::message).containsExactly(
                    tuple(2, "unknown key anchors: remove it or fix its spelling (allowed keys: levels, questions,"
                            + " summary, title)"),
                    tuple(null, "title is missing: add title: <what reports show, e.g. Working with founders and"
                            + " peers>"),
                    tuple(1, "summary is empty: write <one or two sentences on what the competency covers>"));
        }

        @Test
        void aMissingUnknownShortOrRepeatedLevel() {
            String yaml = competency("x")
                    .replace("  no: Describes", "  maybe: Describes")
                    .replace("  yes: Tells two specific stories with what they did, what changed, and the evidence"
                            + " that it did.", "  yes: Good.")
                    .replace("  strong_yes: Everything in yes, and has built the same strength in the managers who"
                            + " report to them.", "  strong_yes: Blames others for every failure and cannot name a"
                            + " single thing they changed after one.");
            assertThat(errorsOf(yaml)).extracting(PackageError::line, PackageError::message).containsExactly(
                    tuple(5, "unknown key levels.maybe: remove it or fix its spelling (allowed keys: no, strong_no,"
                            + " strong_yes, yes)"),
                    tuple(3, "levels.no is missing: add no: what a No looks like in an engineering leader"),
                    tuple(6, "levels.yes is too short to anchor a score (5 characters): describe what the interviewer"
                            + " would see the candidate do, in at least 60 characters"),
                    tuple(7, "levels.strong_yes is the same as levels.strong_no: each level must describe something"
                            + " different"));
        }

        @Test
        void tooFewQuestionsAQuestionWithoutProbesAndAPlainQuestion() {
            String yaml = competency("x").replace("""
                      - ask: Question three?
                        probes: ["Probe three?"]
                      - ask: Question four?
                        probes: ["Probe four?", "Probe five?"]
                    """, """
                      - Question three?
                    """).replace("    probes: [\"Probe two?\"]\n", "");
            assertThat(errorsOf(yaml)).extracting(PackageError::line, PackageError::message).containsExactly(
                    tuple(8, "questions lists 3; give 4 to 6: enough to choose from, few enough to prepare"),
                    tuple(11, "questions[1].probes is missing: add at least one follow-up that gets past the"
                            + " rehearsed answer, e.g. probes: [\"What did you do the next morning?\"]"),
                    tuple(12, "questions[2] must be a map, like {ask: <the question>, probes: [<follow-up>, ...]}, got"
                            + " a plain value"));
        }

        @Test
        void emptyProbesAndARepeatedQuestion() {
            String yaml = competency("x").replace("probes: [\"Probe one?\"]", "probes: []")
                    .replace("Question four?", "Question three?");
            assertThat(errorsOf(yaml)).extracting(PackageError::line, PackageError::message).containsExactly(
                    tuple(10, "questions[0].probes must list at least one follow-up, none of them empty"),
                    tuple(15, "questions[3] repeats an earlier question: keep one"));
        }

        @Test
        void notYamlIsReportedAtItsLine() {
            assertThat(errorsOf("title: x\nlevels: [a\n")).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.message()).startsWith("is not valid YAML");
            });
        }

        @Test
        void aBadFileNameIsAnError() {
            write("competencies/People.yaml", competency("People"));
            assertThat(errors()).extracting(PackageError::toString).containsExactly("competencies/People.yaml: the"
                    + " file name is the competency's id, used by kits and scorecards: use lowercase letters, digits"
                    + " and -, e.g. founders-and-peers.yaml");
        }

        @Test
        void aKitIsNotBlamedForABrokenCompetency() {
            write("competencies/people-management.yaml", "title: [broken\n");
            Rubrics.Loaded loaded = load();
            assertThat(loaded.kits()).containsKey("cto");
            assertThat(loaded.errors()).allSatisfy(e -> assertThat(e.file())
                    .isEqualTo("competencies/people-management.yaml"));
        }
    }

    @Nested
    class KitErrors extends TempBank {

        private List<PackageError> errorsOf(String yaml) {
            write("kits/cto.yaml", yaml);
            Rubrics.Loaded loaded = load();
            assertThat(loaded.kits()).as("a broken kit never half-loads").isEmpty();
            return loaded.errors();
        }

        @Test
        void everyMistakeInAnInterviewIsReportedAtItsLine() {
            assertThat(errorsOf("""
                    title: CTO interview kit
                    interviews:
                      - id: design-review
                        title: Design review
                        minutes: 60
                        focus: [technical-judgement, people-management]
                        design_exercises: [deployorder]
                      - id: design-review
                        title: People
                        minutes: 300
                        focus: [people-management]
                        panel: 2
                      - id: Hiring
                        title: Hiring
                        minutes: 45
                        focus: [people-management, technical-judgement, founders, recruiting-and-teams]
                      - just a title
                    """)).extracting(PackageError::line, PackageError::message).containsExactlyInAnyOrder(
                    tuple(7, "interviews[0].design_exercises: \"deployorder\" is not a design exercise of the bank"
                            + " (have: filesync, globalfeed)"),
                    tuple(12, "unknown key interviews[1].panel: remove it or fix its spelling (allowed keys: brief,"
                            + " design_exercises, focus, id, minutes, title)"),
                    tuple(10, "interviews[1].minutes must be from 15 to 240, got 300"),
                    tuple(11, "interviews[1].focus lists 1 competencies; an interview scores 2 or 3: fewer wastes the"
                            + " hour, more gets none in depth"),
                    tuple(13, "interviews[2].id \"Hiring\" must be lowercase letters, digits and - (at most 64)"),
                    tuple(16, "interviews[2].focus lists 4 competencies; an interview scores 2 or 3: fewer wastes the"
                            + " hour, more gets none in depth"),
                    tuple(16, "interviews[2].focus: \"founders\" is not a competency of competencies/ (have:"
                            + " people-management, technical-judgement)"),
                    tuple(16, "interviews[2].focus: \"recruiting-and-teams\" is not a competency of competencies/"
                            + " (have: people-management, technical-judgement)"),
                    tuple(17, "interviews[3] must be a map with id, title, minutes and focus, got a plain value"));
        }

        @Test
        void aRepeatedInterviewId() {
            assertThat(errorsOf("""
                    title: CTO interview kit
                    interviews:
                      - id: one
                        title: One
                        minutes: 45
                        focus: [technical-judgement, people-management]
                      - id: one
                        title: Two
                        minutes: 45
                        focus: [technical-judgement, people-management]
                    """)).extracting(PackageError::toString).containsExactly("kits/cto.yaml:7: interviews[1]: interview"
                    + " id one is used twice in this kit: make each unique");
        }

        @Test
        void aCompetencyNoInterviewScoresIsAnError() {
            assertThat(errorsOf("""
                    title: CTO interview kit
                    interviews:
                      - id: one
                        title: One
                        minutes: 45
                        focus: [technical-judgement, technical-judgement]
                    """)).extracting(PackageError::toString).containsExactly(
                    "kits/cto.yaml:6: interviews[0].focus lists a competency twice: list each once",
                    "kits/cto.yaml:2: competency people-management is the focus of no interview: add it to the focus"
                            + " of one, or it is never scored for this role");
        }

        @Test
        void missingKeysAndUnknownTopLevelKeys() {
            assertThat(errorsOf("""
                    owner: cto
                    interviews:
                      - title: One
                    """)).extracting(PackageError::toString).containsExactlyInAnyOrder(
                    "kits/cto.yaml:1: unknown key owner: remove it or fix its spelling (allowed keys: interviews,"
                            + " summary, title)",
                    "kits/cto.yaml: title is missing: add title: <what staff pages show, e.g. CTO interview kit>",
                    "kits/cto.yaml:3: interviews[0].id is missing: add id: <an id unique in the kit, e.g."
                            + " design-review>",
                    "kits/cto.yaml:3: interviews[0].minutes is missing: add how long the interview is, e.g. minutes:"
                            + " 45",
                    "kits/cto.yaml:3: interviews[0].focus is missing: add the 2 or 3 competencies this interview"
                            + " scores, e.g. focus: [people-management, recruiting-and-teams]",
                    "kits/cto.yaml:2: competency people-management is the focus of no interview: add it to the focus"
                            + " of one, or it is never scored for this role",
                    "kits/cto.yaml:2: competency technical-judgement is the focus of no interview: add it to the"
                            + " focus of one, or it is never scored for this role");
        }

        @Test
        void aKitForAnUnknownRoleTemplate() {
            write("kits/staff-engineer.yaml", "title: Staff\ninterviews: []\n");
            assertThat(errors()).extracting(PackageError::toString).contains("kits/staff-engineer.yaml: there is no"
                    + " role template \"staff-engineer\" in roles/: a kit is named after the role template it serves"
                    + " (role templates: cto)");
        }

        @Test
        void aRoleTemplateWithoutAKit() {
            write("roles/vp-engineering.yaml", "title: VP\n");
            assertThat(errors()).extracting(PackageError::toString).containsExactly("kits/vp-engineering.yaml: role"
                    + " template vp-engineering has no interview kit: add kits/vp-engineering.yaml, or its"
                    + " interviewers have nothing to run");
        }

        @Test
        void aYmlFileIsNotSilentlySkipped() {
            write("kits/cto.yml", "title: CTO\n");
            assertThat(errors()).extracting(PackageError::toString)
                    .containsExactly("kits/cto.yml: is not read: rename it to .yaml");
        }
    }
}
