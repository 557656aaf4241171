package io.iotad.pipeline.registry;

import java.nio.file.Path;
import java.util.Map;

/**
 * A second process for {@link ConcurrentRegistryTest}: registers N versions into a group.
 * Arguments: registry root, group, N, artifact file, writer name.
 */
public final class RegistryWriterMain {
    private RegistryWriterMain() {
    }

    /**
     * @param args root, group, count, artifact, writer name
     * @throws Exception on any failure (the exit status is then non-zero)
     */
    public static void main(String[] args) throws Exception {
        FileModelRegistry registry = new FileModelRegistry(Path.of(args[0]));
        int n = Integer.parseInt(args[2]);
        for (int i = 0; i < n; i++) {
            registry.register(args[1], Path.of(args[3]), Map.of("writer", args[4], "seq", i));
        }
    }
}
