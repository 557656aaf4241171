package io.iotad.features.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyCsvTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void given_buildings_with_extra_columns_and_empty_cells_when_read_then_extras_are_metadata_and_empties_missing()
            throws IOException {
        Path f = write("buildings.csv", "\uFEFFbuilding_id,latitude,longitude,year_built,floor_area_sqm,num_apartments,insulation_type,roof\r\n"
                + "b1,48.85,2.35,1972,1200.5,24,\"ETICS, 12cm\",flat\r\n"
                + "b2,45.76,4.84,,,,,\r\n");

        Map<String, Building> b = TopologyCsv.readBuildings(f);

        assertThat(b).containsOnlyKeys("b1", "b2");
        Building b1 = b.get("b1");
        assertThat(b1.latitude()).isEqualTo(48.85);
        assertThat(b1.yearBuilt()).hasValue(1972);
        assertThat(b1.numApartments()).hasValue(24);
        assertThat(b1.insulationType()).isEqualTo("ETICS, 12cm");
        assertThat(b1.metadata()).containsExactly(Map.entry("roof", "flat"));
        assertThat(b.get("b2").yearBuilt()).isEmpty();
        assertThat(b.get("b2").floorAreaSqm()).isNaN();
    }

    @Test
    void given_a_bad_latitude_when_read_then_the_error_names_file_line_column_value_and_expectation() throws IOException {
        Path f = write("buildings.csv", "building_id,latitude,longitude\nb1,48.8,2.3\nb2,91.5,2.3\n");

        assertThatThrownBy(() -> TopologyCsv.readBuildings(f)).isInstanceOf(DataException.class)
                .hasMessageContaining(f + ":3").hasMessageContaining("'latitude'").hasMessageContaining("91.5")
                .hasMessageContaining("[-90, 90]");
    }

    @Test
    void given_a_missing_column_a_short_row_or_a_repeated_id_when_read_then_each_is_named() throws IOException {
        Path noLon = write("a.csv", "building_id,latitude\nb1,1\n");
        Path shortRow = write("b.csv", "building_id,latitude,longitude\nb1,1\n");
        Path repeated = write("c.csv", "building_id,latitude,longitude\nb1,1,1\nb1,2,2\n");
        Path badYear = write("d.csv", "building_id,latitude,longitude,year_built\nb1,1,1,nineteen\n");

        assertThatThrownBy(() -> TopologyCsv.readBuildings(noLon)).hasMessageContaining("'longitude'");
        assertThatThrownBy(() -> TopologyCsv.readBuildings(shortRow)).hasMessageContaining(":2").hasMessageContaining("3 fields");
        assertThatThrownBy(() -> TopologyCsv.readBuildings(repeated)).hasMessageContaining(":3").hasMessageContaining("line 2");
        assertThatThrownBy(() -> TopologyCsv.readBuildings(badYear)).hasMessageContaining("year_built").hasMessageContaining("nineteen");
    }

    @Test
    void given_apartments_when_read_then_building_references_are_checked() throws IOException {
        Map<String, Building> buildings = TopologyCsv.readBuildings(write("b.csv", "building_id,latitude,longitude\nb1,1,1\n"));
        Path ok = write("a.csv", "apartment_id,building_id,num_rooms,floor_area_sqm,orientation\na1,b1,3,65.5,south\n");
        Path dangling = write("x.csv", "apartment_id,building_id\na1,b9\n");

        Map<String, Apartment> apts = TopologyCsv.readApartments(ok, buildings);

        assertThat(apts.get("a1").numRooms()).hasValue(3);
        assertThat(apts.get("a1").floorAreaSqm()).isEqualTo(65.5);
        assertThat(apts.get("a1").metadata()).containsEntry("orientation", "south");
        assertThatThrownBy(() -> TopologyCsv.readApartments(dangling, buildings)).isInstanceOf(DataException.class)
                .hasMessageContaining("b9").hasMessageContaining("buildings.csv");
    }
}
