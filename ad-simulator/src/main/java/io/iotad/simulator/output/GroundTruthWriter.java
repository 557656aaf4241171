package io.iotad.simulator.output;

import io.iotad.core.score.Label;
import io.iotad.simulator.event.GroundTruthEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes labels.csv (DATA-CONTRACT §1.4) and events.csv (every injected event). */
public final class GroundTruthWriter {
    /** Header of labels.csv. */
    public static final String LABELS_HEADER = "apartment_id,event_date,label,cause";
    /** Header of events.csv. */
    public static final String EVENTS_HEADER =
            "event_id,scope,building_id,apartment_id,room_name,kind,start,end,label,severity,onset_hours";

    private GroundTruthWriter() {
    }

    /**
     * @param file labels.csv
     * @param labels labels in the order to write
     * @throws IOException if the file cannot be written
     */
    public static void writeLabels(Path file, List<Label> labels) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(LABELS_HEADER + '\n');
            for (Label l : labels) {
                w.write(l.apartmentId() + ',' + l.eventDate() + ',' + l.label() + ',' + l.cause() + '\n');
            }
        }
    }

    /**
     * @param file events.csv
     * @param events events in the order to write
     * @throws IOException if the file cannot be written
     */
    public static void writeEvents(Path file, List<GroundTruthEvent> events) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(EVENTS_HEADER + '\n');
            for (GroundTruthEvent e : events) {
                w.write(e.id() + ',' + e.scope().id() + ',' + e.buildingId() + ',' + e.apartmentId() + ','
                        + e.roomName() + ',' + e.kind().cause() + ',' + e.start() + ',' + e.end() + ',' + e.label()
                        + ',' + e.severity() + ',' + Math.round(e.onsetHours()) + '\n');
            }
        }
    }
}
