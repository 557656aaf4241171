package io.iotad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header and columns padded to their widest cell, for list commands. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param header the column names */
    TextTable(String... header) {
        this.header = List.of(header);
    }

    /**
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException when the count differs from the header's
     */
    TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** @return the number of rows, without the header */
    int size() {
        return rows.size();
    }

    /** @param w where to print the header and the rows */
    void print(PrintWriter w) {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (List<String> r : all) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                b.append(i == width.length - 1 ? r.get(i) : String.format("%-" + width[i] + "s  ", r.get(i)));
            }
            w.println(b.toString().stripTrailing());
        }
        w.flush();
    }
}
