package io.iotad.simulator.portfolio;

/**
 * One heated room of an apartment, with its physical constants.
 *
 * @param name room name as written in {@code room_name} (for example {@code living_room})
 * @param floorAreaSqm floor area in m², positive
 * @param lossWPerK heat loss coefficient UA to the outdoors, in W/K
 * @param capacitanceWhPerK thermal capacitance of air, furniture and inner walls, in Wh/K
 * @param couplingWPerK heat exchange with the apartment's other rooms, in W/K
 * @param comfortSetpointC the residents' preferred daytime setpoint, in °C (multiple of 0.5)
 */
public record Room(String name, double floorAreaSqm, double lossWPerK, double capacitanceWhPerK,
        double couplingWPerK, double comfortSetpointC) {
}
