package dev.redline.assessments;

import dev.redline.sandbox.Language;
import dev.redline.sandbox.LanguageRegistry;

/**
 * What the editor shows for a language before the candidate writes anything, when the exercise has
 * no starter code of its own, the names languages are shown by and the syntax the editor colours
 * them with: all from the language's image folder (its Dockerfile labels and {@code starter} file),
 * never typed here.
 */
final class StarterCode {

    private StarterCode() {
    }

    /** The display name with its true version, e.g. "Java 17 (OpenJDK)"; the id when unknown. */
    static String name(String language) {
        return LanguageRegistry.shipped().find(language).map(Language::name).orElse(language);
    }

    static String skeleton(String language) {
        return LanguageRegistry.shipped().starter(language);
    }

    /** The editor's syntax for a language, e.g. "python" for pypy3; the id when unknown. */
    static String syntax(String language) {
        return LanguageRegistry.shipped().find(language).map(Language::syntax).orElse(language);
    }
}
