package io.iotad.simulator.portfolio;

/**
 * A building's construction type, which sets how fast its rooms lose heat and how slowly they
 * react. Specific heat loss includes transmission and ventilation; typical annual heating demand
 * is about 15 kWh/m² for a passive house, 50–70 for a 2010s building and 120–150 for an
 * unrenovated 1980s block.
 */
public enum Archetype {
    /** A passive house: tiny heat loss, very slow rooms, strong solar gains. */
    PASSIVE_HOUSE("passive_house", "passive_house", 0.35, 120.0, 0.30, 2012, 2021),
    /** The common standard 10-storey 2010s building. */
    STANDARD_2010S("standard_2010s", "standard", 0.80, 50.0, 0.20, 2008, 2019),
    /** A poorly insulated block of the 1980s: high heat loss, fast-cooling rooms. */
    BLOCK_1980S("block_1980s", "poor", 1.60, 25.0, 0.15, 1975, 1989),
    /** A newly commissioned, well insulated building (erratic first weeks, few residents). */
    NEW_CONSTRUCTION("new_construction", "modern", 0.55, 60.0, 0.22, 0, 0);

    private final String id;
    private final String insulationType;
    private final double specificLossWPerM2K;
    private final double timeConstantHours;
    private final double solarGainFactor;
    private final int builtFrom;
    private final int builtTo;

    Archetype(String id, String insulationType, double specificLossWPerM2K, double timeConstantHours,
            double solarGainFactor, int builtFrom, int builtTo) {
        this.id = id;
        this.insulationType = insulationType;
        this.specificLossWPerM2K = specificLossWPerM2K;
        this.timeConstantHours = timeConstantHours;
        this.solarGainFactor = solarGainFactor;
        this.builtFrom = builtFrom;
        this.builtTo = builtTo;
    }

    /** @return the name written to the {@code archetype} column of buildings.csv */
    public String id() {
        return id;
    }

    /** @return the value of the {@code insulation_type} column of buildings.csv */
    public String insulationType() {
        return insulationType;
    }

    /** @return heat loss per m² of floor area and kelvin of indoor-outdoor difference, in W/(m²·K) */
    public double specificLossWPerM2K() {
        return specificLossWPerM2K;
    }

    /** @return a room's thermal time constant (capacitance / loss coefficient), in hours */
    public double timeConstantHours() {
        return timeConstantHours;
    }

    /** @return share of horizontal irradiance on a m² of window that becomes room heat, 0–1 */
    public double solarGainFactor() {
        return solarGainFactor;
    }

    /** @return first possible construction year; 0 for a new building (built in the run's year) */
    public int builtFrom() {
        return builtFrom;
    }

    /** @return last possible construction year; 0 for a new building */
    public int builtTo() {
        return builtTo;
    }
}
