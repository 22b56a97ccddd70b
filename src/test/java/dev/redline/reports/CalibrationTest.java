package dev.redline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.evaluation.ScorecardContent;
import dev.redline.evaluation.ScorecardKind;
import dev.redline.evaluation.StoredScorecard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calibration: each interviewer against the rest of the panel on the same candidates, and against the committee. */
class CalibrationTest {

    static StoredScorecard card(String assessment, String interviewer, String recommendation, int... ratings) {
        java.util.Map<String, ScorecardContent.Item> items = new java.util.TreeMap<>();
        for (int i = 0; i < ratings.length; i++) {
            items.put("c" + i, new ScorecardContent.Item(ratings[i], "evidence"));
        }
        return new StoredScorecard(assessment, interviewer, ScorecardKind.PEOPLE, "interview", 1, true,
                new ScorecardContent("", items, recommendation), 0, 0L);
    }

    @Test
    void aLenientInterviewerShowsAboveThePanelAndAgainstTheCommittee() {
        List<StoredScorecard> cards = List.of(
                card("a1", "lena", "HIRE", 4, 4),
                card("a1", "mark", "NO_HIRE", 2, 2),
                card("a2", "lena", "STRONG_HIRE", 4, 3),
                card("a2", "mark", "NO_HIRE", 2, 1),
                card("a3", "mark", "HIRE", 3, 3));   // lena never met a3: it must not count for her
        Calibration c = Calibration.of(cards, Map.of("a1", "NO_HIRE", "a2", "NO_HIRE", "a3", "HIRE"));

        assertThat(c.panel().total()).isEqualTo(10);
        Calibration.Interviewer lena = c.interviewers().stream().filter(i -> i.interviewer().equals("lena"))
                .findFirst().orElseThrow();
        assertThat(lena.scorecards()).isEqualTo(2);
        assertThat(lena.own()).isEqualTo(new Calibration.Distribution(0, 0, 1, 3));
        assertThat(lena.others()).as("mark's ratings on a1 and a2 only").isEqualTo(
                new Calibration.Distribution(1, 3, 0, 0));
        assertThat(lena.difference()).isEqualByComparingTo(new BigDecimal("2.00"));
        assertThat(lena.compared()).isEqualTo(2);
        assertThat(lena.differs()).as("recommended hire twice, the committee said no twice").isEqualTo(2);

        Calibration.Interviewer mark = c.interviewers().stream().filter(i -> i.interviewer().equals("mark"))
                .findFirst().orElseThrow();
        assertThat(mark.differs()).isZero();
        assertThat(mark.compared()).isEqualTo(3);
    }

    @Test
    void withoutDecisionsOrOthersNothingIsCompared() {
        Calibration c = Calibration.of(List.of(card("a1", "solo", "NONE", 3)), Map.of());
        Calibration.Interviewer solo = c.interviewers().get(0);
        assertThat(solo.difference()).isNull();
        assertThat(solo.compared()).isZero();
        assertThat(solo.others().total()).isZero();
        assertThat(solo.own().share(3)).isEqualTo("100%");
    }
}
