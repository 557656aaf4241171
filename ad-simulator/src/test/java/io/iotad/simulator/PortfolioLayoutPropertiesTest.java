package io.iotad.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Archetype;
import io.iotad.simulator.portfolio.Building;
import io.iotad.simulator.portfolio.Portfolio;
import io.iotad.simulator.portfolio.PortfolioLayout;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PortfolioLayoutPropertiesTest {
    @Property(tries = 200)
    void every_apartment_belongs_to_exactly_one_building_and_no_building_is_empty(
            @ForAll @IntRange(min = 1, max = 400) int apartments, @ForAll @IntRange(min = 1, max = 60) int buildings,
            @ForAll long seed) {
        int b = Math.min(buildings, apartments);
        Portfolio p = PortfolioLayout.generate(seed, apartments, b, b >= 2 ? 1 : 0, 2024);

        assertThat(p.apartments()).hasSize(apartments);
        assertThat(p.buildings()).hasSize(b);
        assertThat(p.buildings()).allSatisfy(x -> assertThat(x.numApartments()).isPositive());
        assertThat(p.buildings().stream().mapToInt(Building::numApartments).sum()).isEqualTo(apartments);
        for (int i = 0; i < apartments; i++) {
            Apartment a = p.apartments().get(i);
            assertThat(a.index()).isEqualTo(i);
            assertThat(a.rooms()).hasSizeBetween(2, 4);
            assertThat(p.buildings().get(a.building().index())).isEqualTo(a.building());
        }
        assertThat(p.buildings().stream().filter(x -> x.archetype() == Archetype.NEW_CONSTRUCTION).count())
                .isEqualTo(b >= 2 ? 1 : 0);
    }

    @Property(tries = 50)
    void the_same_seed_gives_the_same_layout(@ForAll long seed, @ForAll @IntRange(min = 1, max = 100) int n) {
        assertThat(PortfolioLayout.generate(seed, n, 1, 0, 2024)).isEqualTo(PortfolioLayout.generate(seed, n, 1, 0, 2024));
    }
}
