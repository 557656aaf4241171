package io.iotad.pipeline.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.registry.ModelPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentRegistryTest {
    private static final int PER_WRITER = 15;

    @TempDir
    Path dir;

    @Test
    void given_two_threads_registering_at_once_when_done_then_all_versions_present_and_distinct() throws Exception {
        Path artifact = Files.writeString(dir.resolve("a.tar.gz"), "payload");
        Path root = dir.resolve("registry");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (String writer : List.of("t1", "t2")) {
                Callable<List<Integer>> job = () -> {
                    // each thread its own registry instance, as two services in one JVM would have
                    FileModelRegistry registry = new FileModelRegistry(root);
                    List<Integer> got = new ArrayList<>();
                    for (int i = 0; i < PER_WRITER; i++) {
                        got.add(registry.register("global", artifact, Map.of("writer", writer, "seq", i)).version());
                    }
                    return got;
                };
                futures.add(pool.submit(job));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : futures) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * PER_WRITER).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertComplete(new FileModelRegistry(root), "t1", "t2");
    }

    @Test
    void given_two_processes_registering_at_once_when_done_then_all_versions_present_and_distinct() throws Exception {
        Path artifact = Files.writeString(dir.resolve("a.tar.gz"), "payload");
        Path root = dir.resolve("registry");
        List<Process> processes = new ArrayList<>();
        for (String writer : List.of("p1", "p2")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RegistryWriterMain.class.getName(), root.toString(),
                    "global", Integer.toString(PER_WRITER), artifact.toString(), writer)
                    .redirectErrorStream(true).redirectOutput(dir.resolve(writer + ".log").toFile()).start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            boolean done = p.waitFor(180, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            assertThat(done).as("writer process finished").isTrue();
            assertThat(p.exitValue()).as("writer %d exit status; log: %s", i,
                    readQuietly(dir.resolve("p" + (i + 1) + ".log"))).isZero();
        }
        assertComplete(new FileModelRegistry(root), "p1", "p2");
    }

    private static void assertComplete(FileModelRegistry registry, String w1, String w2) throws IOException {
        List<ModelPackage> versions = registry.list("global");
        assertThat(versions).extracting(ModelPackage::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 2 * PER_WRITER).boxed().toList());
        for (String w : List.of(w1, w2)) {
            assertThat(versions.stream().filter(p -> p.metadata().get("writer").equals(w))
                    .map(p -> ((Number) p.metadata().get("seq")).intValue()).toList())
                    .as("writer %s, in its own order", w)
                    .containsExactlyElementsOf(IntStream.range(0, PER_WRITER).boxed().toList());
        }
        for (ModelPackage p : versions) {
            assertThat(Files.readString(registry.artifactPath(p))).isEqualTo("payload");
        }
        try (var leftovers = Files.walk(registry.root())) {
            assertThat(leftovers.filter(f -> f.toString().endsWith(".tmp")).toList()).isEmpty();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
