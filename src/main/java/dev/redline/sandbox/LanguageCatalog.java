package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages this engine can run: every image labelled {@code redline.language} and named with
 * the configured prefix (another set of images on the same engine is not ours). Read again on a
 * miss, so that an image built while Redline runs becomes usable without a restart.
 */
public final class LanguageCatalog {

    private final DockerClient docker;
    private final ImagePrefix prefix;
    private final Map<String, Language> languages = new ConcurrentHashMap<>();

    public LanguageCatalog(DockerClient docker, ImagePrefix prefix) {
        this.docker = docker;
        this.prefix = prefix;
    }

    public Language require(String id) {
        Language language = languages.get(id);
        if (language == null) {
            refresh();
            language = languages.get(id);
        }
        if (language == null) {
            throw new SandboxException.UnknownLanguage(id, languages.keySet());
        }
        return language;
    }

    /** Languages by id, sorted. */
    public Map<String, Language> all() {
        if (languages.isEmpty()) {
            refresh();
        }
        return new TreeMap<>(languages);
    }

    public synchronized void refresh() {
        Collection<Image> images;
        try {
            images = docker.listImagesCmd().withLabelFilter(Language.LABEL_ID).exec();
        } catch (RuntimeException e) {
            throw new SandboxException.Unavailable("cannot list images from the Docker engine: " + e.getMessage(), e);
        }
        Map<String, Language> found = new ConcurrentHashMap<>();
        for (Image image : images) {
            // an untagged (older) build cannot be told apart from another set's: only named images count
            tagOf(image).flatMap(tag -> Language.fromLabels(tag, image.getLabels()))
                    .ifPresent(l -> found.putIfAbsent(l.id(), l));
        }
        languages.clear();
        languages.putAll(found);
    }

    private Optional<String> tagOf(Image image) {
        if (image.getRepoTags() != null) {
            for (String tag : image.getRepoTags()) {
                if (prefix.names(tag)) {
                    return Optional.of(tag);
                }
            }
        }
        return Optional.empty();
    }
}
