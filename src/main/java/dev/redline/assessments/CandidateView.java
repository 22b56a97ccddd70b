package dev.redline.assessments;

import java.util.List;

/**
 * What every candidate page knows about the attempt: who, for which role, the time window and the
 * exercises. {@code deadlineMs} is null until the candidate starts; {@code serverNowMs} lets the
 * page's countdown correct for a wrong clock on the candidate's machine.
 */
public record CandidateView(String candidateName, String roleTitle, String roleSummary, String status,
        long windowMinutes, int accommodationPercent, long extensionMinutes, List<ExerciseLink> exercises,
        List<String> languages, Long deadlineMs, long serverNowMs) {

    public boolean invited() {
        return "INVITED".equals(status);
    }

    public boolean started() {
        return "STARTED".equals(status);
    }

    public boolean finished() {
        return "FINISHED".equals(status);
    }

    /** The whole time the candidate has, accommodation and extensions included, in minutes. */
    public long totalMinutes() {
        return windowMinutes + windowMinutes * accommodationPercent / 100 + extensionMinutes;
    }
}
