package dev.redline.sandbox;

import java.util.regex.Pattern;

/**
 * What the sandbox images are called: {@code PREFIX + "base"} and {@code PREFIX + language id}, the
 * names {@code scripts/images.sh} builds them under (it reads the same {@value #ENV}). A deployment
 * that keeps its images in a registry of its own sets it (e.g. {@code registry.example:5000/redline-}),
 * and so does a second set of images beside the first on one engine.
 */
public record ImagePrefix(String value) {

    /** Before {@link #DEFAULT}, which the constructor checks with it. */
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._/:-]*");

    public static final String ENV = "REDLINE_IMAGE_PREFIX";
    public static final ImagePrefix DEFAULT = new ImagePrefix("redline/sandbox-");

    /**
     * @throws IllegalArgumentException when the value cannot begin an image name
     */
    public ImagePrefix {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("image prefix '" + value + "' cannot begin an image name: use "
                    + "lowercase letters, digits, '.', '_', '-', '/' and ':' (e.g. registry.example:5000/redline-), "
                    + "in " + ENV + " or redline.sandbox.image-prefix");
        }
    }

    /** {@value #ENV} when set, else {@link #DEFAULT}. */
    public static ImagePrefix fromEnvironment() {
        String v = System.getenv(ENV);
        return v == null || v.isBlank() ? DEFAULT : new ImagePrefix(v.strip());
    }

    /** The image of a language (or of "base"). */
    public String image(String id) {
        return value + id;
    }

    /** Whether a repository tag ({@code name:tag}) is one of these images. */
    public boolean names(String repoTag) {
        return repoTag.startsWith(value) && repoTag.indexOf('/', value.length()) < 0;
    }
}
