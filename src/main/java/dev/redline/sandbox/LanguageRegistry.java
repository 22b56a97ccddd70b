package dev.redline.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages Redline ships, read from the labels of {@code sandbox-images/<id>/Dockerfile} (copied
 * onto the class path at build time by {@code scripts/language-resources.sh}), for whatever needs a
 * language's facts without a Docker engine: the problem loader's extension mapping, the names in the
 * picker, the editor's and the report's syntax. The same labels end up on the images, which
 * {@link LanguageCatalog} reads from the engine, so the two cannot disagree.
 */
public final class LanguageRegistry {

    static final String ROOT = "sandbox-images/";
    static final String INDEX = ROOT + "languages";

    private static final LanguageRegistry SHIPPED = load(LanguageRegistry.class.getClassLoader());

    private final List<Language> languages;
    private final Map<String, Language> byId = new LinkedHashMap<>();
    private final Map<String, Language> byExtension = new LinkedHashMap<>();
    private final Map<String, String> starters;

    /**
     * @throws IllegalArgumentException when two languages share an id or an extension
     */
    LanguageRegistry(List<Language> languages, Map<String, String> starters) {
        this.languages = languages.stream().sorted(Comparator.comparingInt(Language::order)
                .thenComparing(Language::id)).toList();
        this.starters = Map.copyOf(starters);
        for (Language l : this.languages) {
            if (byId.putIfAbsent(l.id(), l) != null) {
                throw new IllegalArgumentException("two sandbox images declare redline.language=\"" + l.id()
                        + "\": each language needs an id of its own");
            }
            for (String ext : l.extensions()) {
                Language other = byExtension.putIfAbsent(ext.toLowerCase(Locale.ROOT), l);
                if (other != null) {
                    throw new IllegalArgumentException("languages " + other.id() + " and " + l.id()
                            + " both declare extension \"" + ext + "\" in redline.extensions: keep it in one");
                }
            }
        }
    }

    /** The languages of this build. */
    public static LanguageRegistry shipped() {
        return SHIPPED;
    }

    /** Every language, in the order they are offered (label {@code redline.order}, then id). */
    public List<Language> all() {
        return languages;
    }

    public List<String> ids() {
        return languages.stream().map(Language::id).toList();
    }

    public Optional<Language> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The language whose source files have this extension (case-insensitive, no dot). */
    public Optional<Language> ofExtension(String extension) {
        return Optional.ofNullable(byExtension.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** What the editor shows for a language before anything is written: its {@code starter} file, or empty. */
    public String starter(String id) {
        return starters.getOrDefault(id, "");
    }

    static LanguageRegistry load(ClassLoader loader) {
        String index = read(loader, INDEX).orElseThrow(() -> new IllegalStateException(INDEX
                + " is not on the class path: the build copies it from sandbox-images/ (scripts/language-resources.sh)"));
        List<Language> languages = new ArrayList<>();
        Map<String, String> starters = new LinkedHashMap<>();
        for (String dir : index.strip().split("\\s+")) {
            String dockerfile = ROOT + dir + "/Dockerfile";
            Map<String, String> labels;
            try {
                labels = DockerfileLabels.parse(read(loader, dockerfile).orElseThrow(
                        () -> new IllegalStateException(dockerfile + " is listed in " + INDEX + " but missing")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(dockerfile + ", " + e.getMessage(), e);
            }
            Language language = Language.fromLabels(ImagePrefix.fromEnvironment().image(dir), labels).orElseThrow(
                    () -> new IllegalStateException(dockerfile + " lacks redline.language, redline.source or redline.run"));
            if (!language.id().equals(dir)) {
                throw new IllegalStateException(dockerfile + " declares redline.language=\"" + language.id()
                        + "\": it must be the folder's name, " + dir);
            }
            languages.add(language);
            read(loader, ROOT + dir + "/starter").ifPresent(s -> starters.put(language.id(), s));
        }
        try {
            return new LanguageRegistry(languages, starters);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sandbox-images: " + e.getMessage(), e);
        }
    }

    private static Optional<String> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the class path", e);
        }
    }
}
