package io.iotad.core.artifact;

import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table keyed by id (an apartment's or a building's) in a strategy payload: the entry count, then each
 * id ({@link PayloadWriter#writeString}) followed by its value. Reading checks the count against the
 * bytes left before anything is allocated, as every bounded read of {@link PayloadReader} does.
 */
public final class IdKeyedTable {
    private IdKeyedTable() {
    }

    /**
     * Writes one value of a table.
     *
     * @param <V> the value's type
     */
    @FunctionalInterface
    public interface ValueWriter<V> {
        /**
         * @param w the payload being written
         * @param value the value
         * @throws IOException when writing fails
         */
        void write(PayloadWriter w, V value) throws IOException;
    }

    /**
     * Reads one value of a table.
     *
     * @param <V> the value's type
     */
    @FunctionalInterface
    public interface ValueReader<V> {
        /**
         * @param r the payload being read
         * @return the value
         * @throws IOException when the value is truncated or out of bounds
         */
        V read(PayloadReader r) throws IOException;
    }

    /**
     * Writes a table in the map's iteration order (a sorted map gives the ids sorted).
     *
     * @param <V> the values' type
     * @param w the payload being written
     * @param values the table
     * @param value how one value is written
     * @throws IOException when writing fails
     */
    public static <V> void write(PayloadWriter w, Map<String, V> values, ValueWriter<? super V> value) throws IOException {
        w.writeInt(values.size());
        for (Map.Entry<String, V> e : values.entrySet()) {
            w.writeString(e.getKey());
            value.write(w, e.getValue());
        }
    }

    /**
     * Reads a table {@link #write} wrote: the entry count, checked against the bytes left before anything
     * is allocated, then each id and its value.
     *
     * @param <V> the values' type
     * @param r the payload being read
     * @param countField what is counted, for messages, e.g. {@code "apartment count"}
     * @param idField the ids, for messages, e.g. {@code "apartment id"}
     * @param entryBytes the fewest bytes one entry (id and value) takes, at least 1
     * @param value how one value is read
     * @return the table, sorted by id
     * @throws CorruptPayloadException when a count or length is out of bounds or the table is truncated
     */
    public static <V> SortedMap<String, V> read(PayloadReader r, String countField, String idField, long entryBytes,
                                                ValueReader<? extends V> value) throws IOException {
        int n = r.readCount(countField, entryBytes);
        SortedMap<String, V> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            out.put(r.readString(idField), value.read(r));
        }
        return out;
    }
}
