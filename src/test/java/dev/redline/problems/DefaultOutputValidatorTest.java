package dev.redline.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.problems.DefaultOutputValidator.Verdict;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default output validator against the spec's rules, flag by flag. Plain JUnit: the validator is
 * pure logic with no framework or I/O, so a {@code @QuarkusTest} would only add start-up time.
 */
class DefaultOutputValidatorTest {

    private final DefaultOutputValidator validator = new DefaultOutputValidator();

    private Verdict check(String team, String answer, String... flags) {
        return validator.check(team, answer, List.of(flags));
    }

    private void accepts(String team, String answer, String... flags) {
        assertThat(check(team, answer, flags).accepted()).as("%s vs answer %s with %s", team, answer,
                List.of(flags)).isTrue();
    }

    private void rejects(String team, String answer, String... flags) {
        assertThat(check(team, answer, flags).accepted()).as("%s vs answer %s with %s", team, answer,
                List.of(flags)).isFalse();
    }

    @Nested
    class Tokens {

        @Test
        void identicalOutputIsAccepted() {
            Verdict v = check("3\n", "3\n");
            assertThat(v.accepted()).isTrue();
            assertThat(v.message()).isEqualTo("accepted");
        }

        @Test
        void anyWhitespaceRunSeparatesTokens() {
            accepts("1  2\t3\r\n4\f5\u000B6", "1 2 3\n4 5 6\n");
            accepts("   1 2   \n\n\n", "1 2\n");
        }

        @Test
        void trailingAndLeadingWhitespaceAndMissingFinalNewlineAreIgnored() {
            accepts("42", "42\n");
            accepts("42\n\n   ", "42\n");
            accepts("\n  42\n", "42\n");
        }

        @Test
        void emptyOutputMatchesAnEmptyOrBlankAnswer() {
            accepts("", "");
            accepts("  \n", "");
            rejects("", "1\n");
        }

        @Test
        void extraTokensAreRejected() {
            Verdict v = check("1 2\n3\n", "1 2\n");
            assertThat(v.accepted()).isFalse();
            assertThat(v.message()).isEqualTo("line 2: expected end of output, got extra 3");
        }

        @Test
        void missingTokensAreRejected() {
            Verdict v = check("1\n", "1 2\n");
            assertThat(v.accepted()).isFalse();
            assertThat(v.message()).isEqualTo("line 2: expected 2, got end of output");
        }

        @Test
        void aWrongTokenIsReportedWithTheTeamOutputLine() {
            Verdict v = check("a\nb\nx\n", "a\nb\nc\n");
            assertThat(v.message()).isEqualTo("line 3: expected c, got x");
        }

        @Test
        void tokensAreNotPrefixesOfEachOther() {
            rejects("12", "1");
            rejects("1", "12");
            rejects("1 2", "12");
        }

        @Test
        void aNonBreakingSpaceBelongsToTheToken() {
            rejects("1\u00A02", "1 2");
        }

        @Test
        void longTokensAreCutInTheMessage() {
            String huge = "x".repeat(10_000);
            Verdict v = check(huge, "y");
            assertThat(v.message()).startsWith("line 1: expected y, got xxxxx").endsWith("…").hasSizeLessThan(100);
        }

        @Test
        void largeOutputsAreComparedInOnePass() {
            StringBuilder answer = new StringBuilder();
            for (int i = 0; i < 1_000_000; i++) {
                answer.append(i).append('\n');
            }
            String team = answer.toString().replace("999999\n", "999998\n");
            // correctness only: a test never asserts a duration (speed belongs in ./redline bench)
            assertThat(check(answer.toString(), answer.toString()).accepted()).isTrue();
            Verdict v = check(team, answer.toString());
            assertThat(v.message()).isEqualTo("line 1000000: expected 999999, got 999998");
        }
    }

    @Nested
    class Case {

        @Test
        void asciiLettersCompareUpToCaseByDefault() {
            accepts("YES\nNo\n", "yes\nNO\n");
        }

        @Test
        void onlyAsciiLettersAreFolded() {
            rejects("É", "é");
            rejects("Straße", "STRASSE");
        }

        @Test
        void caseSensitiveRejectsACaseChangeAndSaysSo() {
            Verdict v = check("Yes", "yes", "case_sensitive");
            assertThat(v.accepted()).isFalse();
            assertThat(v.message()).isEqualTo("line 1: expected yes, got Yes (case differs)");
            accepts("yes", "yes", "case_sensitive");
        }

        @Test
        void withoutToleranceFloatsAreStringsAndFollowTheCaseRule() {
            accepts("1E5", "1e5");
            rejects("1E5", "1e5", "case_sensitive");
        }
    }

    @Nested
    class Spaces {

        @Test
        void identicalWhitespaceIsAccepted() {
            accepts("1 2\n3\n", "1 2\n3\n", "space_change_sensitive");
        }

