package io.iotad.pipeline.labels;

import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.csv.Csv;
import io.iotad.core.csv.CsvLines;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@code labels.csv} format of DATA-CONTRACT §1.4: a header
 * {@code apartment_id,event_date,label,cause}, then one verdict per line; {@code label} is 1 (fault)
 * or 0 (non-fault), {@code event_date} is {@code YYYY-MM-DD}, {@code cause} is free text. Fields are
 * quoted as in RFC 4180 when they hold a comma or a double quote; a field may not hold a line break.
 * A later line on the same apartment-day replaces an earlier one.
 */
public final class LabelsCsv {
    /** The header line. */
    public static final String HEADER = "apartment_id,event_date,label,cause";
    private static final String[] COLUMNS = HEADER.split(",");

    private LabelsCsv() {
    }

    /**
     * @param file a labels.csv
     * @return its verdicts (a later line on the same apartment-day wins)
     * @throws IOException when the file cannot be read
     * @throws DataException naming the file, line, field, value and expectation for the first bad line
     */
    public static Labels read(Path file) throws IOException {
        List<Label> labels = new ArrayList<>();
        try (CsvLines lines = CsvLines.open(file, ',')) {
            String header = lines.next(false) ? lines.lineText() : null;
            if (header == null || !header.strip().equals(HEADER)) {
                throw new DataException(file.toString(), 1, "header", header == null ? "" : header,
                        "the header '" + HEADER + "'");
            }
            lines.names(List.of(COLUMNS));
            while (lines.next(true)) {
                labels.add(parse(file, lines));
            }
        }
        return Labels.of(labels);
    }

    private static Label parse(Path file, CsvLines lines) {
        long lineNo = lines.line();
        if (lines.cellCount() != COLUMNS.length) {
            throw new DataException(file.toString(), lineNo, "", lines.lineText(), COLUMNS.length + " fields (" + HEADER
                    + "), found " + lines.cellCount());
        }
        List<String> f = List.of(lines.text(0), lines.text(1), lines.text(2), lines.text(3));
        String apartment = f.get(0).strip();
        if (apartment.isEmpty()) {
            throw new DataException(file.toString(), lineNo, COLUMNS[0], f.get(0), "a non-blank apartment id");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(f.get(1).strip());
        } catch (DateTimeParseException e) {
            throw new DataException(file.toString(), lineNo, COLUMNS[1], f.get(1), "a date YYYY-MM-DD");
        }
        String label = f.get(2).strip();
        if (!label.equals("0") && !label.equals("1")) {
            throw new DataException(file.toString(), lineNo, COLUMNS[2], f.get(2), "0 (non-fault) or 1 (fault)");
        }
        return new Label(apartment, date, Integer.parseInt(label), f.get(3));
    }

    /**
     * @param label a verdict
     * @return its CSV line, without line break
     * @throws IllegalArgumentException when a field holds a line break
     */
    public static String format(Label label) {
        return quote(label.apartmentId()) + "," + label.eventDate() + "," + label.label() + "," + quote(label.cause());
    }

    private static String quote(String s) {
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a labels.csv field may not hold a line break: '" + s + "'");
        }
        return Csv.quote(s);
    }

    /**
     * Writes a whole file atomically (a temporary file renamed into place).
     *
     * @param file target
     * @param labels verdicts, written in order
     * @throws IOException when it cannot be written
     */
    public static void write(Path file, Collection<Label> labels) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Label l : labels) {
            b.append(format(l)).append('\n');
        }
        AtomicFile.writeString(file, b);
    }
}
