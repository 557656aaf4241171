package io.iotad.simulator.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the data faults of a run in the order they are injected and writes data_faults.csv. */
public final class DataFaultLog {
    /** Header of data_faults.csv. */
    public static final String HEADER = "fault_id,kind,building_id,apartment_id,date,file,line,detail";

    private final List<DataFaultRecord> records = new ArrayList<>();

    /**
     * Records a data fault and gives it the next id.
     *
     * @param kind what was injected
     * @param buildingId building or empty
     * @param apartmentId apartment or empty
     * @param date day of the affected data
     * @param file file relative to the output folder, or empty
     * @param line 1-based line, or 0
     * @param detail description (commas are replaced by semicolons)
     */
    public void add(DataFaultKind kind, String buildingId, String apartmentId, LocalDate date, String file, long line,
            String detail) {
        records.add(new DataFaultRecord(String.format("df_%05d", records.size() + 1), kind, buildingId, apartmentId,
                date, file, line, detail.replace(',', ';')));
    }

    /** @return the records so far, unmodifiable */
    public List<DataFaultRecord> records() {
        return List.copyOf(records);
    }

    /**
     * @param file where to write data_faults.csv
     * @throws IOException if it cannot be written
     */
    public void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (DataFaultRecord r : records) {
                w.write(r.id() + ',' + r.kind().id() + ',' + r.buildingId() + ',' + r.apartmentId() + ',' + r.date()
                        + ',' + r.file() + ',' + r.line() + ',' + r.detail() + '\n');
            }
        }
    }
}
