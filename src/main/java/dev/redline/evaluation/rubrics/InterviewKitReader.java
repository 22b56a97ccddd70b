package dev.redline.evaluation.rubrics;

import dev.redline.problems.Findings;
import dev.redline.problems.YamlFile;
import dev.redline.problems.YamlMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one interview kit, {@code kits/<role-template-id>.yaml}:
 * <pre>
 * title: CTO interview kit
 * summary: One line on what this loop is after        # optional
 * interviews:
 *   - id: design-review                               # unique in the kit
 *     title: Design review of the candidate's filesync document
 *     minutes: 60                                     # 15..240
 *     focus: [technical-judgement, quality-leadership] # 2 or 3 competency ids
 *     design_exercises: [filesync]                    # optional: design answers this interview scores
 *     brief: What the interviewer does, to prepare    # optional
 * </pre>
 * Checked against what else is in the bank: the file name must be a role template in {@code roles/},
 * every focus a competency of {@code competencies/}, every design exercise a design problem of the bank,
 * and every competency the focus of at least one interview (a competency no interview scores leaves
 * every decision incomplete). Unknown keys are errors.
 */
final class InterviewKitReader {

    static final int MIN_FOCUS = 2;
    static final int MAX_FOCUS = 3;
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 240;
    private static final Set<String> KEYS = Set.of("title", "summary", "interviews");
    private static final Set<String> INTERVIEW_KEYS = Set.of("id", "title", "minutes", "focus", "design_exercises",
            "brief");

    /** What a kit is checked against. */
    record Context(Set<String> competencies, Set<String> roleTemplates, Set<String> designExercises) {
    }

    private InterviewKitReader() {
    }

    /** The kit in {@code file} (named {@code label} in errors), or null after an error. */
    static InterviewKit read(Path file, String roleTemplate, String label, Context context, Findings findings) {
        int before = findings.errorCount();
        if (!context.roleTemplates().contains(roleTemplate)) {
            findings.error(label, null, "there is no role template \"" + roleTemplate + "\" in roles/: a kit is named"
                    + " after the role template it serves (role templates: " + String.join(", ",
                            context.roleTemplates().stream().sorted().toList()) + ")");
        }
        YamlMap yaml = YamlFile.read(file, label, findings);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        String title = Fields.text(yaml, "title", "<what staff pages show, e.g. CTO interview kit>");
        String summary = Fields.optionalText(yaml, "summary");
        List<InterviewKit.Interview> interviews = interviews(yaml, context);
        if (findings.errorCount() != before) {
            return null;
        }
        return new InterviewKit(roleTemplate, title, summary, interviews);
    }

    private static List<InterviewKit.Interview> interviews(YamlMap yaml, Context context) {
        List<YamlMap.Item> items = yaml.items("interviews");
        if (items == null) {
            if (!yaml.has("interviews")) {
                yaml.errorHere("interviews is missing: list the interviews of this kit, each {id, title, minutes,"
                        + " focus: [competency ids]}");
            }
            return List.of();
        }
        List<InterviewKit.Interview> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        // from every interview as written, sound or not: a mistake elsewhere in an interview must not
        // also report its competencies as uncovered
        Set<String> covered = new HashSet<>();
        for (YamlMap.Item item : items) {
            if (item.map() == null) {
                yaml.errorAt(item.line(), item.path() + " must be a map with id, title, minutes and focus, got a"
                        + " plain value");
                continue;
            }
            InterviewKit.Interview interview = interview(item.map(), context, covered);
            if (interview != null && !ids.add(interview.id())) {
                item.map().error("id", item.path() + ": interview id " + interview.id() + " is used twice in this"
                        + " kit: make each unique");
            }
            if (interview != null) {
                out.add(interview);
            }
        }
        for (String competency : context.competencies().stream().sorted().toList()) {
            if (!covered.contains(competency)) {
                yaml.error("interviews", "competency " + competency + " is the focus of no interview: add it to the"
                        + " focus of one, or it is never scored for this role");
            }
        }
        return List.copyOf(out);
    }

    private static InterviewKit.Interview interview(YamlMap map, Context context, Set<String> covered) {
        map.rejectUnknownKeys(INTERVIEW_KEYS);
        String id = Fields.text(map, "id", "<an id unique in the kit, e.g. design-review>");
        if (id != null && !Fields.ID.matcher(id).matches()) {
            map.error("id", map.name("id") + " \"" + id + "\" must be lowercase letters, digits and - (at most 64)");
            id = null;
        }
        String title = Fields.text(map, "title", "<what the interviewer's schedule shows>");
        Long minutes = minutes(map);
        List<String> focus = focus(map, context, covered);
        List<String> design = designExercises(map, context);
        String brief = Fields.optionalText(map, "brief");
        if (id == null || title == null || minutes == null || focus == null || design == null) {
            return null;
        }
        return new InterviewKit.Interview(id, title, minutes.intValue(), focus, design, brief);
    }

    private static Long minutes(YamlMap map) {
        if (!map.has("minutes")) {
            map.errorHere(map.name("minutes") + " is missing: add how long the interview is, e.g. minutes: 45");
            return null;
        }
        Long minutes = map.integer("minutes", 1, "minutes");
        if (minutes != null && (minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
            map.error("minutes", map.name("minutes") + " must be from " + MIN_MINUTES + " to " + MAX_MINUTES
                    + ", got " + minutes);
            return null;
        }
        return minutes;
    }

    private static List<String> focus(YamlMap map, Context context, Set<String> covered) {
        if (!map.has("focus")) {
            map.errorHere(map.name("focus") + " is missing: add the " + MIN_FOCUS + " or " + MAX_FOCUS
                    + " competencies this interview scores, e.g. focus: [people-management, recruiting-and-teams]");
            return null;
        }
        List<String> focus = map.strings("focus", false);
        if (focus == null) {
            return null;
        }
        focus.stream().filter(context.competencies()::contains).forEach(covered::add);
        boolean ok = true;
        if (new HashSet<>(focus).size() != focus.size()) {
            map.error("focus", map.name("focus") + " lists a competency twice: list each once");
            ok = false;
        } else if (focus.size() < MIN_FOCUS || focus.size() > MAX_FOCUS) {
            map.error("focus", map.name("focus") + " lists " + focus.size() + " competencies; an interview scores "
                    + MIN_FOCUS + " or " + MAX_FOCUS + ": fewer wastes the hour, more gets none in depth");
            ok = false;
        }
        for (String c : focus) {
            if (!context.competencies().contains(c)) {
                map.error("focus", map.name("focus") + ": \"" + c + "\" is not a competency of competencies/ (have: "
                        + String.join(", ", context.competencies().stream().sorted().toList()) + ")");
                ok = false;
            }
        }
        return ok ? List.copyOf(focus) : null;
    }

    private static List<String> designExercises(YamlMap map, Context context) {
        List<String> design = Fields.ids(map, "design_exercises");
        if (design == null) {
            return map.has("design_exercises") ? null : List.of();
        }
        List<String> unknown = design.stream().filter(d -> !context.designExercises().contains(d)).toList();
        for (String d : unknown) {
            map.error("design_exercises", map.name("design_exercises") + ": \"" + d + "\" is not a design exercise"
                    + " of the bank (have: " + String.join(", ", context.designExercises().stream().sorted()
                            .toList()) + ")");
        }
        return unknown.isEmpty() ? design : null;
    }
}
