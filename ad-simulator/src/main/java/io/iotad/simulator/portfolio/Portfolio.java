package io.iotad.simulator.portfolio;

import java.util.List;

/**
 * The simulated portfolio: regions, buildings and apartments, in index order.
 *
 * @param regions climate regions, unmodifiable
 * @param buildings buildings, unmodifiable, {@code buildings.get(i).index() == i}
 * @param apartments apartments, unmodifiable, {@code apartments.get(i).index() == i}
 */
public record Portfolio(List<Region> regions, List<Building> buildings, List<Apartment> apartments) {
    /** Makes the lists unmodifiable. */
    public Portfolio {
        regions = List.copyOf(regions);
        buildings = List.copyOf(buildings);
        apartments = List.copyOf(apartments);
    }
}
