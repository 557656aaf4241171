package io.iotad.features.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The raw files of a run's inputs: a file stands for itself; a directory for every entry below it whose
 * name contains {@code .jsonl} (as the reference's {@code **}{@code /*.jsonl*}), hidden files and folders
 * excepted. Symbolic links are followed (to files and to folders; a loop is an error). An entry named like
 * a raw file that cannot be read as one, a dangling link or a FIFO, is not skipped silently: it is listed as
 * a {@link FileLoss}, which fails the run.
 *
 * @param files the readable raw files, sorted by path, without repeats
 * @param unreadable the entries named like raw files that are not readable files, sorted by path
 * @param days per file, the day its path below its input folder names ({@link FileDay}); files naming none are absent
 */
record RawFileListing(List<Path> files, List<FileLoss> unreadable, Map<Path, LocalDate> days) {
    /** Copies the lists and the map. */
    RawFileListing {
        files = List.copyOf(files);
        unreadable = List.copyOf(unreadable);
        days = Map.copyOf(days);
    }

    /** @return the day {@code file}'s path names, or null */
    LocalDate dayOf(Path file) {
        return days.get(file);
    }

    /**
     * @param inputs files or directories
     * @return the listing
     * @throws IOException when an input does not exist, a folder cannot be listed or links form a loop
     */
    static RawFileListing of(List<Path> inputs) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        TreeMap<String, FileLoss> unreadable = new TreeMap<>();
        Map<Path, LocalDate> days = new HashMap<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in, FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(p -> p.getFileName() != null && p.getFileName().toString().contains(".jsonl"))
                            .filter(p -> !hidden(in.relativize(p)))
                            .filter(p -> !Files.isDirectory(p))
                            .forEach(p -> {
                                if (Files.isRegularFile(p)) {
                                    files.put(p.toString(), p);
                                    FileDay.of(in.relativize(p)).ifPresent(d -> days.put(p, d));
                                } else {
                                    unreadable.put(p.toString(), loss(p));
                                }
                            });
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // a loop of links, or a folder that cannot be listed
                }
            } else if (Files.isRegularFile(in)) {
                files.put(in.toString(), in);
                if (in.getFileName() != null) {
                    FileDay.of(in.getFileName()).ifPresent(d -> days.put(in, d));
                }
            } else if (Files.isSymbolicLink(in)) {
                unreadable.put(in.toString(), loss(in));
            } else {
                throw new NoSuchFileException(in.toString(), null, "raw input is neither a file nor a directory");
            }
        }
        return new RawFileListing(new ArrayList<>(files.values()), new ArrayList<>(unreadable.values()), days);
    }

    private static FileLoss loss(Path p) {
        if (Files.isSymbolicLink(p)) {
            String target;
            try {
                target = Files.readSymbolicLink(p).toString();
            } catch (IOException e) {
                target = "(unreadable: " + e.getMessage() + ")";
            }
            return new FileLoss(p.toString(), FileLossReason.DANGLING_LINK, 0, 0, GzipMembers.UNKNOWN, 0,
                    "the symbolic link points to " + target + ", which does not exist");
        }
        return new FileLoss(p.toString(), FileLossReason.NOT_A_REGULAR_FILE, 0, 0, GzipMembers.UNKNOWN, 0,
                "the entry is named like a raw file but is not a regular file (a FIFO, socket or device), so it is not read");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
