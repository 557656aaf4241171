package io.iotad.features.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The peers of every row of a feature run: rows of the same building on the same calendar day. A
 * building's apartments share its weather and its archetype (construction, insulation, heating curve
 * are building properties in the topology), so comparing within a group cancels both. Immutable.
 */
public final class PeerGroups {
    private final int rowCount;
    private final List<int[]> groups;

    private PeerGroups(int rowCount, List<int[]> groups) {
        this.rowCount = rowCount;
        this.groups = groups;
    }

    /**
     * @param buildingIds building of each row
     * @param dates day of each row, as long as {@code buildingIds}
     * @return the groups of every row, in order of first appearance, each with its rows ascending
     */
    public static PeerGroups of(String[] buildingIds, LocalDate[] dates) {
        boolean[] all = new boolean[buildingIds.length];
        java.util.Arrays.fill(all, true);
        return of(buildingIds, dates, all);
    }

    /**
     * @param buildingIds building of each row
     * @param dates day of each row, as long as {@code buildingIds}
     * @param member whether each row takes part (a row that does not is in no group, and gets no peer value)
     * @return the groups, in order of first appearance, each with its rows ascending
     */
    public static PeerGroups of(String[] buildingIds, LocalDate[] dates, boolean[] member) {
        if (buildingIds.length != dates.length || member.length != dates.length) {
            throw new IllegalArgumentException("buildingIds has " + buildingIds.length + " rows, dates " + dates.length
                    + ", member " + member.length);
        }
        Map<String, Map<LocalDate, List<Integer>>> by = new LinkedHashMap<>();
        for (int r = 0; r < buildingIds.length; r++) {
            if (!member[r]) {
                continue;
            }
            by.computeIfAbsent(Objects.requireNonNull(buildingIds[r], "buildingId"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.requireNonNull(dates[r], "date"), k -> new ArrayList<>()).add(r);
        }
        List<int[]> groups = new ArrayList<>();
        for (Map<LocalDate, List<Integer>> days : by.values()) {
            for (List<Integer> rows : days.values()) {
                groups.add(rows.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new PeerGroups(buildingIds.length, List.copyOf(groups));
    }

    /** @return the number of rows grouped */
    public int rowCount() {
        return rowCount;
    }

    /** @return the number of (building, day) groups */
    public int groupCount() {
        return groups.size();
    }

    /**
     * @param g group index, 0…groupCount()−1
     * @return its rows, ascending (a copy)
     */
    public int[] rows(int g) {
        return groups.get(g).clone();
    }
}
