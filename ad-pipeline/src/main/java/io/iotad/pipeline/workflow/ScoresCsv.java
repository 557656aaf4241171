package io.iotad.pipeline.workflow;

import io.iotad.core.files.AtomicFile;
import io.iotad.core.score.Scores;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes batch scores as CSV ({@code apartment_id,building_id,event_date,score}; an unscored row
 * has an empty score): the seed's Batch Transform output.
 */
public final class ScoresCsv {
    private ScoresCsv() {
    }

    /**
     * @param scores the scores
     * @param file the target, written atomically
     * @throws IOException when writing fails
     */
    public static void write(Scores scores, Path file) throws IOException {
        AtomicFile.writeText(file, w -> {
            w.write("apartment_id,building_id,event_date,score\n");
            for (int i = 0; i < scores.size(); i++) {
                double s = scores.score(i);
                w.write(scores.rows().apartmentId(i) + "," + scores.rows().buildingId(i) + "," + scores.rows().eventDate(i)
                        + "," + (Double.isNaN(s) ? "" : Double.toString(s)) + "\n");
            }
        });
    }
}
