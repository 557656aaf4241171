package io.iotad.features.topology;

import io.iotad.core.data.DataException;
import io.iotad.features.csv.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the topology CSVs of DATA-CONTRACT §1.3. Columns may come in any order; columns beyond the contract
 * are kept as metadata. Every bad cell is a {@link DataException} naming file, line, column, value and what
 * was expected; a repeated id names both lines.
 */
public final class TopologyCsv {
    private static final Set<String> BUILDING_COLUMNS = Set.of("building_id", "latitude", "longitude", "year_built",
            "floor_area_sqm", "num_apartments", "insulation_type");
    private static final Set<String> APARTMENT_COLUMNS = Set.of("apartment_id", "building_id", "num_rooms", "floor_area_sqm");

    private TopologyCsv() {
    }

    /**
     * Reads {@code buildings.csv}: {@code building_id, latitude, longitude} are required columns and cells;
     * {@code year_built, floor_area_sqm, num_apartments, insulation_type} may be absent or empty.
     *
     * @param file the CSV file
     * @return the buildings by id, in file order
     * @throws IOException when the file cannot be read
     */
    public static Map<String, Building> readBuildings(Path file) throws IOException {
        Map<String, Building> out = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        try (CsvReader csv = CsvReader.open(file)) {
            int id = csv.column("building_id");
            int lat = csv.column("latitude");
            int lon = csv.column("longitude");
            int year = csv.optionalColumn("year_built");
            int area = csv.optionalColumn("floor_area_sqm");
            int count = csv.optionalColumn("num_apartments");
            int insulation = csv.optionalColumn("insulation_type");
            String[] row;
            while ((row = csv.next()) != null) {
                String buildingId = csv.text(row[id], "building_id");
                double latitude = bounded(csv, row[lat], "latitude", -90, 90);
                double longitude = bounded(csv, row[lon], "longitude", -180, 180);
                Long previous = lines.put(buildingId, csv.line());
                if (previous != null) {
                    throw new DataException(csv.source(), csv.line(), "building_id", buildingId,
                            "a unique id (already on line " + previous + ")");
                }
                out.put(buildingId, new Building(buildingId, latitude, longitude, integer(csv, row, year, "year_built", 1000, 2200),
                        positive(csv, row, area, "floor_area_sqm"), integer(csv, row, count, "num_apartments", 0, 1_000_000),
                        insulation < 0 ? "" : row[insulation].trim(), extras(csv.header(), row, BUILDING_COLUMNS)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Reads {@code apartments.csv}: {@code apartment_id, building_id} are required; {@code num_rooms,
     * floor_area_sqm} may be absent or empty.
     *
     * @param file the CSV file
     * @param buildings the known buildings, or null not to check references
     * @return the apartments by id, in file order
     * @throws IOException when the file cannot be read
     * @throws DataException also when an apartment names a building not in {@code buildings}
     */
    public static Map<String, Apartment> readApartments(Path file, Map<String, Building> buildings) throws IOException {
        Map<String, Apartment> out = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        try (CsvReader csv = CsvReader.open(file)) {
            int id = csv.column("apartment_id");
            int bldg = csv.column("building_id");
            int rooms = csv.optionalColumn("num_rooms");
            int area = csv.optionalColumn("floor_area_sqm");
            String[] row;
            while ((row = csv.next()) != null) {
                String apartmentId = csv.text(row[id], "apartment_id");
                String buildingId = csv.text(row[bldg], "building_id");
                if (buildings != null && !buildings.containsKey(buildingId)) {
                    throw new DataException(csv.source(), csv.line(), "building_id", buildingId, "a building of buildings.csv");
                }
                Long previous = lines.put(apartmentId, csv.line());
                if (previous != null) {
                    throw new DataException(csv.source(), csv.line(), "apartment_id", apartmentId,
                            "a unique id (already on line " + previous + ")");
                }
                out.put(apartmentId, new Apartment(apartmentId, buildingId, integer(csv, row, rooms, "num_rooms", 0, 10_000),
                        positive(csv, row, area, "floor_area_sqm"), extras(csv.header(), row, APARTMENT_COLUMNS)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static double bounded(CsvReader csv, String cell, String column, double min, double max) {
        double v = csv.number(cell, column);
        if (!(v >= min && v <= max)) {
            throw new DataException(csv.source(), csv.line(), column, cell, "a number in [" + (int) min + ", " + (int) max + "]");
        }
        return v;
    }

    private static double positive(CsvReader csv, String[] row, int column, String name) {
        if (column < 0) {
            return Double.NaN;
        }
        double v = csv.number(row[column], name);
        if (v <= 0) {
            throw new DataException(csv.source(), csv.line(), name, row[column], "a positive number of m², or empty");
        }
        return v;
    }

    private static OptionalInt integer(CsvReader csv, String[] row, int column, String name, int min, int max) {
        if (column < 0 || row[column].isBlank()) {
            return OptionalInt.empty();
        }
        String s = row[column].trim();
        try {
            int v = Integer.parseInt(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
            if (v >= min && v <= max) {
                return OptionalInt.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(csv.source(), csv.line(), name, row[column], "an integer in [" + min + ", " + max + "], or empty");
    }

    private static Map<String, String> extras(List<String> header, String[] row, Set<String> known) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(header);
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i))) {
                m.put(names.get(i), row[i]);
            }
        }
        return m;
    }
}
