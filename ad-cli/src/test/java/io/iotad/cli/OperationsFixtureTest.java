package io.iotad.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the command tests that run on an {@link OperationsFixture}: the fixture, built once per test class in a
 * folder of its own, and a scratch folder per test.
 */
abstract class OperationsFixtureTest {
    @TempDir
    static Path shared;

    /** The class's fixture: a simulated portfolio and a registry with {@code global/1} Approved. */
    static OperationsFixture fx;

    /** Scratch space of the test. */
    @TempDir
    Path dir;

    @BeforeAll
    static void portfolio() throws Exception {
        fx = OperationsFixture.create(shared);
    }
}
