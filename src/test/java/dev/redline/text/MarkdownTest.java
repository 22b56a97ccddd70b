package dev.redline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one Markdown renderer. Pure code, so plain JUnit: no service is needed to render text. */
class MarkdownTest {

    @Test
    void rawHtmlIsEscaped() {
        assertThat(Markdown.html("hi <script>alert(1)</script> <img src=x onerror=alert(1)>"))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void imagesAreTextAndNeverLoaded() {
        String html = Markdown.html("![d](/staff/logout) and ![chart *x*](https://tracker.example/p.png)");
        assertThat(html).doesNotContain("<img").doesNotContain("src=")
                .contains("[image: d]").doesNotContain("/staff/logout").contains("[image: chart x (https://tracker.example/p.png)]");
    }

    @Test
    void onlyAbsoluteHttpsLinksAreLinksAndTheyAreMarked() {
        String html = Markdown.html("[docs](https://example.com/a?b=1) [js](javascript:alert(1)) [d](data:text/html,x) "
                + "[rel](/staff/logout) [plain](http://example.com/) <javascript:alert(2)>");
        assertThat(html).contains("<a href=\"https://example.com/a?b=1\" rel=\"noopener noreferrer nofollow\" "
                + "target=\"_blank\" class=\"link-external\">docs</a><span class=\"link-host\"> (example.com)</span>");
        assertThat(html.split("<a ", -1)).hasSize(2);
        assertThat(html).doesNotContain("href=\"javascript").doesNotContain("href=\"data")
                .doesNotContain("href=\"/staff").doesNotContain("href=\"http:")
                .doesNotContain("(javascript:").doesNotContain("/staff/logout")
                .contains("<span class=\"link-inert\">js</span> <span class=\"link-inert\">d</span>")
                .contains("<span class=\"link-inert\">plain</span> (http://example.com/)");
    }

    @Test
    void mathsIsKeptVerbatimAndEscapedWithoutEmphasis() {
        String html = Markdown.html("Let $a_1 * b_2 < c_3 * d$ and $1 \\le n \\le 50\\,000$; also *this* is emphasis.");
        assertThat(html).contains("<span class=\"math math-inline\">a_1 * b_2 &lt; c_3 * d</span>")
                .contains("<span class=\"math math-inline\">1 \\le n \\le 50\\,000</span>")
                .contains("<em>this</em>").doesNotContain("<em>1").doesNotContain("b_2</em>");
    }

    @Test
    void displayMathsMaySpanLinesOfItsParagraph() {
        String html = Markdown.html("1. an invoice line for\n   $$\\text{amount} = \\frac{\\text{price} \\times"
                + " \\text{seats}}{D}$$\n   cents, and $\\text{tax} = (\\text{subtotal} -\n   \\text{discount})$.");
        assertThat(html).contains("<span class=\"math math-display\">\\text{amount} = \\frac{\\text{price} \\times"
                + " \\text{seats}}{D}</span>").contains("<span class=\"math math-inline\">\\text{tax} = (\\text{subtotal}"
                + " -\n\\text{discount})</span>");
    }

    @Test
    void pricesCodeAndEscapedDollarsAreNotMaths() {
        assertThat(Markdown.html("It costs $5 and $10, or $5-$10 a month.")).doesNotContain("math");
        assertThat(Markdown.html("Run `echo $HOME $PATH` or pay \\$3 and \\$4.")).doesNotContain("math")
                .contains("<code>echo $HOME $PATH</code>").contains("$3 and $4");
        assertThat(Markdown.html("```\n$x$\n```\n")).doesNotContain("math");
        assertThat(Markdown.html("A lone $ sign, and $ x$.")).doesNotContain("math");
    }

    @Test
    void nestingDeeperThanTheLimitIsFlattenedWithItsContentKept() {
        for (int depth : new int[] {94, 10_000}) {
            String html = Markdown.html(">".repeat(depth) + " deep quote " + depth + "\n\n" + "- ".repeat(depth)
                    + "deep list " + depth + "\n");
            assertThat(html).contains("deep quote " + depth).contains("deep list " + depth);
            assertThat(count(html, "<blockquote>")).isEqualTo(Markdown.MAX_NESTING);
            assertThat(count(html, "<ul>")).isEqualTo(Markdown.MAX_NESTING);
            assertThat(maxDepth(html)).isLessThanOrEqualTo(2 * Markdown.MAX_NESTING + 2);
        }
        String shallow = Markdown.html("> a\n> > b\n\n- x\n  - y\n");
        assertThat(count(shallow, "<blockquote>")).isEqualTo(2);
        assertThat(count(shallow, "<ul>")).isEqualTo(2);
    }

    @Test
    void everyBankStatementKeepsItsMathsOutOfMarkdown() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("problems"))) {
            for (Path statement : files.map(p -> p.resolve("statement/problem.en.md")).filter(Files::exists).toList()) {
                String html = Markdown.html(Files.readString(statement));
                String outsideMaths = html.replaceAll("(?s)<span class=\"math[^\"]*\">.*?</span>", "")
                        .replaceAll("(?s)<code>.*?</code>", "");
                assertThat(outsideMaths).as(statement.toString()).doesNotContain("$").doesNotContainPattern("\\\\[a-z]");
            }
        }
    }

    @Test
    void theEscaperCoversTextAndAttributes() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    /** The deepest element nesting of well-formed output. */
    private static int maxDepth(String html) {
        int depth = 0;
        int max = 0;
        var tags = java.util.regex.Pattern.compile("<(/?)[a-z][a-z0-9]*[^>]*?(/?)>").matcher(html);
        while (tags.find()) {
            if (!tags.group(1).isEmpty()) {
                depth--;
            } else if (tags.group(2).isEmpty()) {
                max = Math.max(max, ++depth);
            }
        }
        return max;
    }
}
