package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 1: a demo run deletes only what an earlier demo run wrote. */
class DemoOutputFolderTest {
    @TempDir
    Path dir;

    /** What a demo run leaves, in miniature. */
    private static void writeDemoFiles(Path out) throws Exception {
        Files.createDirectories(out.resolve("training"));
        Files.writeString(out.resolve("training/model.tar.gz"), "model");
        Files.createDirectories(out.resolve("data/raw"));
        Files.writeString(out.resolve("data/raw/2024-10-01.jsonl"), "{}");
        Files.writeString(out.resolve("alerts.db"), "db");
    }

    private Path recordedDemo() throws Exception {
        Path out = dir.resolve("out");
        DemoOutputFolder f = DemoOutputFolder.prepare(out);
        writeDemoFiles(out);
        f.record();
        return out;
    }

    @Test
    void given_an_earlier_demo_and_the_users_files_beside_it_when_prepared_again_then_only_the_demos_files_go() throws Exception {
        Path out = recordedDemo();
        Files.createDirectories(out.resolve(".ssh"));
        Files.writeString(out.resolve(".ssh/id_ed25519"), "secret");
        Files.createDirectories(out.resolve("projects/p1"));
        Files.writeString(out.resolve("projects/p1/main.c"), "int main;");
        Files.writeString(out.resolve("training/my-notes.txt"), "notes added after the demo");

        DemoOutputFolder again = DemoOutputFolder.prepare(out);

        assertThat(out.resolve(".ssh/id_ed25519")).hasContent("secret");
        assertThat(out.resolve("projects/p1/main.c")).hasContent("int main;");
        assertThat(out.resolve("training/my-notes.txt")).hasContent("notes added after the demo");
        assertThat(out.resolve("training/model.tar.gz")).doesNotExist();
        assertThat(out.resolve("data")).as("emptied demo folders go too").doesNotExist();
        assertThat(out.resolve("alerts.db")).doesNotExist();

        // the next record lists the new run's files but never the user's note
        writeDemoFiles(out);
        again.record();
        assertThat(Files.readString(out.resolve(DemoOutputFolder.MANIFEST)))
                .contains("file training/model.tar.gz", "file data/raw/2024-10-01.jsonl", "file alerts.db")
                .doesNotContain("my-notes", ".ssh", "projects");
    }

    @Test
    void given_a_non_empty_folder_without_a_manifest_when_prepared_then_refused_and_untouched() throws Exception {
        Path out = Files.createDirectories(dir.resolve("home"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> DemoOutputFolder.prepare(out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty and is not an earlier demo's output");
        assertThat(out.resolve("notes.txt")).hasContent("keep me");
        assertThat(out.resolve(DemoOutputFolder.MANIFEST)).doesNotExist();
    }

    @Test
    void given_a_manifest_listing_a_path_outside_the_demos_entries_when_prepared_then_nothing_is_deleted() throws Exception {
        Path out = recordedDemo();
        Files.writeString(dir.resolve("outside.txt"), "keep");
        Files.writeString(out.resolve("projects.txt"), "keep");
        for (String evil : new String[] {"../outside.txt", "projects.txt", "/etc/passwd", "training/../../outside.txt", ""}) {
            Files.writeString(out.resolve(DemoOutputFolder.MANIFEST), Files.readAllLines(out.resolve(DemoOutputFolder.MANIFEST))
                    .subList(0, 2).stream().reduce("", (a, b) -> a + b + "\n") + "file training/model.tar.gz\nfile " + evil + "\n");
            assertThatThrownBy(() -> DemoOutputFolder.prepare(out)).as(evil).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nothing was deleted");
            assertThat(out.resolve("training/model.tar.gz")).as("checked before anything is deleted").exists();
        }
        assertThat(dir.resolve("outside.txt")).hasContent("keep");
        assertThat(out.resolve("projects.txt")).hasContent("keep");
    }

    @Test
    void given_a_demo_folder_replaced_by_a_link_when_prepared_then_it_does_not_delete_through_it() throws Exception {
        Path out = recordedDemo();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("model.tar.gz"), "not the demo's");
        Files.delete(out.resolve("training/model.tar.gz"));
        Files.delete(out.resolve("training"));
        Files.createSymbolicLink(out.resolve("training"), elsewhere);

        assertThatThrownBy(() -> DemoOutputFolder.prepare(out)).hasMessageContaining("training is a symbolic link");
        assertThat(elsewhere.resolve("model.tar.gz")).hasContent("not the demo's");
    }

    @Test
    void given_a_run_that_was_killed_before_recording_when_prepared_then_refused_naming_what_to_delete() throws Exception {
        Path out = dir.resolve("out");
        DemoOutputFolder.prepare(out);
        writeDemoFiles(out);
        // no record(): the JVM was killed
        assertThatThrownBy(() -> DemoOutputFolder.prepare(out)).hasMessageContaining("did not finish")
                .hasMessageContaining("training");
        assertThat(out.resolve("training/model.tar.gz")).exists();
    }

    @Test
    void given_an_older_demos_marker_or_a_users_alerts_db_when_prepared_then_refused() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        Files.writeString(old.resolve(DemoOutputFolder.MANIFEST), "output of iotad demo; a later demo run may clear this folder\n");
        Files.writeString(old.resolve("keep.txt"), "keep");
        assertThatThrownBy(() -> DemoOutputFolder.prepare(old)).hasMessageContaining("kept no list of its files");
        assertThat(old.resolve("keep.txt")).exists();

        Path out = recordedDemo();
        Files.writeString(out.resolve("quarantine.jsonl"), "the user's own");
        assertThatThrownBy(() -> DemoOutputFolder.prepare(out)).hasMessageContaining("holds quarantine.jsonl, which the demo did not write");
        assertThat(out.resolve("quarantine.jsonl")).hasContent("the user's own");

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> DemoOutputFolder.prepare(file)).hasMessageContaining("is a file, expected a folder");
    }
}
