package io.iotad.cli;

import io.iotad.core.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The folder {@code iotad demo} writes to, and the manifest ({@value #MANIFEST}) of every file it
 * wrote there, so that a later demo run replaces exactly those files and nothing else.
 *
 * <p>A folder is accepted when it is new, empty, or holds the manifest of an earlier demo run that
 * got as far as recording its files. Clearing deletes only the files the manifest lists, and only
 * after checking that each is a plain path inside the folder, under one of the demo's own entries
 * ({@link #OWNED}), reached without a symbolic link; then the folders those files leave empty.
 * Whatever else is in the folder (a user's {@code .ssh/}, {@code projects/}, notes added to
 * {@code training/}) is left alone. A run that was killed before recording its files leaves the
 * manifest in state {@code running}: the next run refuses the folder rather than guess.
 */
final class DemoOutputFolder {
    /** The manifest's file name, inside the output folder. */
    static final String MANIFEST = ".iotad-demo";
    /** The entries at the top of the output folder that the demo writes (the only places it deletes in). */
    static final List<String> OWNED = List.of("data", "registry", "training", "inference", "quarantine.jsonl",
            "alerts.db", "alerts.db-wal", "alerts.db-shm", "alerts.db-journal");

    private static final String HEADER = "iotad demo output, manifest v1: the files below were written by iotad demo; "
            + "a later demo run deletes exactly these";
    private static final String RUNNING = "state running";
    private static final String RECORDED = "state recorded";
    private static final String FILE = "file ";

    private final Path dir;
    private final Set<Path> notOurs;

    private DemoOutputFolder(Path dir, Set<Path> notOurs) {
        this.dir = dir;
        this.notOurs = notOurs;
    }

    /** @return the output folder */
    Path dir() {
        return dir;
    }

    /**
     * Makes {@code dir} ready for a demo run: creates it, or clears an earlier run's files, and marks
     * the manifest {@code running}.
     *
     * @param dir the {@code --out} folder
     * @return the prepared folder
     * @throws IllegalArgumentException when the folder is not new, empty or a recorded demo output
     *     (nothing is deleted then)
     * @throws IOException when a file cannot be deleted or the manifest written
     */
    static DemoOutputFolder prepare(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root)) {
            throw new IllegalArgumentException("--out " + dir + " is a file, expected a folder");
        }
        Files.createDirectories(root);
        Path manifest = root.resolve(MANIFEST);
        if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
            clear(root, readManifest(dir, manifest));
        } else if (!isEmpty(root)) {
            throw new IllegalArgumentException("--out " + dir + " is not empty and is not an earlier demo's output "
                    + "(it has no " + MANIFEST + "); choose a new or empty folder");
        }
        Set<Path> before = new HashSet<>(filesUnderOwned(root));
        for (String name : OWNED) {
            Path p = root.resolve(name);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException("--out " + dir + " holds " + name + ", which the demo did not write "
                        + "and would overwrite; move it or choose another folder");
            }
        }
        Files.writeString(manifest, HEADER + "\n" + RUNNING + "\n", StandardCharsets.UTF_8);
        return new DemoOutputFolder(root, before);
    }

    /**
     * Records every file the run wrote under the demo's entries (whether the run succeeded or not),
     * so the next run can replace them.
     *
     * @throws IOException when the manifest cannot be written
     */
    void record() throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n').append(RECORDED).append('\n');
        for (Path p : new TreeSet<>(filesUnderOwned(dir))) {
            if (!notOurs.contains(p)) {
                b.append(FILE).append(dir.relativize(p).toString().replace('\\', '/')).append('\n');
            }
        }
        AtomicFile.writeString(dir.resolve(MANIFEST), b);
    }

    private static List<String> readManifest(Path dir, Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--out " + dir + ": " + MANIFEST + " is not a regular file; choose a new folder");
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("--out " + dir + ": " + MANIFEST + " is not a manifest this version of "
                    + "iotad wrote (an older demo kept no list of its files); delete the folder's demo files by hand or "
                    + "choose a new folder");
        }
        if (lines.get(1).equals(RUNNING)) {
            throw new IllegalArgumentException("--out " + dir + ": an earlier demo run there did not finish (it was "
                    + "stopped before it could record its files), so it is not known which files are the demo's; "
                    + "delete " + String.join(", ", OWNED) + " and " + MANIFEST + " there by hand, or choose a new folder");
        }
        if (!lines.get(1).equals(RECORDED)) {
            throw new IllegalArgumentException("--out " + dir + ": " + MANIFEST + " line 2 is '" + lines.get(1)
                    + "', expected '" + RECORDED + "'");
        }
        List<String> files = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(FILE)) {
                throw new IllegalArgumentException("--out " + dir + ": " + MANIFEST + " line " + (i + 1) + " is '" + line
                        + "', expected 'file RELATIVE/PATH'");
            }
            files.add(line.substring(FILE.length()));
        }
        return files;
    }

    /** Deletes the listed files after checking every one of them; then the folders they leave empty. */
    private static void clear(Path root, List<String> listed) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String rel : listed) {
            files.add(checkedPath(root, rel));
        }
        Set<Path> parents = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Path f : files) {
            if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalArgumentException("--out " + root + ": " + root.relativize(f) + " is listed as a "
                            + "demo file but is a folder; nothing was deleted past this point");
                }
                Files.delete(f);
            }
            for (Path p = f.getParent(); p != null && !p.equals(root); p = p.getParent()) {
                parents.add(p);
            }
        }
        for (Path p : parents) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isEmpty(p)) {
                Files.delete(p);
            }
        }
    }

    /** A manifest entry as a path: relative, inside the folder, under an owned entry, with no link on the way. */
    private static Path checkedPath(Path root, String rel) {
        Path relative = Path.of(rel);
        Path p = root.resolve(relative).normalize();
        boolean plain = !rel.isEmpty() && !relative.isAbsolute() && relative.normalize().equals(relative)
                && !rel.contains("..") && p.startsWith(root) && !p.equals(root)
                && OWNED.contains(root.relativize(p).getName(0).toString());
        if (!plain) {
            throw new IllegalArgumentException("--out " + root + ": " + MANIFEST + " lists '" + rel + "', which is not "
                    + "a file the demo writes (it must lie under one of " + OWNED + "); nothing was deleted");
        }
        Path q = root;
        for (Path name : relative) {
            q = q.resolve(name);
            // the listed file itself may be a link (deleting it removes only the link); a folder on the way may not
            if (!q.equals(p) && Files.isSymbolicLink(q)) {
                throw new IllegalArgumentException("--out " + root + ": " + root.relativize(q) + " is a symbolic link; "
                        + "the demo does not delete through links; nothing was deleted");
            }
        }
        return p;
    }

    private static List<Path> filesUnderOwned(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String name : OWNED) {
            Path p = root.resolve(name);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).forEach(out::add);
                }
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
