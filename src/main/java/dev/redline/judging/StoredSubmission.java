package dev.redline.judging;

/**
 * A submission as stored, with its latest result once judged.
 *
 * @param status    QUEUED, JUDGING, JUDGED or FAILED (judge errors exhausted their retries: an admin looks)
 * @param judgement null until judged
 */
public record StoredSubmission(String id, String problemId, Submission submission, Purpose purpose, String owner,
        long createdAt, Status status, Judgement judgement) {

    public enum Status {
        QUEUED, JUDGING, JUDGED, FAILED
    }
}
