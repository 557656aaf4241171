package io.iotad.core.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file so that readers see the old content or the new, never a part: the content goes to
 * a hidden temporary file beside the target ({@code .<name>.<random>.tmp}), which is then renamed
 * over it in one step. The temporary file is created with the default permissions, so the result
 * honours the user's umask like any other file they create (unlike {@link Files#createTempFile},
 * whose files are readable by their owner only, which would lock a registry or a report away from
 * another user's job). When writing fails, the temporary file is deleted and the target is left as
 * it was.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes the content of a temporary file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param temp an empty file beside the target, to be filled (it may also be replaced, e.g. by a copy)
         * @throws IOException when writing fails
         */
        void writeTo(Path temp) throws IOException;
    }

    /** Writes text through a buffered UTF-8 writer. */
    @FunctionalInterface
    public interface Text {
        /**
         * @param out the writer of the temporary file (closed by {@link AtomicFile})
         * @throws IOException when writing fails
         */
        void writeTo(BufferedWriter out) throws IOException;
    }

    /**
     * @param target the file to write (its folder is created when missing)
     * @param content what to write into the temporary file
     * @throws IOException when the folder, the temporary file or the rename fails, or the content
     *     cannot be written (the target is then unchanged and no temporary file is left)
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path parent = file.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createFile(parent.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            content.writeTo(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * @param target the file to write
     * @param text what to write, as UTF-8
     * @throws IOException when writing fails (the target is then unchanged)
     */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, temp -> {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                text.writeTo(w);
            }
        });
    }

    /**
     * @param target the file to write
     * @param text its whole content, as UTF-8
     * @throws IOException when writing fails (the target is then unchanged)
     */
    public static void writeString(Path target, CharSequence text) throws IOException {
        write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }
}
