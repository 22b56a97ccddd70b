package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.assessments.SampleDialogue.Speaker;
import dev.redline.assessments.SampleDialogue.Turn;
import org.junit.jupiter.api.Test;

/** Reading .interaction files (Kattis: '>' the submission writes, '<' the validator writes). Plain JUnit: text in, turns out. */
class SampleDialogueTest {

    @Test
    void marksSayWhoWritesAndConsecutiveLinesOfOneSideAreOneTurn() {
        assertThat(SampleDialogue.parse("<3\n<1 2 3\n>6\n<ok\n")).containsExactly(
                new Turn(Speaker.JUDGE, "3\n1 2 3"), new Turn(Speaker.PROGRAM, "6"), new Turn(Speaker.JUDGE, "ok"));
    }

    @Test
    void theProgramMaySpeakFirstAndEmptyLinesAreKeptOnlyWhenMarked() {
        assertThat(SampleDialogue.parse(">500\r\n<higher\r\n\r\n>\n")).containsExactly(
                new Turn(Speaker.PROGRAM, "500"), new Turn(Speaker.JUDGE, "higher"), new Turn(Speaker.PROGRAM, ""));
    }

    @Test
    void anUnmarkedLineBelongsToTheTurnBeforeIt() {
        assertThat(SampleDialogue.parse(">1\ncontinued\n<2")).containsExactly(
                new Turn(Speaker.PROGRAM, "1\ncontinued"), new Turn(Speaker.JUDGE, "2"));
        assertThat(SampleDialogue.parse("")).isEmpty();
    }

    @Test
    void labelsAreTheOnesThePageShows() {
        assertThat(Speaker.JUDGE.label()).isEqualTo("judge");
        assertThat(Speaker.PROGRAM.label()).isEqualTo("your program");
    }
}
