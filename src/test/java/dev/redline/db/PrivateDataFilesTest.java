package dev.redline.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateDataFilesTest {

    @Test
    void theDirectoryOfAnH2FileDatabaseIsFoundInEveryUrlForm() {
        Path here = Path.of("").toAbsolutePath();
        assertThat(PrivateDataFiles.h2Directory("jdbc:h2:file:./data/redline;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .contains(here.resolve("data"));
        assertThat(PrivateDataFiles.h2Directory("jdbc:h2:/var/lib/redline/db")).contains(Path.of("/var/lib/redline"));
        assertThat(PrivateDataFiles.h2Directory("jdbc:h2:mem:redline-test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(PrivateDataFiles.h2Directory("jdbc:h2:tcp://localhost/~/test")).isEmpty();
        assertThat(PrivateDataFiles.h2Directory("jdbc:postgresql://localhost/redline")).isEmpty();
    }

    @Test
    void aLooseDirectoryAndItsFilesBecomeOwnerOnly(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path db = Files.writeString(dir.resolve("redline.mv.db"), "rows");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateDataFiles.makePrivate(dir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }
}
