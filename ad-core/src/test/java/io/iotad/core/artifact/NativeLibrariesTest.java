package io.iotad.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8 item 3: native library versions are read from what is on the class path, never assumed. */
class NativeLibrariesTest {
    @Test
    void given_a_class_path_without_the_libraries_when_probed_then_none_is_listed() throws Exception {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertThat(NativeLibraries.versions(bare)).isEmpty();
        }
    }

    @Test
    void given_a_jar_with_a_library_pom_but_not_its_classes_when_probed_then_it_is_not_listed(@TempDir Path dir)
            throws Exception {
        Path jar = dir.resolve("pom-only.jar");
        try (OutputStream f = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(f)) {
            out.putNextEntry(new JarEntry("META-INF/maven/org.xerial/sqlite-jdbc/pom.properties"));
            out.write("version=9.9.9\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource("META-INF/maven/org.xerial/sqlite-jdbc/pom.properties")).isNotNull();
            assertThat(NativeLibraries.versions(loader)).doesNotContainKey("native.sqlite-jdbc");
        }
    }

    @Test
    void given_the_running_environment_when_recorded_then_every_native_entry_is_one_found_on_the_class_path() {
        assertThat(TrainingProvenance.currentEnvironment()).containsAllEntriesOf(NativeLibraries.versions());
    }
}
