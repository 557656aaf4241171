package io.iotad.simulator.physics;

import java.time.LocalDate;

/**
 * Builds one raw JSON line (DATA-CONTRACT §1.1) without a JSON library: the simulator writes
 * millions of them, and every value it writes is a fixed-point decimal, so exact and fast
 * formatting is simple. Not thread-safe; one per apartment simulation.
 */
final class ReadingLine {
    private final StringBuilder sb = new StringBuilder(512);
    private final String header;
    private long cachedEpochDay = Long.MIN_VALUE;
    private String cachedDate = "";
    private int readings;

    /**
     * @param buildingId the building id (plain ASCII identifier, needs no escaping)
     * @param apartmentId the apartment id (plain ASCII identifier)
     */
    ReadingLine(String buildingId, String apartmentId) {
        this.header = "\",\"building_id\":\"" + buildingId + "\",\"apartment_id\":\"" + apartmentId
                + "\",\"readings\":[";
    }

    /** Starts a line at an instant (written as UTC, second precision). */
    void start(long epochSecond) {
        sb.setLength(0);
        readings = 0;
        sb.append("{\"timestamp_str\":\"");
        long day = Math.floorDiv(epochSecond, 86_400L);
        if (day != cachedEpochDay) {
            cachedEpochDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        int sec = (int) Math.floorMod(epochSecond, 86_400L);
        sb.append(cachedDate).append('T');
        two(sec / 3600);
        sb.append(':');
        two(sec / 60 % 60);
        sb.append(':');
        two(sec % 60);
        sb.append('Z').append(header);
    }

    /** Adds an apartment-level reading of {@code units × 10^-scale}. */
    void add(String sensorType, long units, int scale) {
        comma();
        sb.append("{\"sensor_type\":\"").append(sensorType).append("\",\"value\":");
        decimal(units, scale);
        sb.append('}');
    }

    /** Adds a room reading of {@code units × 10^-scale}. */
    void add(String sensorType, String roomName, long units, int scale) {
        comma();
        sb.append("{\"sensor_type\":\"").append(sensorType).append("\",\"room_name\":\"").append(roomName)
                .append("\",\"value\":");
        decimal(units, scale);
        sb.append('}');
    }

    /** @return number of readings added since {@link #start(long)} */
    int readings() {
        return readings;
    }

    /** @return the finished line, without a line terminator */
    String finish() {
        return sb.append("]}").toString();
    }

    private void comma() {
        if (readings++ > 0) {
            sb.append(',');
        }
    }

    private void two(int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** Appends units × 10^-scale as a plain decimal with exactly {@code scale} decimals (an integer for scale 0). */
    private void decimal(long units, int scale) {
        if (units < 0) {
            sb.append('-');
            units = -units;
        }
        if (scale == 0) {
            sb.append(units);
            return;
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        sb.append(units / pow).append('.');
        String frac = Long.toString(units % pow);
        for (int i = frac.length(); i < scale; i++) {
            sb.append('0');
        }
        sb.append(frac);
    }
}
