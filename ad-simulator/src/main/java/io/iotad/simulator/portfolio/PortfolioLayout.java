package io.iotad.simulator.portfolio;

import io.iotad.simulator.SeedStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out a portfolio: regions of about a dozen buildings around the Swiss plateau, buildings of
 * uneven size with archetypes in realistic proportions (most are standard 2010s buildings, some
 * passive houses and 1980s blocks, and the last {@code newBuildings} are newly commissioned), and
 * apartments with 2–4 rooms and their households' habits. Deterministic in the seed.
 */
public final class PortfolioLayout {
    /** Buildings per climate region. */
    public static final int BUILDINGS_PER_REGION = 12;
    private static final String[] ROOM_NAMES = {"living_room", "bedroom", "kitchen", "bedroom_2"};
    private static final double[] ROOM_WEIGHTS = {1.6, 1.0, 0.7, 0.8};

    private PortfolioLayout() {
    }

    /**
     * @param seed the run's seed
     * @param apartments number of apartments, at least {@code buildings}
     * @param buildings number of buildings, at least 1
     * @param newBuildings how many of the buildings (the last ones) are newly commissioned, 0 to
     *     {@code buildings}
     * @param startYear the run's first year (a new building's construction year)
     * @return the portfolio
     */
    public static Portfolio generate(long seed, int apartments, int buildings, int newBuildings, int startYear) {
        if (buildings < 1 || apartments < buildings) {
            throw new IllegalArgumentException("need 1 <= buildings <= apartments, got buildings=" + buildings
                    + ", apartments=" + apartments);
        }
        if (newBuildings < 0 || newBuildings > buildings) {
            throw new IllegalArgumentException("newBuildings must be in [0, " + buildings + "], got " + newBuildings);
        }
        SplittableRandom rnd = SeedStreams.stream(seed, SeedStreams.LAYOUT, 0);
        List<Region> regions = regions(rnd, (buildings + BUILDINGS_PER_REGION - 1) / BUILDINGS_PER_REGION);
        int[] sizes = buildingSizes(rnd, apartments, buildings);
        List<Building> bs = new ArrayList<>(buildings);
        List<Apartment> as = new ArrayList<>(apartments);
        int width = Math.max(3, Integer.toString(buildings).length());
        int aptWidth = Math.max(5, Integer.toString(apartments).length());
        for (int b = 0; b < buildings; b++) {
            Archetype arch = b >= buildings - newBuildings ? Archetype.NEW_CONSTRUCTION : archetype(rnd, b);
            int year = arch == Archetype.NEW_CONSTRUCTION ? startYear
                    : arch.builtFrom() + rnd.nextInt(arch.builtTo() - arch.builtFrom() + 1);
            Region region = regions.get(b / BUILDINGS_PER_REGION);
            List<Draft> drafts = new ArrayList<>(sizes[b]);
            double area = 0;
            for (int k = 0; k < sizes[b]; k++) {
                Draft d = draft(rnd, arch);
                area += d.floorAreaSqm();
                drafts.add(d);
            }
            Building building = new Building(String.format("bldg_%0" + width + "d", b + 1), b, region, arch, year,
                    Math.round(area * 10) / 10.0, sizes[b]);
            for (Draft d : drafts) {
                int index = as.size();
                as.add(new Apartment(String.format("apt_%0" + aptWidth + "d", index + 1), index, building, d.rooms(),
                        d.floorAreaSqm(), d.occupants(), d.nightSetbackC(), d.homeDuringDay(),
                        d.hotWaterLitresPerPersonDay()));
            }
            bs.add(building);
        }
        return new Portfolio(regions, bs, as);
    }

