package io.iotad.features.ingest;

import io.iotad.core.data.DataException;
import java.util.List;

/**
 * One or more raw files could not be read to their end ({@link FileLossReason}). The run stops: the lines
 * of a lost file are not "a few quarantined lines" under the quarantine limit, they are a day (or part of
 * one) whose consumption would read as zero while the apartments are not silent. The message names the
 * first file, the reason, the lines read and the bytes lost, and lists the other lost files.
 */
public final class LostRawFileException extends DataException {
    private static final long serialVersionUID = 1L;
    /** Most lost files named in the message (all are in {@link #losses()}). */
    static final int LISTED = 5;

    private final transient List<FileLoss> losses;

    /** @param losses every lost file, in path order, at least one */
    public LostRawFileException(List<FileLoss> losses) {
        super(losses.get(0).file(), 0, "", losses.get(0).reason().code(), expected(losses));
        this.losses = List.copyOf(losses);
    }

    /** @return every lost file, in path order */
    public List<FileLoss> losses() {
        return losses;
    }

    private static String expected(List<FileLoss> losses) {
        StringBuilder b = new StringBuilder("a raw file readable to its end, but ").append(losses.get(0).describe())
                .append(". A lost file would make its days look like zero consumption; restore it (or take it out of the input)"
                        + " and run again");
        int more = losses.size() - 1;
        if (more > 0) {
            b.append(" (").append(more).append(more == 1 ? " more lost file: " : " more lost files: ");
            for (int i = 1; i < losses.size() && i <= LISTED; i++) {
                if (i > 1) {
                    b.append(", ");
                }
                b.append(losses.get(i).file()).append(" (").append(losses.get(i).reason().code()).append(')');
            }
            if (more > LISTED) {
                b.append(", ...");
            }
            b.append(')');
        }
        return b.toString();
    }
}
