package dev.redline.reports;

/**
 * One assessment in the committee's list: who, which role, where the candidate is, what the policy says
 * and what the committee decided (null while undecided). Times in epoch milliseconds.
 */
public record ReportRow(String id, String candidateName, String candidateEmail, String roleTitle, String status,
        String policyOutcome, String policyLabel, String decision, String decisionLabel, String decidedBy,
        Long decidedAt, long createdAt) {

    public String href() {
        return "/staff/reports/" + id;
    }
}
