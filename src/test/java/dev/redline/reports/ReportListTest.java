package dev.redline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.web.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sorting, filtering and CSV of the committee's list. Plain JUnit: pure code over rows. */
class ReportListTest {

    static ReportRow row(String id, String name, String status, String decision, long created) {
        return new ReportRow(id, name, name.toLowerCase() + "@example.com", "CTO", status, "NO_HIRE", "No hire",
                decision, decision, decision == null ? null : "carl", decision == null ? null : 5L, created);
    }

    static final List<ReportRow> ROWS = List.of(
            row("1", "bob", "FINISHED", "HIRE", 10),
            row("2", "Alice", "STARTED", null, 30),
            row("3", "carol", "FINISHED", "NO_HIRE", 20),
            row("4", "dave", "INVITED", null, 40));

    static List<String> ids(ReportQuery q) {
        return q.apply(ROWS).stream().map(ReportRow::id).toList();
    }

    @Test
    void sortsByEachColumnBothWays() {
        assertThat(ids(ReportQuery.parse(null, null, null, null))).as("newest first").containsExactly("4", "2", "3",
                "1");
        assertThat(ids(ReportQuery.parse("candidate", "asc", null, null))).as("case-insensitive")
                .containsExactly("2", "1", "3", "4");
        assertThat(ids(ReportQuery.parse("candidate", "desc", null, null))).containsExactly("4", "3", "1", "2");
        assertThat(ids(ReportQuery.parse("status", "asc", null, null))).containsExactly("4", "2", "3", "1");
        assertThat(ids(ReportQuery.parse("decision", "asc", null, null))).as("undecided last, newest first among "
                + "equals").containsExactly("1", "3", "4", "2");
        assertThat(ids(ReportQuery.parse("created", "asc", null, null))).containsExactly("1", "3", "2", "4");
    }

    @Test
    void filtersByStatusAndDecisionIncludingUndecided() {
        assertThat(ids(ReportQuery.parse(null, null, "finished", null))).containsExactly("3", "1");
        assertThat(ids(ReportQuery.parse(null, null, null, "no hire"))).containsExactly("3");
        assertThat(ids(ReportQuery.parse(null, null, null, "NONE"))).containsExactly("4", "2");
        assertThat(ids(ReportQuery.parse(null, null, "FINISHED", "NONE"))).isEmpty();
    }

    @Test
    void unknownParametersSayWhatIsAllowed() {
        assertThatThrownBy(() -> ReportQuery.parse("salary", null, null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("candidate, status");
        assertThatThrownBy(() -> ReportQuery.parse(null, "up", null, null)).hasMessageContaining("asc or desc");
        assertThatThrownBy(() -> ReportQuery.parse(null, null, "HIRED", null)).hasMessageContaining("FINISHED");
        assertThatThrownBy(() -> ReportQuery.parse(null, null, null, "maybe")).hasMessageContaining("NO_HIRE");
    }

    @Test
    void headerLinksFlipTheCurrentColumnAndKeepTheFilters() {
        ReportQuery q = ReportQuery.parse("candidate", "asc", "FINISHED", "HIRE");
        assertThat(q.sortedBy(ReportQuery.Sort.CANDIDATE).queryString())
                .isEqualTo("sort=candidate&dir=desc&status=FINISHED&decision=HIRE");
        assertThat(q.sortedBy(ReportQuery.Sort.CREATED).queryString()).startsWith("sort=created&dir=desc");
        assertThat(q.ariaSort(ReportQuery.Sort.CANDIDATE)).isEqualTo("ascending");
        assertThat(q.ariaSort(ReportQuery.Sort.STATUS)).isEqualTo("none");
    }

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("Lovelace, Ada")).isEqualTo("\"Lovelace, Ada\"");
        assertThat(Csv.field("the \"Countess\"")).isEqualTo("\"the \"\"Countess\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field(null)).isEmpty();

        String csv = Csv.of(List.of(row("1", "Lovelace, Ada", "FINISHED", "HIRE", 0)));
        assertThat(csv).startsWith("id,candidate,email,role,status,policy_outcome,committee_decision,decided_by,"
                + "decided_at,created_at\r\n");
        assertThat(csv).contains("1,\"Lovelace, Ada\",\"lovelace, ada@example.com\",CTO,FINISHED,NO_HIRE,HIRE,carl,"
                + "1970-01-01T00:00:00.005Z,1970-01-01T00:00:00Z\r\n");
    }
}
