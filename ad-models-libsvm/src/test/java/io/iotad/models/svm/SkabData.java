package io.iotad.models.svm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the external SKAB development data (GPL, never copied into the repository). */
final class SkabData {
    private SkabData() {
    }

    /**
     * Looks for {@code shared/data/skab-dev} beside the repository root ({@code ../shared} from the
     * root), then one level higher (a worktree under a sibling folder).
     *
     * @return the folder, if present
     */
    static Optional<Path> locate() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
            Path p = dir.resolve("shared/data/skab-dev");
            if (Files.isDirectory(p.resolve("valve1"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
