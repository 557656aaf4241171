package io.iotad.features.ingest;

import io.iotad.core.concurrent.Workers;
import io.iotad.core.data.DataException;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.SensorSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges file batches, strictly in file-path order, into per-apartment series: the deterministic half of
 * ingestion. Whatever order the files were parsed in, the result depends only on the path order and the
 * line order within each file, so "the last duplicate wins" is well defined (DATA-CONTRACT §1.1).
 *
 * <p>An apartment that reports under two building ids is a {@link DataException} naming the apartment,
 * both buildings and where each was seen: an apartment cannot move between buildings, so this is a
 * topology error in the feed, not line noise to be quarantined.
 */
final class ReadingsAssembler {
    /** Room of a reading that names none (DATA-CONTRACT §1.1). */
    static final String DEFAULT_ROOM = "default";

    private final Map<String, Integer> apartmentIds = new HashMap<>();
    private final List<String> apartmentNames = new ArrayList<>();
    private final List<String> apartmentBuilding = new ArrayList<>();
    private final List<String> apartmentFirstSeen = new ArrayList<>();
    private long[] apartmentLatest = new long[64];
    private final List<List<SeriesBuffer>> apartmentSeries = new ArrayList<>();
    private final Map<String, Integer> sensorIds = new HashMap<>();
    private final Map<String, Integer> roomIds = new HashMap<>();
    private final TripleIndex seriesIndex = new TripleIndex();
    private final List<SeriesBuffer> series = new ArrayList<>();
    private final Map<String, Long> sensorCounts = new TreeMap<>();
    private final List<FileReport> files = new ArrayList<>();

    /**
     * Adds one file's accepted readings; call in file-path order.
     *
     * @throws DataException when an apartment appears under a second building
     */
    void add(FileBatch batch) {
        if (batch.buildingConflict != null) {
            throw new DataException(batch.file, 0, "building_id", "", "one building per apartment, but "
                    + batch.buildingConflict);
        }
        int[] aptMap = new int[batch.apartments.size()];
        long[] latestBefore = new long[aptMap.length];
        for (int a = 0; a < aptMap.length; a++) {
            aptMap[a] = apartment(batch, a);
            latestBefore[a] = apartmentLatest[aptMap[a]];
        }
        long late = 0;
        for (int i = 0; i < batch.acceptedLines; i++) {
            int a = batch.lineApartment[i];
            long t = batch.lineNanos[i];
            if (t < latestBefore[a]) {
                late++;
            }
            if (t > apartmentLatest[aptMap[a]]) {
                apartmentLatest[aptMap[a]] = t;
            }
        }
        int[] seriesMap = new int[batch.series.size()];
        for (int s = 0; s < seriesMap.length; s++) {
            String sensor = batch.sensors.name(batch.series.second(s));
            String room = batch.rooms.name(batch.series.third(s));
            int apt = aptMap[batch.series.first(s)];
            int sensorId = sensorIds.computeIfAbsent(sensor, k -> sensorIds.size());
            int roomId = roomIds.computeIfAbsent(room, k -> roomIds.size());
            int id = seriesIndex.idOf(apt, sensorId, roomId);
            if (id == series.size()) {
                SeriesBuffer buffer = new SeriesBuffer(apt, sensor, room);
                series.add(buffer);
                apartmentSeries.get(apt).add(buffer);
            }
            seriesMap[s] = id;
        }
        long[] perLocalSeries = new long[seriesMap.length];
        int[] rs = batch.readingSeries;
        long[] rt = batch.readingNanos;
        double[] rv = batch.readingValues;
        for (int i = 0; i < batch.readingCount; i++) {
            series.get(seriesMap[rs[i]]).add(rt[i], rv[i]);
            perLocalSeries[rs[i]]++;
        }
        for (int s = 0; s < seriesMap.length; s++) {
            sensorCounts.merge(batch.sensors.name(batch.series.second(s)), perLocalSeries[s], Long::sum);
        }
        files.add(new FileReport(batch.file, batch.lines, batch.blankLines, batch.readingCount,
                batch.quarantinedLines, batch.outOfOrderLines, late, batch.byteOrderMark, batch.bareCrLineBreaks,
                batch.gzipPaddingBytes));
        batch.releaseReadings();
    }

