package io.iotad.features.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one raw file yielded: its accepted readings in line order (columnar, with file-local name ids),
 * its quarantined lines and its counters. Filled by {@link RawFileReader}, consumed once by
 * {@link ReadingsAssembler} in path order.
 */
final class FileBatch {
    final String file;
    final NameTable apartments = new NameTable();
    final NameTable buildings = new NameTable();
    final NameTable sensors = new NameTable();
    final NameTable rooms = new NameTable();
    final TripleIndex series = new TripleIndex();
    final List<QuarantineRecord> quarantine = new ArrayList<>();

    int readingCount;
    int[] readingSeries = new int[1024];
    long[] readingNanos = new long[1024];
    double[] readingValues = new double[1024];

    /** Accepted lines: apartment (local id) and instant, for late-line counting across files. */
    int acceptedLines;
    int[] lineApartment = new int[256];
    long[] lineNanos = new long[256];

    /** Per local apartment: its building (local id), the line that first named it, its latest instant. */
    int[] apartmentBuilding = new int[16];
    long[] apartmentFirstLine = new long[16];
    long[] apartmentLatest = new long[16];

    long lines;
    long blankLines;
    long quarantinedLines;
    long outOfOrderLines;
    boolean byteOrderMark;
    /** Lines ended by a lone {@code \r} (not part of {@code \r\n}). */
    long bareCrLineBreaks;
    /** Zero bytes after the last gzip member (tolerated padding). */
    long gzipPaddingBytes;
    /** Set when the file could not be read to its end: the run fails. */
    FileLoss loss;
    /** The first apartment found under two buildings in this file, or null. */
    String buildingConflict;

    FileBatch(String file) {
        this.file = file;
        rooms.intern(ReadingsAssembler.DEFAULT_ROOM);
    }

    void addReading(int seriesId, long nanos, double value) {
        if (readingCount == readingValues.length) {
            int n = readingCount * 2;
            readingSeries = Arrays.copyOf(readingSeries, n);
            readingNanos = Arrays.copyOf(readingNanos, n);
            readingValues = Arrays.copyOf(readingValues, n);
        }
        readingSeries[readingCount] = seriesId;
        readingNanos[readingCount] = nanos;
        readingValues[readingCount] = value;
        readingCount++;
    }

    /** Records an accepted line; checks its building and ordering. */
    void addLine(int apartment, int building, long nanos, long lineNumber) {
        if (acceptedLines == lineNanos.length) {
            lineApartment = Arrays.copyOf(lineApartment, acceptedLines * 2);
            lineNanos = Arrays.copyOf(lineNanos, acceptedLines * 2);
        }
        lineApartment[acceptedLines] = apartment;
        lineNanos[acceptedLines] = nanos;
        acceptedLines++;
        if (apartment >= apartmentLatest.length) {
            int n = Math.max(apartment + 1, apartmentLatest.length * 2);
            apartmentBuilding = Arrays.copyOf(apartmentBuilding, n);
            apartmentFirstLine = Arrays.copyOf(apartmentFirstLine, n);
            apartmentLatest = Arrays.copyOf(apartmentLatest, n);
        }
        if (apartmentFirstLine[apartment] == 0) {
            apartmentFirstLine[apartment] = lineNumber;
            apartmentBuilding[apartment] = building;
            apartmentLatest[apartment] = nanos;
            return;
        }
        if (apartmentBuilding[apartment] != building && buildingConflict == null) {
            buildingConflict = "apartment_id '" + apartments.name(apartment) + "' reports under building_id '"
                    + buildings.name(apartmentBuilding[apartment]) + "' (" + file + ":" + apartmentFirstLine[apartment]
                    + ") and under building_id '" + buildings.name(building) + "' (" + file + ":" + lineNumber + ")";
        }
        if (nanos < apartmentLatest[apartment]) {
            outOfOrderLines++;
        } else {
            apartmentLatest[apartment] = nanos;
        }
    }

    /** Releases the readings once they are merged. */
    void releaseReadings() {
        readingSeries = null;
        readingNanos = null;
        readingValues = null;
        lineApartment = null;
        lineNanos = null;
    }
}
