package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages this engine can run: every image labelled {@code redline.language}. Read again on
 * a miss, so that an image built while Redline runs becomes usable without a restart.
 */
public final class LanguageCatalog {

    private final DockerClient docker;
    private final Map<String, Language> languages = new ConcurrentHashMap<>();

    public LanguageCatalog(DockerClient docker) {
        this.docker = docker;
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
            String tag = tagOf(image);
            // a dangling older build of the same language never replaces a tagged one
            Language.fromLabels(tag, image.getLabels()).ifPresent(l -> found.merge(l.id(), l,
                    (a, b) -> a.image().startsWith("sha256:") ? b : a));
        }
        languages.clear();
        languages.putAll(found);
    }

    private static String tagOf(Image image) {
        if (image.getRepoTags() != null) {
            for (String tag : image.getRepoTags()) {
                if (!tag.startsWith("<none>")) {
                    return tag;
                }
            }
        }
        return image.getId();
    }
}
