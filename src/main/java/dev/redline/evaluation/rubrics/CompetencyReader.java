package dev.redline.evaluation.rubrics;

import dev.redline.evaluation.policy.Rating;
import dev.redline.problems.Findings;
import dev.redline.problems.YamlFile;
import dev.redline.problems.YamlMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one competency file, {@code competencies/<id>.yaml}:
 * <pre>
 * title: Working with founders and peers
 * summary: One or two sentences on what the competency covers
 * levels:                  # the anchored 4-point scale, all four required
 *   strong_no: What a Strong No looks like in an engineering leader: behaviour, concretely
 *   no: ...
 *   yes: ...
 *   strong_yes: ...
 * questions:               # 4 to 6
 *   - ask: Tell me about a time you and a founder disagreed on a date you had committed to.
 *     probes:              # at least one follow-up
 *       - What did you say in the first meeting, in your own words?
 * </pre>
 * A level is at least {@value #MIN_LEVEL_CHARS} characters and differs from the others: a one-word
 * anchor ("Good") anchors nothing, and two identical ones make the scale three points. Unknown keys
 * are errors.
 */
final class CompetencyReader {

    static final int MIN_LEVEL_CHARS = 60;
    static final int MIN_QUESTIONS = 4;
    static final int MAX_QUESTIONS = 6;
    private static final Set<String> KEYS = Set.of("title", "summary", "levels", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("ask", "probes");
    private static final Map<String, Rating> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("strong_no", Rating.STRONG_NO);
        LEVELS.put("no", Rating.NO);
        LEVELS.put("yes", Rating.YES);
        LEVELS.put("strong_yes", Rating.STRONG_YES);
    }

    private CompetencyReader() {
    }

    /** The competency in {@code file} (named {@code label} in errors), or null after an error. */
    static Competency read(Path file, String id, String label, Findings findings) {
        int before = findings.errorCount();
        if (!Fields.ID.matcher(id).matches()) {
            findings.error(label, null, "the file name is the competency's id, used by kits and scorecards: use"
                    + " lowercase letters, digits and -, e.g. founders-and-peers.yaml");
        }
        YamlMap yaml = YamlFile.read(file, label, findings);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        String title = Fields.text(yaml, "title", "<what reports show, e.g. Working with founders and peers>");
        String summary = Fields.text(yaml, "summary", "<one or two sentences on what the competency covers>");
        Map<Rating, String> levels = levels(yaml);
        List<Competency.Question> questions = questions(yaml);
        if (findings.errorCount() != before) {
            return null;
        }
        return new Competency(id, title, summary, levels, questions);
    }

    private static Map<Rating, String> levels(YamlMap yaml) {
        YamlMap map = yaml.map("levels");
        if (map == null) {
            if (!yaml.has("levels")) {
                yaml.errorHere("levels is missing: add the anchored scale strong_no, no, yes and strong_yes, each a"
                        + " concrete description of what that level looks like");
            }
            return Map.of();
        }
        map.rejectUnknownKeys(LEVELS.keySet());
        Map<Rating, String> out = new EnumMap<>(Rating.class);
        Map<String, String> seen = new LinkedHashMap<>();
        LEVELS.forEach((key, rating) -> {
            String text = Fields.text(map, key, "what a " + rating.label() + " looks like in an engineering leader");
            if (text == null) {
                return;
            }
            if (text.length() < MIN_LEVEL_CHARS) {
                map.error(key, map.name(key) + " is too short to anchor a score (" + text.length() + " characters):"
                        + " describe what the interviewer would see the candidate do, in at least " + MIN_LEVEL_CHARS
                        + " characters");
            }
            String same = seen.get(text);
            if (same != null) {
                map.error(key, map.name(key) + " is the same as " + map.name(same) + ": each level must describe"
                        + " something different");
            }
            seen.putIfAbsent(text, key);
            out.put(rating, text);
        });
        return out;
    }

    private static List<Competency.Question> questions(YamlMap yaml) {
        List<YamlMap.Item> items = yaml.items("questions");
        if (items == null) {
            if (!yaml.has("questions")) {
                yaml.errorHere("questions is missing: add " + MIN_QUESTIONS + " to " + MAX_QUESTIONS + " suggested"
                        + " questions, each as {ask: ..., probes: [...]}");
            }
            return List.of();
        }
        if (items.size() < MIN_QUESTIONS || items.size() > MAX_QUESTIONS) {
            yaml.error("questions", "questions lists " + items.size() + "; give " + MIN_QUESTIONS + " to "
                    + MAX_QUESTIONS + ": enough to choose from, few enough to prepare");
        }
        List<Competency.Question> out = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        for (YamlMap.Item item : items) {
            if (item.map() == null) {
                yaml.errorAt(item.line(), item.path() + " must be a map, like {ask: <the question>, probes:"
                        + " [<follow-up>, ...]}, got a plain value");
                continue;
            }
            Competency.Question q = question(item.map());
            if (q != null && !asked.add(q.ask())) {
                item.map().error("ask", item.path() + " repeats an earlier question: keep one");
            }
            if (q != null) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }

    private static Competency.Question question(YamlMap map) {
        map.rejectUnknownKeys(QUESTION_KEYS);
        String ask = Fields.text(map, "ask", "<the question as the interviewer asks it>");
        List<String> probes = map.strings("probes", false);
        if (probes == null) {
            if (!map.has("probes")) {
                map.errorHere(map.name("probes") + " is missing: add at least one follow-up that gets past the"
                        + " rehearsed answer, e.g. probes: [\"What did you do the next morning?\"]");
            }
            return null;
        }
        if (probes.isEmpty() || probes.stream().anyMatch(String::isBlank)) {
            map.error("probes", map.name("probes") + " must list at least one follow-up, none of them empty");
            return null;
        }
        return ask == null ? null : new Competency.Question(ask, probes.stream().map(String::strip).toList());
    }
}
