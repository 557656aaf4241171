package io.iotad.pipeline.workflow;

import static io.iotad.core.csv.Csv.quote;

import io.iotad.core.files.AtomicFile;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Scores;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes scores as CSV ({@code apartment_id,building_id,event_date,score}; an unscored row has an
 * empty score; ids with a comma, quote or line break are quoted as RFC 4180 says): the seed's
 * Batch Transform output, written by the inference and evaluation workflows and the CSV scoring mode.
 */
public final class ScoresCsv {
    private ScoresCsv() {
    }

    /**
     * Writes atomically: a temporary file beside the target, then a rename; nothing is left behind
     * when writing fails.
     *
     * @param scores the scores
     * @param file the target
     * @throws IOException when writing fails
     */
    public static void write(Scores scores, Path file) throws IOException {
        AtomicFile.writeText(file, w -> {
            w.write("apartment_id,building_id,event_date,score\n");
            FeatureFrame rows = scores.rows();
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < scores.size(); i++) {
                line.setLength(0);
                line.append(quote(rows.apartmentId(i))).append(',').append(quote(rows.buildingId(i))).append(',')
                        .append(rows.eventDate(i)).append(',');
                double s = scores.score(i);
                if (!Double.isNaN(s)) {
                    line.append(s);
                }
                w.append(line).append('\n');
            }
        });
    }
}
