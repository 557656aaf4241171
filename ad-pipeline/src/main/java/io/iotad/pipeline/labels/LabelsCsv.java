package io.iotad.pipeline.labels;

import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header != null && header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            if (header == null || !header.strip().equals(HEADER)) {
                throw new DataException(file.toString(), 1, "header", header == null ? "" : header,
                        "the header '" + HEADER + "'");
            }
            String line;
            long lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    labels.add(parse(file, lineNo, line));
                }
            }
        }
        return Labels.of(labels);
    }

    private static Label parse(Path file, long lineNo, String line) {
        List<String> f = split(file, lineNo, line);
        if (f.size() != COLUMNS.length) {
            throw new DataException(file.toString(), lineNo, "", line, COLUMNS.length + " fields (" + HEADER
                    + "), found " + f.size());
        }
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

    private static List<String> split(Path file, long lineNo, String line) {
        List<String> fields = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new DataException(file.toString(), lineNo, COLUMNS[Math.min(fields.size(), 3)], line,
                                "a closing double quote");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cur.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cur.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new DataException(file.toString(), lineNo, COLUMNS[Math.min(fields.size(), 3)], line,
                            "a comma after the closing double quote");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    cur.append(line.charAt(i++));
                }
            }
            fields.add(cur.toString());
            cur.setLength(0);
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
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
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
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
