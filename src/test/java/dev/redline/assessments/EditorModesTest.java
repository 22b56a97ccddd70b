package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.sandbox.Language;
import dev.redline.sandbox.LanguageRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every shipped language's syntax label ({@code redline.syntax} of its sandbox image) has an editor
 * mode in web/src/editor.js, so no language is shown as plain text by omission. Plain JUnit: two
 * sets of names compared, nothing to start; the front-end build (esbuild) fails when a mode's import
 * names a package that is not installed.
 */
class EditorModesTest {

    private static final Pattern TABLE = Pattern.compile("const MODES = \\{\\n(.*?)\\n\\};", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("(?m)^  ([a-z0-9]+): ");

    static Set<String> editorModes() throws Exception {
        String editor = Files.readString(Path.of("web/src/editor.js"));
        Matcher table = TABLE.matcher(editor);
        assertThat(table.find()).as("the MODES table in web/src/editor.js").isTrue();
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = KEY.matcher(table.group(1));
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    @Test
    void everyLanguagesSyntaxLabelHasAnEditorMode() throws Exception {
        Set<String> modes = editorModes();
        assertThat(modes).as("modes read from editor.js").contains("python", "java", "markdown");
        for (Language l : LanguageRegistry.shipped().all()) {
            assertThat(modes).as("editor mode for %s (redline.syntax=\"%s\" in sandbox-images/%s/Dockerfile)",
                    l.id(), l.syntax(), l.id()).contains(l.syntax());
        }
    }

    @Test
    void phpIsColouredAsPhp() throws Exception {
        assertThat(LanguageRegistry.shipped().find("php")).map(Language::syntax).hasValue("php");
        assertThat(editorModes()).contains("php");
    }
}
