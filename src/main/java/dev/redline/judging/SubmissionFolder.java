package dev.redline.judging;

import dev.redline.problems.ExpectedSubmission;
import dev.redline.problems.Languages;
import dev.redline.sandbox.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A package submission read as problemtools reads it (run/source.py): a file, or a folder whose files are
 * all one program. In a folder, the sources are the files in the submission's language; the entry point
 * is the source named {@code main.*} (any case), else the first source by name; every other file (more
 * sources, headers) goes into the box beside it. Pure file reading, no sandbox.
 */
public final class SubmissionFolder {

    private SubmissionFolder() {
    }

    /**
     * @throws IllegalArgumentException when the folder cannot be one program: it mixes languages, has no
     *                                  source in a language Redline runs, or has subfolders
     */
    public static Submission read(ExpectedSubmission s) throws IOException {
        Path path = s.path();
        if (Files.isRegularFile(path)) {
            return new Submission(s.language(), Files.readString(path, StandardCharsets.UTF_8));
        }
        String name = path.getFileName().toString();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(path)) {
            for (Path f : entries.sorted().toList()) {
                String fileName = f.getFileName().toString();
                if (fileName.startsWith(".") || fileName.startsWith("-")) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    throw new IllegalArgumentException(name + "/" + fileName + " is a folder: Redline puts a"
                            + " submission's files side by side, so move its files up into " + name + "/");
                }
                files.add(f);
            }
        }
        List<String> languages = languages(files);
        if (languages.size() > 1) {
            throw new IllegalArgumentException(name + "/ mixes languages " + languages + ": a submission folder is"
                    + " one program in one language; split it into one folder per language");
        }
        if (languages.isEmpty() || s.language() == null) {
            throw new IllegalArgumentException(name + "/ has no source file in a language Redline runs, so no"
                    + " entry point: add one (e.g. main.cpp, main.py or Main.java)");
        }
        List<Path> sources = files.stream()
                .filter(f -> s.language().equals(Languages.ofFileName(f.getFileName().toString()))).toList();
        Path main = sources.stream()
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("main."))
                .findFirst().orElse(sources.get(0));
        List<SourceFile> others = new ArrayList<>();
        for (Path f : files) {
            if (!f.equals(main)) {
                others.add(new SourceFile(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        return new Submission(s.language(), Files.readString(main, StandardCharsets.UTF_8), null, others);
    }

    private static List<String> languages(List<Path> files) {
        return files.stream().map(f -> Languages.ofFileName(f.getFileName().toString())).filter(l -> l != null)
                .distinct().sorted().toList();
    }
}
