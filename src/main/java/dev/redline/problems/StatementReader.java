package dev.redline.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the statement to show: {@code statement/problem.<lang>.md|tex} (current) or
 * {@code problem_statement/problem[.<lang>].tex|md} (legacy; no language means English). English is
 * preferred, then its regional variants, then the first language by code; within a language Markdown
 * beats LaTeX, which is converted to Markdown ({@link LatexStatement}; what it cannot render is a warning
 * with its line). PDF statements are not shown by Redline.
 */
final class StatementReader {

    private static final Pattern FILE = Pattern.compile("problem(?:\\.([a-z]{2,3}(?:-[A-Z]{2})?))?\\.(md|tex|pdf)");
    private static final Pattern PROBLEM_NAME = Pattern.compile("\\\\problemname\\{([^{}\\\\]*)}");

    private record Candidate(Path path, String language, String extension) {
    }

    /**
     * The chosen statement, the language codes of every statement found, whether the chosen one was written
     * in LaTeX (and converted), and the name it gives in {@code \problemname} (the legacy fallback for a
     * missing name).
     */
    record Found(Statement statement, List<String> languages, boolean latex, Optional<String> latexName) {
    }

    private StatementReader() {
    }

    static Found read(Path packageDir, ProblemConfig config, Findings findings) {
        String wanted = config.legacy() ? "problem_statement" : "statement";
        String other = config.legacy() ? "statement" : "problem_statement";
        Path dir = packageDir.resolve(wanted);
        if (!Files.isDirectory(dir) && Files.isDirectory(packageDir.resolve(other))) {
            findings.warn(other, null, "is where the " + (config.legacy() ? "current" : "legacy")
                    + " format keeps statements; this package's format expects " + wanted + "/: read from " + other
                    + "/ anyway");
            dir = packageDir.resolve(other);
        }
        String where = Texts.relative(packageDir, dir);
        List<Candidate> candidates = candidates(dir);
        List<Candidate> shown = candidates.stream().filter(c -> !c.extension().equals("pdf")).toList();
        if (shown.isEmpty()) {
            findings.error(where, null, candidates.isEmpty()
                    ? "has no statement: add " + wanted + "/problem.en.md (Markdown) or problem.en.tex (LaTeX)"
                    : "has only PDF statements, which Redline cannot show: add problem.en.md or problem.en.tex");
            return null;
        }
        Candidate chosen = shown.stream().min(preference()).orElseThrow();
        String file = Texts.relative(packageDir, chosen.path());
        String text;
        try {
            text = Texts.read(chosen.path());
        } catch (IOException e) {
            findings.error(file, null, "cannot be read as UTF-8 text: " + e.getMessage());
            return null;
        }
        if (text.isBlank()) {
            findings.error(file, null, "is empty: write the statement");
            return null;
        }
        List<String> languages = candidates.stream().map(Candidate::language).distinct().sorted().toList();
        if (chosen.extension().equals("md")) {
            return new Found(new Statement(Statement.Format.MARKDOWN, chosen.language(), config.substitute(text)),
                    languages, false, Optional.empty());
        }
        String latex = latexConstants(text, config.constants());
        LatexStatement.Result converted = LatexStatement.convert(latex);
        converted.notes().forEach(n -> findings.warn(file, n.line(), n.message()));
        return new Found(new Statement(Statement.Format.MARKDOWN, chosen.language(), converted.markdown()),
                languages, true, latexName(latex));
    }

    /** The name in {@code \problemname{...}}, when it is plain text: the legacy fallback for a missing name. */
    static Optional<String> latexName(String text) {
        Matcher m = PROBLEM_NAME.matcher(text);
        return m.find() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static List<Candidate> candidates(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(StatementReader::candidate).flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Candidate> candidate(Path path) {
        Matcher m = FILE.matcher(path.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(path, m.group(1) == null ? "en" : m.group(1), m.group(2)));
    }

    private static Comparator<Candidate> preference() {
        return Comparator.comparingInt((Candidate c) -> c.language().equals("en") ? 0
                : c.language().startsWith("en-") ? 1 : 2)
                .thenComparing(Candidate::language)
                .thenComparingInt(c -> c.extension().equals("md") ? 0 : 1);
    }

    private static String latexConstants(String text, Map<String, String> constants) {
        String out = text;
        for (Map.Entry<String, String> c : constants.entrySet()) {
            out = out.replace("\\constant{" + c.getKey() + "}", c.getValue());
        }
        return out;
    }
}