    private int apartment(FileBatch batch, int local) {
        String name = batch.apartments.name(local);
        String building = batch.buildings.name(batch.apartmentBuilding[local]);
        Integer id = apartmentIds.get(name);
        if (id == null) {
            id = apartmentNames.size();
            apartmentIds.put(name, id);
            apartmentNames.add(name);
            apartmentBuilding.add(building);
            apartmentFirstSeen.add(batch.file + ":" + batch.apartmentFirstLine[local]);
            apartmentSeries.add(new ArrayList<>());
            if (id == apartmentLatest.length) {
                apartmentLatest = Arrays.copyOf(apartmentLatest, id * 2);
            }
            apartmentLatest[id] = Long.MIN_VALUE;
        } else if (!apartmentBuilding.get(id).equals(building)) {
            throw new DataException(batch.file, batch.apartmentFirstLine[local], "building_id", building,
                    "one building per apartment, but apartment_id '" + name + "' reported under building_id '"
                            + apartmentBuilding.get(id) + "' first (" + apartmentFirstSeen.get(id) + ")");
        }
        return id;
    }

    /** @return the file reports so far, in path order */
    List<FileReport> files() {
        return List.copyOf(files);
    }

    /** @return readings per sensor type (before de-duplication), sorted by type */
    Map<String, Long> sensorCounts() {
        return new TreeMap<>(sensorCounts);
    }

    /**
     * Builds the per-apartment readings, sorted by apartment id; series sorted by sensor type then room.
     * Apartments are built in parallel; the result does not depend on {@code threads}.
     *
     * @param duplicates receives the number of readings dropped as duplicates in {@code [0]}
     * @param threads worker threads, at least 1
     */
    List<ApartmentReadings> build(long[] duplicates, int threads) {
        Integer[] order = new Integer[apartmentNames.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(apartmentNames::get));
        ApartmentReadings[] built = new ApartmentReadings[order.length];
        long[] dropped = new long[order.length];
        try {
            Workers.forEachIndex(order.length, threads, i -> built[i] = buildOne(order[i], dropped, i));
        } catch (RuntimeException e) {
            throw new IllegalStateException("grouping readings failed", e);
        }
        List<ApartmentReadings> out = new ArrayList<>(order.length);
        for (int i = 0; i < built.length; i++) {
            duplicates[0] += dropped[i];
            if (built[i] != null) {
                out.add(built[i]);
            }
        }
        return out;
    }

    /** @return the apartment's readings, or null when it has none (only lines with empty readings arrays) */
    private ApartmentReadings buildOne(int apt, long[] dropped, int slot) {
        List<SeriesBuffer> buffers = new ArrayList<>(apartmentSeries.get(apt));
        apartmentSeries.set(apt, List.of());
        buffers.sort(Comparator.comparing((SeriesBuffer s) -> s.sensor).thenComparing(s -> s.room));
        List<SensorSeries> series = new ArrayList<>(buffers.size());
        long[] count = new long[1];
        long[] instants = new long[0];
        for (SeriesBuffer b : buffers) {
            SensorSeries s = b.toSeries(count);
            series.add(s);
            instants = union(instants, s.epochNanos());
        }
        dropped[slot] = count[0];
        if (instants.length == 0) {
            return null; // nothing reported, as in the reference
        }
        return new ApartmentReadings(apartmentNames.get(apt), apartmentBuilding.get(apt), series, instants);
    }

    /** @return the sorted distinct union of two sorted distinct arrays */
    static long[] union(long[] a, long[] b) {
        if (a.length == 0) {
            return b.clone();
        }
        if (Arrays.equals(a, b)) {
            return a;
        }
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x < y) {
                out[n++] = x;
                i++;
            } else if (y < x) {
                out[n++] = y;
                j++;
            } else {
                out[n++] = x;
                i++;
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