        @Test
        void moreSpacesAreRejected() {
            Verdict v = check("1  2\n", "1 2\n", "space_change_sensitive");
            assertThat(v.accepted()).isFalse();
            assertThat(v.message()).isEqualTo("line 1: whitespace differs: expected \" \", got \"  \"");
        }

        @Test
        void aMissingFinalNewlineIsRejected() {
            Verdict v = check("1 2", "1 2\n", "space_change_sensitive");
            assertThat(v.message()).isEqualTo("line 1: whitespace differs: expected \"\\n\", got nothing");
        }

        @Test
        void typeOfWhitespaceMatters() {
            rejects("1\t2\n", "1 2\n", "space_change_sensitive");
            rejects("1\r\n", "1\n", "space_change_sensitive");
        }

        @Test
        void leadingAndTrailingWhitespaceMatter() {
            rejects(" 1\n", "1\n", "space_change_sensitive");
            rejects("1\n\n", "1\n", "space_change_sensitive");
        }

        @Test
        void theLineIsWhereTheRunsDiffer() {
            Verdict v = check("1\n\n\n2\n", "1\n\n2\n", "space_change_sensitive");
            assertThat(v.message()).startsWith("line 3: whitespace differs");
        }

        @Test
        void tokensAreStillComparedUpToCase() {
            accepts("YES\n", "yes\n", "space_change_sensitive");
        }
    }

    @Nested
    class Floats {

        @Test
        void absoluteToleranceIncludesItsBoundary() {
            accepts("1.25", "1", "float_absolute_tolerance", "0.25");
            accepts("0.75", "1", "float_absolute_tolerance", "0.25");
            rejects("1.2500001", "1", "float_absolute_tolerance", "0.25");
        }

        @Test
        void relativeToleranceScalesWithTheAnswer() {
            accepts("5", "4", "float_relative_tolerance", "0.25");
            accepts("-5", "-4", "float_relative_tolerance", "0.25");
            rejects("5.0001", "4", "float_relative_tolerance", "0.25");
            accepts("1000.9", "1000", "float_relative_tolerance", "1e-3");
            rejects("1000.9", "1000", "float_absolute_tolerance", "1e-3");
        }

        @Test
        void relativeToleranceAloneAcceptsOnlyExactZero() {
            accepts("0.0", "0", "float_relative_tolerance", "0.5");
            accepts("-0", "0", "float_relative_tolerance", "0.5");
            rejects("1e-300", "0", "float_relative_tolerance", "0.5");
        }

        @Test
        void absoluteToleranceAloneDoesNotGrowWithTheAnswer() {
            rejects("1000000.5", "1000000", "float_absolute_tolerance", "0.25");
        }

        @Test
        void floatToleranceAcceptsWithinEitherTolerance() {
            accepts("0.0000001", "0", "float_tolerance", "1e-6");
            accepts("1000000500", "1e9", "float_tolerance", "1e-6");
            rejects("1000002000", "1e9", "float_tolerance", "1e-6");
        }

        @Test
        void absoluteAndRelativeTogetherAcceptWithinEither() {
            String[] flags = {"float_absolute_tolerance", "1e-9", "float_relative_tolerance", "1e-3"};
            accepts("1000.5", "1000", flags);
            accepts("0.0000000001", "0", flags);
            rejects("0.001", "0", flags);
        }

        @Test
        void anyFloatFormatIsAccepted() {
            String[] flags = {"float_tolerance", "1e-9"};
            accepts("3.14000000e-2", "0.0314", flags);
            accepts("3.14E-2", "0.0314", flags);
            accepts("+.0314", "0.0314", flags);
            accepts("314e-4", "0.0314", flags);
            accepts("5.", "5", flags);
        }

        @Test
        void integersAreFloatsOnceAToleranceIsSet() {
            accepts("3.0000001", "3", "float_absolute_tolerance", "1e-6");
            rejects("3.0000001", "3");
        }

        @Test
        void withoutToleranceFloatsCompareAsStrings() {
            rejects("1.0", "1");
            rejects("1.50", "1.5");
            accepts("1.5", "1.5");
        }

        @Test
        void theMessageShowsTheDifference() {
            Verdict v = check("x\ny\n4.51\n", "x\ny\n4.50\n", "float_absolute_tolerance", "0.001");
            assertThat(v.message()).isEqualTo("line 3: expected 4.50, got 4.51 (off by 0.0100, allowed 0.00100)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "0x1p1", "1.5f", "1.5d", "Infinity", "NaN", "nan", "inf", "1,5", "--1.5",
            "1e", ".", "1.5.1"})
        void aTeamTokenThatIsNotAFloatIsRejected(String team) {
            Verdict v = check(team, "1.5", "float_tolerance", "1");
            assertThat(v.accepted()).isFalse();
            assertThat(v.message()).endsWith("(not a number)");
        }

