package io.iotad.simulator.portfolio;

import java.util.List;

/**
 * An apartment and its household's habits.
 *
 * @param id apartment identifier such as {@code apt_00042}
 * @param index 0-based index in the portfolio, also its random streams' index
 * @param building the building it belongs to
 * @param rooms its heated rooms (2–4), unmodifiable
 * @param floorAreaSqm total floor area in m²
 * @param occupants number of residents, 1–4
 * @param nightSetbackC how much the setpoint drops at night, in K (0 = no night setback)
 * @param homeDuringDay whether someone is at home on working days
 * @param hotWaterLitresPerPersonDay average hot-water use per resident and day, in litres
 */
public record Apartment(String id, int index, Building building, List<Room> rooms, double floorAreaSqm,
        int occupants, double nightSetbackC, boolean homeDuringDay, double hotWaterLitresPerPersonDay) {
    /** Makes the room list unmodifiable. */
    public Apartment {
        rooms = List.copyOf(rooms);
    }
}
