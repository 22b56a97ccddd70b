package dev.redline.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.evaluation.rubrics.InterviewKit;
import dev.redline.evaluation.rubrics.Rubrics;
import dev.redline.problems.Findings;
import dev.redline.problems.PackageError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading policy files: plain JUnit over files, no service needed. */
class PolicyFilesTest {

    static final String VALID = """
            red_lines:
              coding: 60
              design: 2.5
            pass_bar:
              technical: 75
            weights:
              coding: 60
              design: 40
            people:
              minimum_scorecards: 2
              focus: [people-management, founders-and-peers]
              competency_minimum: 2.5
              hire_mean: 3.0
              strong_no_blocks: true
              disagreement_blocks: false
            """;

    static final Set<String> COMPETENCIES = Set.of("people-management", "founders-and-peers", "quality-leadership");

    @TempDir
    Path dir;

    @Test
    void theShippedPoliciesLoadCleanOnePerRoleTemplate() {
        PolicyFiles.Loaded loaded = PolicyFiles.load(Path.of("problems"));

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.policies()).containsOnlyKeys("cto", "vp-engineering", "engineering-director");
        for (Policy p : loaded.policies().values()) {
            assertThat(p.redLines()).containsOnlyKeys(Area.values());
            assertThat(p.weights().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
            assertThat(p.people().focus()).isNotEmpty();
        }
    }

    @Test
    void theShippedPoliciesFocusOnlyOnCompetenciesTheirInterviewKitRates() {
        // A focus competency that no interview rates would leave every decision Incomplete.
        Rubrics.Loaded rubrics = Rubrics.load(Path.of("problems"), Set.of("filesync", "globalfeed"));
        for (Policy p : PolicyFiles.load(Path.of("problems")).policies().values()) {
            InterviewKit kit = rubrics.kits().get(p.role());
            assertThat(kit).as("interview kit of " + p.role()).isNotNull();
            Set<String> rated = new HashSet<>();
            kit.interviews().forEach(i -> rated.addAll(i.focus()));
            assertThat(rated).as(p.role()).containsAll(p.people().focus());
            assertThat(rubrics.competencies()).containsKeys(p.people().focus().toArray(String[]::new));
        }
    }

    @Test
    void aValidFileReadsEveryValueExactly() {
        Findings findings = new Findings();
        Policy p = read(VALID, findings);

        assertThat(findings.errors()).isEmpty();
        assertThat(p.role()).isEqualTo("cto");
        assertThat(p.redLines()).containsEntry(Area.CODING, new BigDecimal("60")).containsEntry(Area.DESIGN,
                new BigDecimal("2.5"));
        assertThat(p.passBar()).isEqualByComparingTo("75");
        assertThat(p.weights()).containsEntry(Area.CODING, 60).containsEntry(Area.DESIGN, 40);
        assertThat(p.people()).isEqualTo(new PeopleBar(2, List.of("people-management", "founders-and-peers"),
                new BigDecimal("2.5"), new BigDecimal("3"), true, false));
    }

    @Test
    void twoDecimalBarsAreKeptExactly() {
        Policy p = read(VALID.replace("design: 2.5", "design: 2.55").replace("hire_mean: 3.0", "hire_mean: 3.33"),
                new Findings());

        assertThat(p.redLines().get(Area.DESIGN)).isEqualTo(new BigDecimal("2.55"));
        assertThat(p.people().hireMean()).isEqualTo(new BigDecimal("3.33"));
    }

