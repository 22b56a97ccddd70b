package dev.redline.db;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded database private: it holds candidates' names, e-mail addresses, code and the
 * interviewers' ratings. At start, the H2 file database's directory becomes 0700 and every file in it
 * 0600, whatever the process's umask made of them (H2 creates its files with the umask's mode, 0644 under
 * the usual 022). Files H2 creates later sit in the 0700 directory, so no other user reaches them either;
 * {@code ./redline up} also runs the service under {@code umask 077}. A PostgreSQL database keeps its data
 * in the server's own directory, which is the server's concern.
 */
@ApplicationScoped
class PrivateDataFiles {

    private static final Logger LOG = Logger.getLogger(PrivateDataFiles.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    void onStart(@Observes StartupEvent event) {
        url.flatMap(PrivateDataFiles::h2Directory).ifPresent(PrivateDataFiles::makePrivate);
    }

    /** The directory of an H2 file database ({@code jdbc:h2:file:./data/redline;...} or {@code jdbc:h2:./data/x}). */
    static Optional<Path> h2Directory(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")
                || name.startsWith("zip:")) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path parent = Path.of(name).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent);
    }

    static void makePrivate(Path dir) {
        if (!Files.isDirectory(dir) || Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) {
                        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the database directory " + dir
                    + " private (0700, files 0600): " + e.getMessage()
                    + "; give the service ownership of it or set the permissions by hand", e);
        }
        LOG.debugf("database directory %s is 0700, its files 0600", dir);
    }
}
