package dev.redline.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a system-design exercise: a package whose redline.yaml says {@code kind: design}.
 * <pre>
 * problems/&lt;id&gt;/
 *   problem.yaml               problem_format_version: 2025-09, name, uuid (as any current package)
 *   redline.yaml               kind: design, summary, estimated_minutes, competencies, dimensions (optional)
 *   statement/problem.en.md    the prompt the candidate answers (Markdown)
 *   guidance/guidance.en.md    interviewer guidance, staff only: per dimension what strong and weak answers
 *                              look like, and red flags
 * </pre>
 * The candidate answers with a design document that interviewers score, so nothing is judged: test data,
 * submissions or an output validator are errors (their presence means someone expects a verdict that
 * will never come), and judging keys in problem.yaml are ignored with a warning.
 */
final class DesignPackageReader {

    static final String GUIDANCE = "guidance/guidance.en.md";
    private static final String PROMPT = "statement/problem.en.md";
    private static final List<String> JUDGED_PARTS = List.of("data", "submissions", "output_validator",
            "output_validators");
    private static final List<String> JUDGING_KEYS = List.of("limits", "type", "languages", "validation",
            "validator_flags");

    private DesignPackageReader() {
    }

    static Problem read(Path dir, String id, ProblemConfig config, Findings findings) {
        for (String part : JUDGED_PARTS) {
            if (Files.exists(dir.resolve(part))) {
                findings.error(part, null, "is not part of a design exercise: nothing in it is judged (the"
                        + " candidate writes a design document that interviewers score), so remove " + part
                        + "/; if this is a coding exercise, set kind: coding in redline.yaml");
            }
        }
        warnJudgingKeys(dir, findings);
        Statement prompt = prompt(dir, config, findings);
        RedlineMeta meta = new RedlineYamlReader(dir, config, findings).read();
        String guidance = guidance(dir, meta, findings);
        if (findings.hasErrors()) {
            return null;
        }
        String name = ProblemLoader.name(id, config, new StatementReader.Found(prompt, List.of(prompt.language()),
                false, Optional.empty()),
                findings);
        TestGroup nothing = new TestGroup("secret", GroupScoring.PASS_FAIL, List.of(), List.of());
        return new Problem(id, name, dir, config.format(), config.type(), config.limits(), prompt, List.of(),
                nothing, new OutputValidation(null, List.of()), List.of(), meta.withGuidance(guidance));
    }

    /** The prompt, in Markdown: the candidate writes Markdown beside it, and LaTeX would show as source. */
    private static Statement prompt(Path dir, ProblemConfig config, Findings findings) {
        Findings own = new Findings();
        StatementReader.Found found = StatementReader.read(dir, config, own);
        own.warnings().forEach(w -> findings.warn(w.file(), w.line(), w.message()));
        if (found == null && !Files.isDirectory(dir.resolve("statement"))) {
            findings.error(PROMPT, null, "is missing: a design exercise needs its prompt there, in Markdown (context,"
                    + " requirements, constraints with numbers, what to hand in, time box)");
            return null;
        }
        own.errors().forEach(e -> findings.error(e.file(), e.line(), e.message()));
        if (found == null) {
            return null;
        }
        if (found.latex()) {
            findings.error("statement", null, "a design prompt must be Markdown: rename it to " + PROMPT
                    + " and write it in Markdown (the candidate's answer is Markdown too)");
            return null;
        }
        return found.statement();
    }

    private static String guidance(Path dir, RedlineMeta meta, Findings findings) {
        Path file = dir.resolve(GUIDANCE);
        if (!Files.isRegularFile(file)) {
            findings.error(GUIDANCE, null, "is missing: a design exercise needs interviewer guidance (per"
                    + " dimension what a strong and a weak answer look like, and red flags); staff only, never"
                    + " shown to the candidate");
            return null;
        }
        String text;
        try {
            text = Texts.read(file);
        } catch (IOException e) {
            findings.error(GUIDANCE, null, "cannot be read as UTF-8 text: " + e.getMessage());
            return null;
        }
        if (text.isBlank()) {
            findings.error(GUIDANCE, null, "is empty: write what a strong answer covers per dimension, and red flags");
            return null;
        }
        if (meta != null) {
            warnUncoveredDimensions(text, meta.dimensions(), findings);
        }
        return text;
    }

    /** Interviewers score each dimension; one without guidance is scored by gut feeling. */
    private static void warnUncoveredDimensions(String text, List<DesignDimension> dimensions, Findings findings) {
        List<String> headings = text.lines().filter(l -> l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                .toList();
        for (DesignDimension d : dimensions) {
            String title = d.title().replaceAll("\\s*\\(.*\\)", "").toLowerCase(Locale.ROOT);
            if (headings.stream().noneMatch(h -> h.contains(d.id()) || h.contains(title))) {
                findings.warn(GUIDANCE, null, "has no heading for dimension " + d.id() + " (\"" + d.title()
                        + "\"): add a section saying what a strong and a weak answer look like");
            }
        }
    }

    /** Keys that matter only when judging: ignored here, but worth a word, as the author may expect them to. */
    private static void warnJudgingKeys(Path dir, Findings findings) {
        Path file = dir.resolve(ProblemYamlReader.FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        YamlMap yaml = YamlFile.read(file, ProblemYamlReader.FILE, new Findings());
        if (yaml == null) {
            return;
        }
        for (String key : JUDGING_KEYS) {
            if (yaml.has(key)) {
                findings.warn(ProblemYamlReader.FILE, yaml.line(key), key + " is ignored: a design exercise is not"
                        + " judged; remove it");
            }
        }
    }
}
