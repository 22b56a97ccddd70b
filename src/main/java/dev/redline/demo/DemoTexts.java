package dev.redline.demo;

/** The words of the demo: a design answer, interview notes and evidence that read like real ones. */
final class DemoTexts {

    private DemoTexts() {
    }

    static String designAnswer(String exercise) {
        return "# " + exercise + ": design\n\n"
                + "## Requirements and the definition of quality\n"
                + "- Never lose a user's data; every acknowledged write is durable on two machines.\n"
                + "- p95 latency budget 300 ms on a 3G connection; measured from real clients, not the server.\n\n"
                + "## Architecture\n"
                + "A write-ahead journal on the client, a content-addressed block store, and a metadata service "
                + "that orders changes per folder.\n\n"
                + "## Data and consistency\n"
                + "Per-folder sequence numbers; conflicts keep both versions and tell the user.\n\n"
                + "## Scale and performance\n"
                + "10 M users x 2 devices x 50 changes/day = 1 B changes/day, about 12 k/s on average, 60 k/s peak.\n\n"
                + "## Failure modes and red lines\n"
                + "A crash between upload and commit leaves an orphan block, collected after 7 days; never a lost "
                + "file. Red line: no release that fails the crash-consistency suite.\n\n"
                + "## Trade-offs and sequencing\n"
                + "Ship the journal and conflict copies first; delta sync later, once correctness is proven.\n";
    }

    static String notes(String interview) {
        return interview + ": structured, specific examples; probed twice on each competency.";
    }

    static String evidence(String competency, int rating) {
        return switch (rating) {
            case 4 -> "Strong, concrete evidence on " + competency + ": described the situation, the numbers, "
                    + "what they changed and what they would do differently.";
            case 3 -> "Solid examples on " + competency + ", with trade-offs; one answer stayed general.";
            case 2 -> "Mostly general statements on " + competency + "; examples did not hold up to follow-ups.";
            default -> "Contradicted the role's needs on " + competency + " with a recent example.";
        };
    }
}
