package dev.redline.assessments;

import java.util.List;

/** An assessment as staff see it. Times are epoch milliseconds, null when not (yet) there. */
public record AssessmentView(String id, String candidateName, String candidateEmail, String template,
        String roleTitle, String status, List<String> exercises, List<String> languages, long windowMinutes,
        int accommodationPercent, long extensionMinutes, long createdAt, String createdBy, Long startedAt,
        Long deadline, Long finishedAt, Long revokedAt) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id(), a.candidateName(), a.candidateEmail(), a.templateId(), a.roleTitle(),
                a.status().name(), a.exercises(), a.languages(), a.window().toMinutes(), a.accommodationPercent(),
                a.extension().toMinutes(), a.createdAt().toEpochMilli(), a.createdBy(), millis(a.startedAt()),
                a.deadline().map(java.time.Instant::toEpochMilli).orElse(null), millis(a.finishedAt()),
                millis(a.revokedAt()));
    }

    private static Long millis(java.time.Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
