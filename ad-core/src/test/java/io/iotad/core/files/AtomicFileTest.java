package io.iotad.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.iotad.core.frame.FeatureFrameCsv;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    /** The permissions the umask gives a new file in {@code dir}: what every written file should have. */
    static Set<PosixFilePermission> umaskPermissions(Path dir) throws IOException {
        Path probe = Files.createFile(dir.resolve(".umask-probe"));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void given_a_target_when_written_then_it_has_the_umasks_permissions_not_owner_only() throws IOException {
        Set<PosixFilePermission> expected = umaskPermissions(dir);
        assumeThat(expected).as("a umask that lets others read (e.g. 022)").contains(PosixFilePermission.OTHERS_READ);

        Path target = dir.resolve("sub/index.json");
        AtomicFile.writeString(target, "{}");

        assertThat(target).hasContent("{}");
        assertThat(Files.getPosixFilePermissions(target)).as(PosixFilePermissions.toString(expected)).isEqualTo(expected);
    }

    @Test
    void given_a_frame_csv_when_written_then_it_honours_the_umask_too() throws IOException {
        Set<PosixFilePermission> expected = umaskPermissions(dir);
        Path target = dir.resolve("features.csv");
        FeatureFrameCsv.write(FeatureFrameCsv.read(writeTinyCsv(), java.util.List.of(), Set.of()).frame(), target);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
    }

    private Path writeTinyCsv() throws IOException {
        return Files.writeString(dir.resolve("in.csv"), "apartment_record_id,apartment_id,building_id,event_date,x\n"
                + "a_2024-01-01,a,b,2024-01-01,1.5\n");
    }

    @Test
    void given_content_that_fails_when_written_then_the_target_is_unchanged_and_no_temporary_file_is_left() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "old");
        assertThatThrownBy(() -> AtomicFile.writeText(target, w -> {
            w.write("half of the new");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void given_file_system_errors_when_described_then_the_reason_is_in_words() {
        assertThat(IoReason.describe(new AccessDeniedException("/srv/raw/day.jsonl"))).isEqualTo("/srv/raw/day.jsonl: permission denied");
        assertThat(IoReason.describe(new NoSuchFileException("/srv/x"))).isEqualTo("/srv/x: no such file or folder");
        assertThat(IoReason.describe(new FileSystemException("/srv/x", null, "Is a directory"))).isEqualTo("/srv/x: Is a directory");
        assertThat(IoReason.of(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(IoReason.of(new IOException())).isEqualTo("IOException");
        assertThat(IoReason.of(new java.nio.charset.MalformedInputException(1))).isEqualTo("it is not UTF-8 text");
    }
}
