package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading LABEL instructions as Docker does; plain JUnit: text in, map out. */
class DockerfileLabelsTest {

    @Test
    void continuedLabelsWithQuotesEscapesAndComments() {
        String dockerfile = """
                FROM redline/sandbox-base
                RUN echo "LABEL not.this=1"
                # LABEL nor.this=2
                LABEL redline.language="python3" \\
                # a comment inside the instruction, dropped as Docker drops it
                      redline.compile="python3 -c \\"import ast; ast.parse(open('main.py').read())\\"" \\
                      plain=value  "quoted.key"="a b"
                label later=x
                LABEL later=y
                """;
        assertThat(DockerfileLabels.parse(dockerfile)).containsExactly(
                Map.entry("redline.language", "python3"),
                Map.entry("redline.compile", "python3 -c \"import ast; ast.parse(open('main.py').read())\""),
                Map.entry("plain", "value"),
                Map.entry("quoted.key", "a b"),
                Map.entry("later", "y"));
    }

    @Test
    void anEmptyQuotedValueIsEmpty() {
        assertThat(DockerfileLabels.parse("LABEL redline.extensions=\"\"\n")).containsEntry("redline.extensions", "");
    }

    @Test
    void unreadableLabelsSayWhichLine() {
        assertThatThrownBy(() -> DockerfileLabels.parse("FROM x\nLABEL a=\"open\n"))
                .hasMessageContaining("line 2").hasMessageContaining("no closing quote");
        assertThatThrownBy(() -> DockerfileLabels.parse("FROM x\n\nLABEL version 1\n"))
                .hasMessageContaining("line 3").hasMessageContaining("key=value");
    }
}
