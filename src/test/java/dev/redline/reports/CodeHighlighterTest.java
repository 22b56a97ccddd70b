package dev.redline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's syntax highlighting: the right spans, and nothing of the candidate's code unescaped. */
class CodeHighlighterTest {

    @Test
    void pythonKeywordsStringsNumbersAndCommentsAreMarked() {
        String html = CodeHighlighter.html("python3", "def f(x):  # add\n    return x + 'a#b' + 42\n");
        assertThat(html).contains("<span class=\"tok-k\">def</span>")
                .contains("<span class=\"tok-c\"># add</span>")
                .contains("<span class=\"tok-k\">return</span>")
                .contains("<span class=\"tok-s\">&#39;a#b&#39;</span>")
                .contains("<span class=\"tok-n\">42</span>");
    }

    @Test
    void cStyleCommentsAndEscapedQuotes() {
        String html = CodeHighlighter.html("cpp", "/* multi\nline */ int main() { return \"a\\\"b\"[0]; } // end");
        assertThat(html).startsWith("<span class=\"tok-c\">/* multi\nline */</span>")
                .contains("<span class=\"tok-s\">&quot;a\\&quot;b&quot;</span>")
                .endsWith("<span class=\"tok-c\">// end</span>");
    }

    @Test
    void hostileCodeStaysText() {
        String html = CodeHighlighter.html("javascript", "const x = `</code><script>alert(1)</script>`; <img src=x>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("</code>")
                .contains("&lt;script&gt;").contains("&lt;img src=x&gt;");
        assertThat(CodeHighlighter.html("cobol", "<b>")).isEqualTo("&lt;b&gt;");
        assertThat(CodeHighlighter.html("python3", null)).isEmpty();
    }

    @Test
    void aLanguageIsHighlightedInTheSyntaxItsImageDeclares() {
        // pypy3 declares redline.syntax="python": hash comments, Python keywords
        assertThat(CodeHighlighter.html("pypy3", "x = None  # c")).contains("<span class=\"tok-k\">None</span>")
                .contains("<span class=\"tok-c\"># c</span>");
        assertThat(CodeHighlighter.html("haskell", "main = do -- hi\n  {- block -} return ()"))
                .contains("<span class=\"tok-k\">do</span>").contains("<span class=\"tok-c\">-- hi</span>")
                .contains("<span class=\"tok-c\">{- block -}</span>");
        assertThat(CodeHighlighter.html("ocaml", "let x = 1 (* one *)")).startsWith("<span class=\"tok-k\">let</span>")
                .endsWith("<span class=\"tok-c\">(* one *)</span>");
        assertThat(CodeHighlighter.html("ruby", "puts 1 # x")).contains("<span class=\"tok-c\"># x</span>");
        assertThat(CodeHighlighter.html("kotlin", "fun main() {}")).startsWith("<span class=\"tok-k\">fun</span>");
        assertThat(CodeHighlighter.html("typescript", "let s: string = `a`"))
                .contains("<span class=\"tok-k\">string</span>").contains("<span class=\"tok-s\">`a`</span>");
    }
}