    private static List<Region> regions(SplittableRandom rnd, int n) {
        List<Region> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            double lat = 46.2 + rnd.nextDouble() * 1.4;
            double lon = 6.2 + rnd.nextDouble() * 3.6;
            double offset = r == 0 ? 0.0 : -4.0 + rnd.nextDouble() * 5.0;
            out.add(new Region(String.format("region_%02d", r + 1), r, Math.round(lat * 1e4) / 1e4,
                    Math.round(lon * 1e4) / 1e4, offset, 2.5 + rnd.nextDouble() * 2.0));
        }
        return out;
    }

    /** Uneven sizes: weights 0.4–1.6 and largest-remainder rounding, at least one apartment each. */
    static int[] buildingSizes(SplittableRandom rnd, int apartments, int buildings) {
        double[] w = new double[buildings];
        double sum = 0;
        for (int b = 0; b < buildings; b++) {
            w[b] = 0.4 + 1.2 * rnd.nextDouble();
            sum += w[b];
        }
        int[] sizes = new int[buildings];
        int spare = apartments - buildings;
        int given = 0;
        double[] rest = new double[buildings];
        for (int b = 0; b < buildings; b++) {
            double share = spare * w[b] / sum;
            sizes[b] = 1 + (int) Math.floor(share);
            rest[b] = share - Math.floor(share);
            given += sizes[b] - 1;
        }
        for (int left = spare - given; left > 0; left--) {
            int best = 0;
            for (int b = 1; b < buildings; b++) {
                if (rest[b] > rest[best]) {
                    best = b;
                }
            }
            sizes[best]++;
            rest[best] = -1;
        }
        return sizes;
    }

    private static Archetype archetype(SplittableRandom rnd, int b) {
        // the first three buildings cover the three established archetypes, so every portfolio
        // with four or more buildings holds each of them
        if (b < 3) {
            return new Archetype[] {Archetype.STANDARD_2010S, Archetype.PASSIVE_HOUSE, Archetype.BLOCK_1980S}[b];
        }
        double u = rnd.nextDouble();
        return u < 0.6 ? Archetype.STANDARD_2010S : u < 0.8 ? Archetype.BLOCK_1980S : Archetype.PASSIVE_HOUSE;
    }

    /** An apartment before its building exists (the building's floor area is the sum of its apartments'). */
    private record Draft(List<Room> rooms, double floorAreaSqm, int occupants, double nightSetbackC,
            boolean homeDuringDay, double hotWaterLitresPerPersonDay) {
    }

    private static Draft draft(SplittableRandom rnd, Archetype arch) {
        int numRooms = 2 + rnd.nextInt(3);
        double area = 28.0 + numRooms * (12.0 + rnd.nextDouble() * 10.0);
        // corner and top-floor apartments lose more heat than those in the middle of the block
        double position = 0.8 + rnd.nextDouble() * 0.5;
        double comfort = 20.0 + 0.5 * rnd.nextInt(6);
        double weightSum = 0;
        for (int i = 0; i < numRooms; i++) {
            weightSum += ROOM_WEIGHTS[i];
        }
        List<Room> rooms = new ArrayList<>(numRooms);
        for (int i = 0; i < numRooms; i++) {
            double roomArea = area * ROOM_WEIGHTS[i] / weightSum;
            double ua = arch.specificLossWPerM2K() * roomArea * position * (0.9 + 0.2 * rnd.nextDouble());
            double capacitance = ua * arch.timeConstantHours();
            double pref = ROOM_NAMES[i].startsWith("bedroom") ? comfort - 0.5 * rnd.nextInt(4) : comfort;
            rooms.add(new Room(ROOM_NAMES[i], Math.round(roomArea * 10) / 10.0, ua, capacitance, 2.0 * roomArea,
                    pref));
        }
        int occupants = 1 + rnd.nextInt(Math.min(4, numRooms + 1));
        double setback = rnd.nextDouble() < 0.55 ? 2.0 + 0.5 * rnd.nextInt(4) : 0.0;
        boolean home = rnd.nextDouble() < 0.3;
        double litres = 30.0 + rnd.nextDouble() * 30.0;
        return new Draft(rooms, Math.round(area * 10) / 10.0, occupants, setback, home, litres);
    }
}
