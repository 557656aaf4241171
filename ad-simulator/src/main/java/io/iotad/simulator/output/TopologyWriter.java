package io.iotad.simulator.output;

import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Building;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes buildings.csv and apartments.csv (DATA-CONTRACT §1.3; buildings.csv adds an {@code archetype} column). */
public final class TopologyWriter {
    /** Header of buildings.csv. */
    public static final String BUILDINGS_HEADER =
            "building_id,latitude,longitude,year_built,floor_area_sqm,num_apartments,insulation_type,archetype";
    /** Header of apartments.csv. */
    public static final String APARTMENTS_HEADER = "apartment_id,building_id,num_rooms,floor_area_sqm";

    private TopologyWriter() {
    }

    /**
     * @param file buildings.csv
     * @param buildings buildings in index order
     * @throws IOException if the file cannot be written
     */
    public static void writeBuildings(Path file, List<Building> buildings) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(BUILDINGS_HEADER + '\n');
            for (Building b : buildings) {
                w.write(b.id() + ',' + Fixed.coordinate(b.region().latitude()) + ','
                        + Fixed.coordinate(b.region().longitude()) + ',' + b.yearBuilt() + ','
                        + Fixed.oneDecimal(b.floorAreaSqm()) + ',' + b.numApartments() + ','
                        + b.archetype().insulationType() + ',' + b.archetype().id() + '\n');
            }
        }
    }

    /**
     * @param file apartments.csv
     * @param apartments apartments in index order
     * @throws IOException if the file cannot be written
     */
    public static void writeApartments(Path file, List<Apartment> apartments) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(APARTMENTS_HEADER + '\n');
            for (Apartment a : apartments) {
                w.write(a.id() + ',' + a.building().id() + ',' + a.rooms().size() + ','
                        + Fixed.oneDecimal(a.floorAreaSqm()) + '\n');
            }
        }
    }
}
