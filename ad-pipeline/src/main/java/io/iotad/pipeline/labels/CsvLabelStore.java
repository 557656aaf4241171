package io.iotad.pipeline.labels;

import io.iotad.core.files.IoReason;
import io.iotad.core.label.LabelStore;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link LabelStore} that appends to a {@code labels.csv} (DATA-CONTRACT §1.4); {@link #load()}
 * lets a later line on the same apartment-day replace an earlier one. Appends hold an exclusive
 * lock on the file (threads and processes) and are flushed to disk. The contract's four columns
 * have no place for the verdict's source, so {@code source} is not kept here; use
 * {@link SqliteLabelStore} where it matters.
 */
public final class CsvLabelStore implements LabelStore {
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    /** @param file the labels.csv (created with its header on the first append) */
    public CsvLabelStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /** @return the labels.csv */
    public Path file() {
        return file;
    }

    /**
     * @throws IllegalArgumentException when the file is a folder or something else than a regular
     *     file, or a folder on its path is a file
     */
    @Override
    public void checkWritable() {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("labels file " + file + " is " + (Files.isDirectory(file) ? "a folder" : "not a regular file")
                    + "; name a .csv file");
        }
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IllegalArgumentException("labels file " + file + " cannot be created: " + p + " is a file, not a folder");
                }
                break;
            }
        }
    }

    /**
     * @param labels verdicts to add
     * @param source where they came from (not stored in the CSV form)
     * @throws UncheckedIOException when the file cannot be written
     */
    @Override
    public void append(Collection<Label> labels, String source) {
        StringBuilder lines = new StringBuilder();
        for (Label l : labels) {
            lines.append(LabelsCsv.format(l)).append('\n');
        }
        synchronized (IN_PROCESS.computeIfAbsent(file, f -> new Object())) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND); FileLock lock = ch.lock()) {
                    String text = (ch.size() == 0 ? LabelsCsv.HEADER + "\n" : "") + lines;
                    ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    ch.force(true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append labels to " + file + ": " + IoReason.of(e), e);
            }
        }
    }

    /**
     * @return every verdict in the file (empty when it does not exist yet)
     * @throws io.iotad.core.data.DataException for a bad line
     * @throws UncheckedIOException when the file cannot be read
     */
    @Override
    public Labels load() {
        if (!Files.exists(file)) {
            return Labels.empty();
        }
        try {
            return LabelsCsv.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels from " + file, e);
        }
    }
}
