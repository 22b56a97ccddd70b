package dev.redline.reports;

import java.time.Instant;
import java.util.List;

/**
 * The committee's list as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma, quote or
 * line break in double quotes, quotes doubled). Candidate names are typed by whoever created the
 * assessment and may be anything: a field starting with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe, so a spreadsheet opening the file never runs it as a formula. Pure code.
 */
final class Csv {

    static final List<String> HEADER = List.of("id", "candidate", "email", "role", "status", "policy_outcome",
            "committee_decision", "decided_by", "decided_at", "created_at");

    private Csv() {
    }

    static String of(List<ReportRow> rows) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (ReportRow r : rows) {
            line(out, List.of(r.id(), r.candidateName(), r.candidateEmail(), r.roleTitle(), r.status(),
                    r.policyOutcome(), r.decision() == null ? "" : r.decision(), r.decidedBy() == null ? ""
                            : r.decidedBy(), r.decidedAt() == null ? "" : Instant.ofEpochMilli(r.decidedAt())
                                    .toString(), Instant.ofEpochMilli(r.createdAt()).toString()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
