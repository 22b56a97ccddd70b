package dev.redline.assessments;

import java.util.ArrayList;
import java.util.List;

/**
 * An interactive sample's {@code .interaction} file as a dialogue. In the Kattis format a line starting
 * with {@code >} is what the submission writes to the validator and a line starting with {@code <} what
 * the validator writes to the submission; consecutive lines of one side form one turn. A line with
 * neither mark belongs to the turn before it (so nothing the package author wrote is dropped). Pure code.
 */
public final class SampleDialogue {

    /** Who speaks in a turn, with the label the candidate reads. */
    public enum Speaker {
        JUDGE("judge"), PROGRAM("your program");

        private final String label;

        Speaker(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String css() {
            return name().toLowerCase();
        }
    }

    /** One turn: one side's consecutive lines, without their marks, joined by newlines. */
    public record Turn(Speaker speaker, String text) {
    }

    private SampleDialogue() {
    }

    public static List<Turn> parse(String interaction) {
        List<Turn> turns = new ArrayList<>();
        Speaker current = null;
        List<String> lines = new ArrayList<>();
        for (String line : interaction.split("\r?\n", -1)) {
            Speaker speaker = line.startsWith(">") ? Speaker.PROGRAM : line.startsWith("<") ? Speaker.JUDGE : null;
            if (speaker == null && line.isBlank()) {
                continue;
            }
            if (current == null) {
                current = speaker == null ? Speaker.JUDGE : speaker;
            } else if (speaker != null && speaker != current) {
                turns.add(new Turn(current, String.join("\n", lines)));
                lines.clear();
                current = speaker;
            }
            lines.add(speaker == null ? line : line.substring(1));
        }
        if (current != null) {
            turns.add(new Turn(current, String.join("\n", lines)));
        }
        return turns;
    }
}