        @Test
        void answerTokensThatAreNotFloatsCompareAsStrings() {
            String[] flags = {"float_tolerance", "1e-6"};
            accepts("inf", "inf", flags);
            accepts("INF", "inf", flags);
            accepts("NaN", "nan", flags);
            rejects("1e400", "inf", flags);
            accepts("impossible 0.5000001", "IMPOSSIBLE 0.5", flags);
            rejects("Impossible", "impossible", "case_sensitive", "float_tolerance", "1e-6");
        }

        @Test
        void overflowingTokensEqualOnlyEachOther() {
            accepts("1e400", "2e400", "float_absolute_tolerance", "1");
            rejects("1e300", "1e400", "float_relative_tolerance", "1");
        }

        @Test
        void manyDigitsAreParsed() {
            String thirty = "1.000000000000000000000000000001";
            accepts(thirty, "1", "float_absolute_tolerance", "1e-9");
            accepts("123456789012345678901234567890.5", "1.234567890123456789012345678905e29",
                    "float_relative_tolerance", "1e-12");
        }
    }

    @Nested
    class Flags {

        @Test
        void noFlagsIsTheDefault() {
            assertThat(DefaultOutputValidator.Options.parse(List.of()))
                    .isEqualTo(DefaultOutputValidator.Options.DEFAULT);
        }

        @Test
        void everyFlagIsRead() {
            var o = DefaultOutputValidator.Options.parse(List.of("case_sensitive", "space_change_sensitive",
                    "float_absolute_tolerance", "1e-6", "float_relative_tolerance", "0.5"));
            assertThat(o.caseSensitive()).isTrue();
            assertThat(o.spaceChangeSensitive()).isTrue();
            assertThat(o.absoluteTolerance()).isEqualTo(1e-6);
            assertThat(o.relativeTolerance()).isEqualTo(0.5);
            assertThat(o.floats()).isTrue();
        }

        @Test
        void floatToleranceSetsBoth() {
            var o = DefaultOutputValidator.Options.parse(List.of("float_tolerance", "1e-4"));
            assertThat(o.absoluteTolerance()).isEqualTo(1e-4);
            assertThat(o.relativeTolerance()).isEqualTo(1e-4);
        }

        @Test
        void aToleranceNotGivenTakesNoPart() {
            var o = DefaultOutputValidator.Options.parse(List.of("float_relative_tolerance", "0.1"));
            assertThat(o.absoluteTolerance()).isNaN();
            assertThat(o.floats()).isTrue();
            assertThat(DefaultOutputValidator.Options.DEFAULT.floats()).isFalse();
        }

        @Test
        void aZeroToleranceStillTurnsFloatComparisonOn() {
            accepts("1.000", "1", "float_absolute_tolerance", "0");
        }

        @Test
        void unknownFlagsAreRefused() {
            assertThatThrownBy(() -> check("1", "1", "ignore_case")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown default validator flag \"ignore_case\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"float_tolerance", "float_absolute_tolerance", "float_relative_tolerance"})
        void aToleranceNeedsANonNegativeNumber(String flag) {
            assertThatThrownBy(() -> check("1", "1", flag)).hasMessageContaining("needs a non-negative number");
            assertThatThrownBy(() -> check("1", "1", flag, "abc")).hasMessageContaining("needs a non-negative number");
            assertThatThrownBy(() -> check("1", "1", flag, "nan")).hasMessageContaining("needs a non-negative number");
            assertThatThrownBy(() -> check("1", "1", flag, "-1e-6")).hasMessageContaining("must not be negative");
        }

        @Test
        void aToleranceGivenTwiceIsRefused() {
            assertThatThrownBy(() -> check("1", "1", "float_absolute_tolerance", "1", "float_absolute_tolerance", "2"))
                    .hasMessageContaining("more than once");
            assertThatThrownBy(() -> check("1", "1", "float_tolerance", "1", "float_tolerance", "2"))
                    .hasMessageContaining("more than once");
        }

        @Test
        void floatToleranceWithAnotherToleranceIsRefused() {
            assertThatThrownBy(() -> check("1", "1", "float_tolerance", "1", "float_relative_tolerance", "2"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> check("1", "1", "float_relative_tolerance", "2", "float_tolerance", "1"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> check("1", "1", "float_absolute_tolerance", "2", "float_tolerance", "1"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Grammar {

        @ParameterizedTest
        @ValueSource(strings = {"0", "-0", "+7", "1.", ".5", "-.5", "1.5", "1e5", "1E+5", "1.5e-10", "00012",
            "123456789012345678901234567890.123456789012345678901234567890"})
        void floats(String token) {
            assertThat(FloatToken.matches(token)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", ".", "+", "-", "e5", ".e5", "1e", "1e+", "1.5.", "+-1", "1 ", "0x10", "inf",
            "nan", "Infinity", "1_000", "1f"})
        void notFloats(String token) {
            assertThat(FloatToken.matches(token)).isFalse();
        }
    }
}