    @Test
    void weightsThatDoNotSumTo100AreAnErrorAtTheirLine() {
        assertThat(messages(VALID.replace("design: 40", "design: 30"))).containsExactly(
                "policies/cto.yaml:6: weights must sum to 100, they sum to 90 (coding 60 + design 30)");
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() {
        assertThat(messages(VALID.replace("  hire_mean: 3.0", "  hire_mean: 3.0\n  hire_maen: 3.0")))
                .containsExactly("policies/cto.yaml:14: unknown key people.hire_maen: remove it or fix its spelling "
                        + "(allowed keys: competency_minimum, disagreement_blocks, focus, hire_mean, "
                        + "minimum_scorecards, strong_no_blocks)");
        assertThat(messages("extra: 1\n" + VALID)).singleElement().asString()
                .startsWith("policies/cto.yaml:1: unknown key extra");
        assertThat(messages(VALID.replace("  design: 2.5", "  design: 2.5\n  bugfix: 50"))).singleElement()
                .asString().startsWith("policies/cto.yaml:4: unknown key red_lines.bugfix");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "coding: 60|coding: sixty|policies/cto.yaml:2: red_lines.coding must be a number from 0 to 100 (percent) "
                + "with at most two decimal places, got \"sixty\"",
        "coding: 60|coding: 101|policies/cto.yaml:2: red_lines.coding must be a number from 0 to 100 (percent) "
                + "with at most two decimal places, got 101",
        "design: 2.5|design: 0.5|policies/cto.yaml:3: red_lines.design must be a number from 1 to 4 (mean rating) "
                + "with at most two decimal places, got 0.5",
        "design: 2.5|design: 2.555|policies/cto.yaml:3: red_lines.design must be a number from 1 to 4 (mean "
                + "rating) with at most two decimal places, got 2.555",
        "technical: 75|technical: -1|policies/cto.yaml:5: pass_bar.technical must be a number from 0 to 100 "
                + "(percent) with at most two decimal places, got -1",
        "coding: 60\\n  design: 40|coding: 60.5\\n  design: 40|policies/cto.yaml:7: weights.coding must be a "
                + "whole number from 0 to 100 (percent; 0 leaves coding out), got 60.5",
        "minimum_scorecards: 2|minimum_scorecards: 0|policies/cto.yaml:10: people.minimum_scorecards must be a "
                + "whole number from 1 to 20 (scorecards), got 0",
        "hire_mean: 3.0|hire_mean: [3]|policies/cto.yaml:13: people.hire_mean must be a number from 1 to 4 (mean "
                + "rating) with at most two decimal places, got a list",
        "strong_no_blocks: true|strong_no_blocks: sometimes|policies/cto.yaml:14: people.strong_no_blocks must be "
                + "true or false, got \"sometimes\"",
        "focus: [people-management, founders-and-peers]|focus: [people-managment]|policies/cto.yaml:11: "
                + "people.focus: 'people-managment' is not a competency of the bank (competencies/: "
                + "founders-and-peers, people-management, quality-leadership)",
        "focus: [people-management, founders-and-peers]|focus: [people-management, people-management]|"
                + "policies/cto.yaml:11: people.focus lists 'people-management' twice: list each once",
        "focus: [people-management, founders-and-peers]|focus: []|policies/cto.yaml:11: people.focus is empty: "
                + "list the competencies this role is judged on, e.g. [people-management, founders-and-peers]",
        "focus: [people-management, founders-and-peers]|focus: people-management|policies/cto.yaml:11: "
                + "people.focus must be a list, like [a, b], got \"people-management\"",
        "pass_bar:\\n  technical: 75|pass_bar: 75|policies/cto.yaml:4: pass_bar must be a map of keys to values, "
                + "got 75",
    })
    void aWrongValueIsAnErrorAtItsLine(String from, String to, String expected) {
        String text = replaceFirst(VALID, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(text).isNotEqualTo(VALID);

        assertThat(messages(text)).containsExactly(expected);
    }

    @Test
    void aMissingKeyIsAnErrorAtItsSection() {
        assertThat(messages(VALID.replace("  disagreement_blocks: false\n", ""))).containsExactly(
                "policies/cto.yaml:9: people.disagreement_blocks is missing: add it (true or false)");
        assertThat(messages(VALID.replace("  design: 2.5\n", ""))).containsExactly(
                "policies/cto.yaml:1: red_lines.design is missing: add it (a number from 1 to 4 (mean rating))");
        assertThat(messages(VALID.replace("pass_bar:\n  technical: 75\n", ""))).containsExactly(
                "policies/cto.yaml: pass_bar is missing: add it (e.g. pass_bar: {technical: 75})");
        assertThat(messages(VALID.replace("  design: 40\n", ""))).containsExactly(
                "policies/cto.yaml:6: weights.design is missing: add it (a whole number from 0 to 100 (percent; 0 "
                        + "leaves design out))");
    }

    @Test
    void everyMistakeInAFileIsReportedInOnePass() {
        String text = """
                red_lines:
                  coding: 600
                  desing: 2.5
                pass_bar:
                  technical: high
                weights:
                  coding: 50
                  design: 40
                people:
                  minimum_scorecards: 2
                  focus: [charm]
                  competency_minimum: 5
                  hire_mean: 3.0
                  strong_no_blocks: yes please
                """;
        assertThat(errors(text)).extracting(PackageError::line).containsExactlyInAnyOrder(
                2, 3, 1, 5, 6, 11, 12, 14, 9);
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertThat(messages(VALID.replace("  hire_mean: 3.0", "  hire_mean: 3.0\n  hire_mean: 2.0")))
                .first().asString().startsWith("policies/cto.yaml:14: key people.hire_mean appears twice");
    }

    @Test
    void brokenYamlIsOneErrorWithItsLine() {
        assertThat(messages("red_lines:\n  coding: [60\npass_bar: 1\n")).singleElement().asString()
                .startsWith("policies/cto.yaml:3: is not valid YAML");
        assertThat(messages("- a list\n")).singleElement().asString()
                .startsWith("policies/cto.yaml:1: must be a YAML map");
    }

    @Test
    void anEmptyFileIsEveryKeyMissing() {
        assertThat(messages("")).hasSize(4).allSatisfy(m -> assertThat(m).contains("is missing"));
    }

    @Test
    void aBrokenFileIsLeftOutAndTheOthersLoad() throws IOException {
        Path bank = bank(Set.of("cto", "vp-engineering"), Map.of("cto.yaml", VALID,
                "vp-engineering.yaml", VALID.replace("design: 40", "design: 41"), "notes.txt", "not a policy"));

        PolicyFiles.Loaded loaded = PolicyFiles.load(bank);

        assertThat(loaded.policies()).containsOnlyKeys("cto");
        assertThat(loaded.errors()).extracting(PackageError::file).containsExactly("policies/vp-engineering.yaml");
    }

    @Test
    void everyRoleNeedsAPolicyAndEveryPolicyARole() throws IOException {
        Path bank = bank(Set.of("cto", "vp-engineering"), Map.of("cto.yaml", VALID, "cfo.yaml", VALID));

        PolicyFiles.Loaded loaded = PolicyFiles.load(bank);

        assertThat(loaded.policies()).containsOnlyKeys("cto");
        assertThat(loaded.errors()).extracting(PackageError::toString).containsExactly(
                "policies/cfo.yaml: there is no role template 'cfo': a policy is named after its role template "
                        + "(roles/: cto, vp-engineering)",
                "policies/vp-engineering.yaml: is missing: role template 'vp-engineering' needs a hiring policy");
    }

    @Test
    void aBankWithoutPoliciesOrRolesHasNone() {
        PolicyFiles.Loaded loaded = PolicyFiles.load(dir.resolve("absent"));

        assertThat(loaded.policies()).isEmpty();
        assertThat(loaded.errors()).isEmpty();
    }

    /** The errors of {@code text} read as policies/cto.yaml, checking that a file with errors yields nothing. */
    List<PackageError> errors(String text) {
        Findings findings = new Findings();
        Policy policy = read(text, findings);
        if (findings.hasErrors()) {
            assertThat(policy).as("a broken file never half-loads").isNull();
        }
        return findings.errors();
    }

    List<String> messages(String text) {
        return errors(text).stream().map(PackageError::toString).toList();
    }

    Policy read(String text, Findings findings) {
        try {
            Path file = Files.writeString(dir.resolve("cto.yaml"), text);
            return PolicyFiles.read(file, "policies/cto.yaml", COMPETENCIES, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the first: "coding: 60" is both a red line and a weight. */
    static String replaceFirst(String text, String from, String to) {
        int at = text.indexOf(from);
        return at < 0 ? text : text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** A bank with these role templates, the test competencies, and these files in policies/. */
    Path bank(Set<String> roles, Map<String, String> policies) throws IOException {
        Path root = dir.resolve("bank");
        for (String folder : List.of("roles", "competencies", "policies")) {
            Files.createDirectories(root.resolve(folder));
        }
        for (String role : roles) {
            Files.writeString(root.resolve("roles/" + role + ".yaml"), "title: " + role + "\n");
        }
        for (String competency : COMPETENCIES) {
            Files.writeString(root.resolve("competencies/" + competency + ".yaml"), "title: x\n");
        }
        for (Map.Entry<String, String> p : policies.entrySet()) {
            Files.writeString(root.resolve("policies/" + p.getKey()), p.getValue());
        }
        return root;
    }
}
