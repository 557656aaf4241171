package io.iotad.pipeline.csv;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks input files up front, so a missing one is reported in words rather than as a bare path. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * @param file an input file
     * @param what what the file is, e.g. "model artifact"
     * @throws NoSuchFileException naming the file and what it should have been
     */
    static void require(Path file, String what) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    Files.exists(file) ? "the " + what + " is not a regular file" : "no such " + what);
        }
    }
}
