package dev.redline.evaluation;

/** What a scorecard rates: an interview's focus competencies, or a design answer's dimensions. */
public enum ScorecardKind {
    /** Subject: the interview id of the kit. */
    PEOPLE,
    /** Subject: the design exercise id. */
    DESIGN
}
