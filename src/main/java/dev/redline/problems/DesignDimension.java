package dev.redline.problems;

import java.util.List;
import java.util.Optional;

/**
 * One dimension a system-design answer is scored on, e.g. "Data and consistency". A design exercise
 * lists its dimensions in redline.yaml; without a list it is scored on {@link #STANDARD}.
 *
 * @param id          stable id, lowercase letters, digits and {@code -}; scorecards refer to it
 * @param title       what interviewers and candidates read
 * @param description what the dimension covers, in one or two sentences
 */
public record DesignDimension(String id, String title, String description) {

    /** The dimensions every design answer is scored on unless its exercise says otherwise, in order. */
    public static final List<DesignDimension> STANDARD = List.of(
            new DesignDimension("requirements-and-quality", "Requirements and the definition of quality",
                    "Who the users are, what is in and out of scope, and what \"good\" means in measurable terms:"
                            + " the service levels and correctness invariants the design commits to."),
            new DesignDimension("architecture", "Architecture",
                    "The components, their responsibilities and interfaces, where state lives, and why this"
                            + " decomposition rather than another."),
            new DesignDimension("data-and-consistency", "Data and consistency",
                    "The data model and who owns it; durability, ordering and consistency guarantees; how"
                            + " concurrent changes and conflicts are resolved."),
            new DesignDimension("scale-and-performance", "Scale and performance (with estimates)",
                    "Back-of-the-envelope numbers for load, storage, bandwidth and latency; where the bottlenecks"
                            + " are and how the design grows."),
            new DesignDimension("failure-modes", "Failure modes and red lines",
                    "What fails and how it is detected, contained and recovered; which guarantees hold under"
                            + " failure; the red lines that must never be crossed."),
            new DesignDimension("trade-offs-and-sequencing", "Trade-offs and sequencing",
                    "Alternatives weighed with their costs, what ships first and why, what is deferred, and the"
                            + " risks knowingly accepted."));

    /** The standard dimension with this id, if there is one. */
    public static Optional<DesignDimension> standard(String id) {
        return STANDARD.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The ids of {@link #STANDARD}, in order, for messages. */
    static List<String> standardIds() {
        return STANDARD.stream().map(DesignDimension::id).toList();
    }
}
