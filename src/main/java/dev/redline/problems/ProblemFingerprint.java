package dev.redline.problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A hash of everything that decides a verdict: every test case (name, input, answer, validator
 * arguments), the group structure and scoring, the output validator's files and the limits. Two
 * loads of an unchanged package give the same fingerprint; any change to its tests gives another.
 * A design exercise has no verdict: its fingerprint covers the dimensions its answers are scored on.
 */
public final class ProblemFingerprint {

    private ProblemFingerprint() {
    }

    public static String of(Problem p) {
        MessageDigest sha = sha256();
        if (!p.meta().judged()) {
            text(sha, "design");
            p.meta().dimensions().forEach(d -> text(sha, d.id() + "|" + d.title() + "|" + d.description()));
            return HexFormat.of().formatHex(sha.digest());
        }
        text(sha, p.type() + "|" + p.limits());
        text(sha, String.valueOf(p.validation().flags()));
        for (TestCase c : p.allCases()) {
            text(sha, c.name() + "|" + c.validatorArgs());
            file(sha, c.input());
            file(sha, c.answer());
        }
        group(sha, p.secret());
        if (!p.validation().isDefault()) {
            Path v = p.validation().custom();
            try (Stream<Path> files = Files.isDirectory(v) ? Files.walk(v) : Stream.of(v)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    text(sha, v.relativize(f).toString());
                    file(sha, f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void group(MessageDigest sha, TestGroup g) {
        text(sha, g.name() + "|" + g.scoring());
        g.groups().forEach(sub -> group(sha, sub));
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static void file(MessageDigest sha, Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[64 << 10];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
            sha.update((byte) 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
