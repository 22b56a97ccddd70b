package dev.redline.reports;

import dev.redline.assessments.Assessment;
import dev.redline.web.InvalidRequestException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the committee's list is sorted and filtered ({@code ?sort=candidate|status|decision|created
 * &dir=asc|desc&status=&decision=}), done on the server so the page needs no script and the CSV export
 * gives exactly the rows the page shows. Pure code.
 *
 * @param status   an assessment status, or null for all
 * @param decision a committee decision (HIRE, NO_HIRE, REVIEW), NONE for undecided, or null for all
 */
public record ReportQuery(Sort sort, boolean descending, String status, String decision) {

    public enum Sort {
        CANDIDATE, STATUS, DECISION, CREATED
    }

    /** The committee's possible decisions, in the order lists show them. */
    static final List<String> DECISIONS = List.of("HIRE", "REVIEW", "NO_HIRE");
    static final String UNDECIDED = "NONE";

    public static final ReportQuery DEFAULT = new ReportQuery(Sort.CREATED, true, null, null);

    /** Reads the query parameters; blank means the default; anything unknown is a 400 saying what is allowed. */
    public static ReportQuery parse(String sort, String dir, String status, String decision) {
        Sort s = blank(sort) ? Sort.CREATED : Arrays.stream(Sort.values())
                .filter(v -> v.name().equalsIgnoreCase(sort.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("sort: one of candidate, status, decision, created"));
        boolean descending;
        if (blank(dir)) {
            descending = s == Sort.CREATED; // newest first; names and states read best from the top
        } else if (dir.strip().equalsIgnoreCase("asc") || dir.strip().equalsIgnoreCase("desc")) {
            descending = dir.strip().equalsIgnoreCase("desc");
        } else {
            throw new InvalidRequestException("dir: asc or desc");
        }
        String st = blank(status) ? null : status.strip().toUpperCase(Locale.ROOT);
        if (st != null && Arrays.stream(Assessment.Status.values()).noneMatch(v -> v.name().equals(st))) {
            throw new InvalidRequestException("status: one of " + Arrays.toString(Assessment.Status.values()));
        }
        String d = blank(decision) ? null : decision.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (d != null && !DECISIONS.contains(d) && !UNDECIDED.equals(d)) {
            throw new InvalidRequestException("decision: one of HIRE, NO_HIRE, REVIEW, or NONE for undecided");
        }
        return new ReportQuery(s, descending, st, d);
    }

    /** The rows this query keeps, in its order; ties fall back to newest first, then id, so it is stable. */
    public List<ReportRow> apply(List<ReportRow> rows) {
        Comparator<ReportRow> order = switch (sort) {
            case CANDIDATE -> Comparator.comparing((ReportRow r) -> r.candidateName().toLowerCase(Locale.ROOT));
            case STATUS -> Comparator.comparingInt((ReportRow r) -> rank(Assessment.Status.valueOf(r.status())));
            case DECISION -> Comparator.comparingInt((ReportRow r) -> decisionRank(r.decision()));
            case CREATED -> Comparator.comparingLong(ReportRow::createdAt);
        };
        if (descending) {
            order = order.reversed();
        }
        order = order.thenComparing(Comparator.comparingLong(ReportRow::createdAt).reversed())
                .thenComparing(ReportRow::id);
        return rows.stream().filter(this::keeps).sorted(order).toList();
    }

    boolean keeps(ReportRow r) {
        if (status != null && !status.equals(r.status())) {
            return false;
        }
        if (decision == null) {
            return true;
        }
        return UNDECIDED.equals(decision) ? r.decision() == null : decision.equals(r.decision());
    }

    /** The same query with another sort; sorting the current column again flips its direction. */
    public ReportQuery sortedBy(Sort column) {
        boolean desc = column == sort ? !descending : column == Sort.CREATED;
        return new ReportQuery(column, desc, status, decision);
    }

    /** This query as a query string, e.g. {@code sort=candidate&dir=asc&status=FINISHED}. */
    public String queryString() {
        StringBuilder q = new StringBuilder("sort=").append(sortName()).append("&dir=").append(dirName());
        if (status != null) {
            q.append("&status=").append(status);
        }
        if (decision != null) {
            q.append("&decision=").append(decision);
        }
        return q.toString();
    }

    public String sortName() {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    public String dirName() {
        return descending ? "desc" : "asc";
    }

    /** For a column header: "ascending", "descending" or "none", as aria-sort wants it. */
    public String ariaSort(Sort column) {
        return column != sort ? "none" : descending ? "descending" : "ascending";
    }

    private static int rank(Assessment.Status s) {
        return s.ordinal();   // INVITED, STARTED, FINISHED, REVOKED: the order an assessment moves in
    }

    private static int decisionRank(String d) {
        int i = d == null ? -1 : DECISIONS.indexOf(d);
        return i < 0 ? DECISIONS.size() : i;   // undecided after the decided ones when ascending
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
