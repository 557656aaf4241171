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

    /** @return the SQL of the columns of a staging table */
    static String stagingDdl() {
        return "apartment_id VARCHAR NOT NULL, building_id VARCHAR NOT NULL, event_epoch_ns BIGINT NOT NULL, "
                + "room_name VARCHAR NOT NULL, heating_energy_kwh DOUBLE, hot_water_litres DOUBLE, room_temp_c DOUBLE, "
                + "setpoint_temp_c DOUBLE, outdoor_temp_c DOUBLE, event_day DATE NOT NULL";
    }
}
