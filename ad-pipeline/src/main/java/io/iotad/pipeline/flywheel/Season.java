package io.iotad.pipeline.flywheel;

import io.iotad.core.frame.FeatureFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The season's feature rows, indexed by day (the flywheel reads windows of days from it). */
final class Season {
    private final FeatureFrame frame;
    private final TreeMap<Long, int[]> rowsByDay = new TreeMap<>();

    Season(FeatureFrame frame) {
        if (frame.rowCount() == 0) {
            throw new IllegalArgumentException("the telemetry gave no feature row");
        }
        this.frame = frame;
        Map<Long, List<Integer>> by = new TreeMap<>();
        for (int i = 0; i < frame.rowCount(); i++) {
            by.computeIfAbsent(frame.epochDay(i), k -> new ArrayList<>()).add(i);
        }
        by.forEach((d, rows) -> rowsByDay.put(d, rows.stream().mapToInt(Integer::intValue).toArray()));
    }

    long firstDay() {
        return rowsByDay.firstKey();
    }

    long lastDay() {
        return rowsByDay.lastKey();
    }

    /** @return the rows of the days {@code from}..{@code to}, day by day */
    FeatureFrame window(long from, long to) {
        Map<Long, int[]> days = rowsByDay.subMap(from, true, to, true);
        int n = days.values().stream().mapToInt(a -> a.length).sum();
        int[] rows = new int[n];
        int k = 0;
        for (int[] a : days.values()) {
            System.arraycopy(a, 0, rows, k, a.length);
            k += a.length;
        }
        return frame.rows(rows);
    }
}
