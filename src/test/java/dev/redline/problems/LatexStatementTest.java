package dev.redline.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.problems.LatexStatement.Note;
import org.junit.jupiter.api.Test;

/**
 * The LaTeX-to-Markdown converter for statements. Plain JUnit: it is pure string work. Each test gives
 * a small statement in the style of problemtools' packages and checks the Markdown and the notes.
 */
class LatexStatementTest {

    private static String markdown(String tex) {
        return LatexStatement.convert(tex).markdown();
    }

    @Test
    void sectionsAndParagraphsBecomeMarkdownWithMathsKept() {
        String md = markdown("""
                \\problemname{Sum}
                Given $a$ and \\(b\\), print $a+b$.

                \\section*{Input}
                  One line with $a$ and $b$ ($1 \\le a, b \\le 10^9$).
                \\subsection{Details}
                \\[ a + b \\]
                """);
        assertThat(md).isEqualTo("Given $a$ and $b$, print $a+b$.\n\n## Input\n\nOne line with $a$ and $b$"
                + " ($1 \\le a, b \\le 10^9$).\n\n### Details\n\n$$ a + b $$\n");
    }

    @Test
    void inlineFormattingLinksAndSpecialCharacters() {
        String md = markdown("An \\emph{odd} \\textbf{bold} \\texttt{a\\_b} word, 50\\% off, see"
                + " \\url{https://example.com} or \\href{https://kattis.com}{Kattis}~now -- or --- later;"
                + " ``quoted'' \\ldots{} caf\\'e\n");
        assertThat(md).isEqualTo("An *odd* **bold** `a_b` word, 50% off, see <https://example.com> or"
                + " [Kattis](https://kattis.com)\u00a0now \u2013 or \u2014 later; \u201cquoted\u201d \u2026 caf\u00e9\n");
    }

    @Test
    void listsNestAndNumber() {
        String md = markdown("""
                \\begin{itemize}
                  \\item first
                  \\item second with
                  \\begin{enumerate}
                    \\item one
                    \\item two
                  \\end{enumerate}
                \\end{itemize}
                \\begin{description}\\item[Key] value\\end{description}
                """);
        assertThat(md).isEqualTo("- first\n- second with\n  \n  1. one\n  2. two\n\n- **Key** value\n");
    }

    @Test
    void verbatimIsACodeBlockTakenLiterally() {
        String md = markdown("\\begin{verbatim}\n5 % not a comment\n  <b>\\emph{x}</b>\n\\end{verbatim}\n");
        assertThat(md).isEqualTo("```\n5 % not a comment\n  <b>\\emph{x}</b>\n```\n");
    }

    @Test
    void tabularBecomesATable() {
        String md = markdown("""
                \\begin{tabular}{| l | l |}
                  \\hline
                  Group & Points \\\\ \\hline
                  $1$ & $50$ \\\\ \\hline
                  $2$ & all \\& more \\\\ \\hline
                \\end{tabular}
                """);
        assertThat(md).isEqualTo("| Group | Points |\n| --- | --- |\n| $1$ | $50$ |\n| $2$ | all & more |\n");
    }

    @Test
    void rawHtmlAndMarkdownPunctuationStayText() {
        String md = markdown("<script>alert(1)</script> a*b*c [x](y) #5\n1. not a list\n");
        assertThat(md).isEqualTo("\\<script\\>alert(1)\\</script\\> a\\*b\\*c \\[x\\](y) \\#5\n1\\. not a list\n");
    }

    @Test
    void commentsAreDropped() {
        assertThat(markdown("kept % dropped\nnext\n")).isEqualTo("kept next\n");
    }

    @Test
    void imagesAndIncludedFilesAreNotesWithTheirLine() {
        LatexStatement.Result r = LatexStatement.convert("""
                Intro.

                \\illustration{0.3}{cave.jpg}{A cave}
                \\includegraphics[width=3cm]{map.png}
                \\input{secret.tex}
                """);
        assertThat(r.markdown()).contains("*\\[Image: A cave\\]*").contains("*\\[Image: map.png\\]*")
                .doesNotContain("secret");
        assertThat(r.notes()).extracting(Note::line).containsExactly(3, 4, 5);
        assertThat(r.notes().get(0).message()).contains("\\illustration{cave.jpg}").contains("[Image: A cave]");
        assertThat(r.notes().get(2).message()).contains("\\input{secret.tex} is not followed")
                .contains("candidates see nothing");
    }

    @Test
    void unknownCommandsAndEnvironmentsShowTheirTextWithANote() {
        LatexStatement.Result r = LatexStatement.convert("A \\fancy{word} here.\n\\begin{boxed}\ninside\n\\end{boxed}\n");
        assertThat(r.markdown()).isEqualTo("A word here.\n\ninside\n");
        assertThat(r.notes()).containsExactly(
                new Note(1, "\\fancy is not rendered: candidates see its text \"word\""),
                new Note(2, "environment boxed is not rendered: candidates see its content as plain text"));
    }

    @Test
    void inputAndOutputEnvironmentsAreSections() {
        assertThat(markdown("\\begin{Input}\nOne line.\n\\end{Input}\n\\begin{Output}\nA number.\n\\end{Output}\n"))
                .isEqualTo("## Input\n\nOne line.\n\n## Output\n\nA number.\n");
    }
}
