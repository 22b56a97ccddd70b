package dev.redline.evaluation;

import java.util.Map;
import java.util.TreeMap;

/**
 * What an interviewer wrote: notes, a rating per item (competency or design dimension) with the
 * evidence for it, and the overall recommendation (a {@code Recommendation} name, {@code NONE} for an
 * explicit "no recommendation", null while undecided). Incomplete while a draft; checked on submit.
 */
public record ScorecardContent(String notes, Map<String, Item> ratings, String recommendation) {

    /** A rating 1 (Strong No) to 4 (Strong Yes) and what the interviewer saw that supports it. */
    public record Item(int rating, String evidence) {
    }

    public ScorecardContent {
        notes = notes == null ? "" : notes;
        ratings = ratings == null ? Map.of() : new TreeMap<>(ratings);
    }

    public static ScorecardContent empty() {
        return new ScorecardContent("", Map.of(), null);
    }
}
