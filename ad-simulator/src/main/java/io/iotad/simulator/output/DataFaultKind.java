package io.iotad.simulator.output;

import java.util.Arrays;
import java.util.Locale;

/** The data faults the simulator can inject into the files it writes (never labels: the data is bad, not the heating). */
public enum DataFaultKind {
    /** A corrupted extra copy of a valid line: bad JSON, a missing field, a string value or a bad timestamp. */
    MALFORMED_LINE,
    /** An exact copy of a line, written a few lines later in the same file. */
    DUPLICATE_LINE,
    /** Some of a day's lines delivered in a later day's folder, in reverse order. */
    LATE_FILE,
    /** A replaced heat meter: the counter restarts from a small value. */
    METER_REPLACEMENT,
    /** One building's processed weather missing for one whole day. */
    WEATHER_GAP;

    /** @return the name written to the {@code kind} column of data_faults.csv, e.g. {@code late_file} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a name such as {@code late_file} (case-insensitive, '-' allowed for '_')
     * @return the kind
     * @throws IllegalArgumentException naming the value and the accepted ones, if unknown
     */
    public static DataFaultKind fromId(String id) {
        String c = id == null ? "" : id.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (DataFaultKind k : values()) {
            if (k.name().equals(c)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown data fault kind '" + id + "', expected one of "
                + Arrays.stream(values()).map(DataFaultKind::id).toList());
    }
}
