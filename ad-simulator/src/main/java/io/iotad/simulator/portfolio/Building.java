package io.iotad.simulator.portfolio;

/**
 * A building of the portfolio.
 *
 * @param id building identifier such as {@code bldg_007}
 * @param index 0-based index, also the building's random stream index
 * @param region the climate region it stands in
 * @param archetype its construction type
 * @param yearBuilt construction year
 * @param floorAreaSqm heated floor area, the sum of its apartments' areas, in m²
 * @param numApartments number of apartments, at least 1
 */
public record Building(String id, int index, Region region, Archetype archetype, int yearBuilt,
        double floorAreaSqm, int numApartments) {
}
