package io.iotad.features.lake;

import java.util.List;

/** The processed zone's schema (DATA-CONTRACT §2): sensor types stored as columns, and their column names. */
final class LakeColumns {
    /** Sensor types with a column, in column order; the column has the sensor type's name. */
    static final List<String> SENSORS = List.of("heating_energy_kwh", "hot_water_litres", "room_temp_c", "setpoint_temp_c");
    /** The file name of every day partition. */
    static final String FILE_NAME = "readings.parquet";

    private LakeColumns() {
    }

    /**
     * @return the SQL of the columns of the appender's staging table: one row per apartment, room and UTC day,
     *     whose lists hold that day's instants and, aligned with them, each column's values (NULL inside a
     *     list = no reading then; a NULL list = no such sensor in the room)
     */
    static String groupsDdl() {
        return "apartment_id VARCHAR NOT NULL, building_id VARCHAR NOT NULL, room_name VARCHAR NOT NULL, "
                + "event_day DATE NOT NULL, event_epoch_ns BIGINT[] NOT NULL, heating_energy_kwh DOUBLE[], "
                + "hot_water_litres DOUBLE[], room_temp_c DOUBLE[], setpoint_temp_c DOUBLE[], outdoor_temp_c DOUBLE[]";
    }

    /**
     * @param groups a table of {@link #groupsDdl()}
     * @return a query of its rows ({@code apartment_id, building_id, event_epoch_ns, room_name}, the sensor
     *     columns, {@code outdoor_temp_c, event_day}), in the groups' order (the lists are unnested side by
     *     side; a NULL list gives NULLs)
     */
    static String rowsOfGroups(String groups) {
        return "SELECT apartment_id, building_id, unnest(event_epoch_ns) AS event_epoch_ns, room_name, "
                + "unnest(heating_energy_kwh) AS heating_energy_kwh, unnest(hot_water_litres) AS hot_water_litres, "
                + "unnest(room_temp_c) AS room_temp_c, unnest(setpoint_temp_c) AS setpoint_temp_c, "
                + "unnest(outdoor_temp_c) AS outdoor_temp_c, event_day FROM " + groups;
    }
}
