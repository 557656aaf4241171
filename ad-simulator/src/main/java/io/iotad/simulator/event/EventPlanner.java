package io.iotad.simulator.event;

import io.iotad.simulator.SeedStreams;
import io.iotad.simulator.SimulationOptions;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Archetype;
import io.iotad.simulator.portfolio.Building;
import io.iotad.simulator.portfolio.Portfolio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans every injected event of a run. Nuisance is planned before faults, each from its own
 * random stream, so switching faults off (a "no-fault twin" run) leaves nuisance and behaviour
 * exactly as they were. An apartment's events do not overlap (a day apart at least); building
 * events (pump failures, commissioning) may overlap apartment events, and a fault's label wins.
 */
public final class EventPlanner {
    private static final long DAY = 86_400L;
    private static final int PLACEMENT_TRIES = 30;

    private final SimulationOptions options;
    private final long runStart;
    private final long runEnd;
    private final double seasonScale;

    /**
     * @param options the run's options
     * @param runStart the run's first instant, in epoch seconds
     * @param runEnd the run's end (exclusive), in epoch seconds
     */
    public EventPlanner(SimulationOptions options, long runStart, long runEnd) {
        this.options = options;
        this.runStart = runStart;
        this.runEnd = runEnd;
        this.seasonScale = options.days() / 180.0;
    }

    /**
     * @param portfolio the portfolio
     * @return every event, building events first (by building), then apartment events (by apartment), with ids in that order
     */
    public List<GroundTruthEvent> plan(Portfolio portfolio) {
        List<GroundTruthEvent> raw = new ArrayList<>();
        for (Building b : portfolio.buildings()) {
            planBuilding(b, raw);
        }
        for (Apartment a : portfolio.apartments()) {
            planApartment(a, raw);
        }
        List<GroundTruthEvent> out = new ArrayList<>(raw.size());
        int width = Math.max(5, Integer.toString(raw.size()).length());
        for (int i = 0; i < raw.size(); i++) {
            GroundTruthEvent e = raw.get(i);
            out.add(new GroundTruthEvent(String.format("ev_%0" + width + "d", i + 1), e.scope(), e.buildingId(),
                    e.apartmentId(), e.roomName(), e.kind(), e.start(), e.end(), e.severity(), e.onsetHours(),
                    e.apartmentIndex(), e.buildingIndex()));
        }
        return out;
    }

    private void planBuilding(Building b, List<GroundTruthEvent> out) {
        SplittableRandom nuisance = SeedStreams.stream(options.seed(), SeedStreams.NUISANCE, -1 - b.index());
        if (b.archetype() == Archetype.NEW_CONSTRUCTION) {
            EventKind k = EventKind.NEW_BUILDING_COMMISSIONING;
            long end = Math.min(runEnd, runStart + days(nuisance, k) * DAY);
            out.add(event(k, b, null, "", runStart, end, 0.25 + 0.2 * nuisance.nextDouble(), 0));
        }
        SplittableRandom faults = SeedStreams.stream(options.seed(), SeedStreams.FAULTS, -1 - b.index());
        if (options.faultKinds().contains(EventKind.CIRCULATION_PUMP_FAILURE)) {
            int n = poisson(faults, options.pumpFailureRate() * seasonScale);
            List<long[]> taken = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                EventKind k = EventKind.CIRCULATION_PUMP_FAILURE;
                long[] span = place(faults, k, taken);
                boolean gradual = faults.nextDouble() < options.gradualOnsetShare();
                double severity = 0.4 + 0.35 * faults.nextDouble();
                if (span != null) {
                    out.add(event(k, b, null, "", span[0], span[1], severity, gradual ? onset(faults, span) : 0));
                }
            }
        }
    }

    private void planApartment(Apartment a, List<GroundTruthEvent> out) {
        List<long[]> taken = new ArrayList<>();
        SplittableRandom nuisance = SeedStreams.stream(options.seed(), SeedStreams.NUISANCE, a.index());
        plan(nuisance, a, EventKind.RESIDENT_AWAY, options.awayRate(), taken, out);
        plan(nuisance, a, EventKind.GUEST_STAY, options.guestRate(), taken, out);
        plan(nuisance, a, EventKind.SCHEDULE_CHANGE, options.scheduleChangeRate(), taken, out);
        List<EventKind> kinds = options.faultKinds().stream().filter(k -> k.scope() == EventScope.APARTMENT)
                .sorted().toList();
        if (kinds.isEmpty()) {
            return;
        }
        SplittableRandom faults = SeedStreams.stream(options.seed(), SeedStreams.FAULTS, a.index());
        int n = poisson(faults, options.faultRate() * seasonScale);
        for (int i = 0; i < n; i++) {
            EventKind k = kinds.get(faults.nextInt(kinds.size()));
            planOne(faults, a, k, taken, out);
        }
    }

    private void plan(SplittableRandom rnd, Apartment a, EventKind k, double rate, List<long[]> taken,
            List<GroundTruthEvent> out) {
        int n = poisson(rnd, rate * seasonScale);
        for (int i = 0; i < n; i++) {
            planOne(rnd, a, k, taken, out);
        }
    }

    private void planOne(SplittableRandom rnd, Apartment a, EventKind k, List<long[]> taken,
            List<GroundTruthEvent> out) {
        long[] span = place(rnd, k, taken);
        String room = k.isRoomLevel() ? a.rooms().get(rnd.nextInt(a.rooms().size())).name() : "";
        double severity = severity(rnd, k);
        boolean gradual = k == EventKind.HEAT_EXCHANGER_FOULING || k == EventKind.ROOM_SENSOR_DRIFT
                || (k.isRoomLevel() && rnd.nextDouble() < options.gradualOnsetShare());
        double onset = gradual ? onset(rnd, span) : 0;
        if (span != null) {
            out.add(event(k, a.building(), a, room, span[0], span[1], severity, onset));
        }
    }

    private static double severity(SplittableRandom rnd, EventKind k) {
        return switch (k) {
            case VALVE_STUCK_CLOSED -> 0.92 + 0.08 * rnd.nextDouble();
            case VALVE_STUCK_OPEN, HEAT_METER_STUCK -> 1.0;
            case HEAT_EXCHANGER_FOULING -> 0.15 + 0.25 * rnd.nextDouble();
            case ROOM_SENSOR_DRIFT -> (rnd.nextBoolean() ? 1 : -1) * (1.5 + 1.5 * rnd.nextDouble());
            case RESIDENT_AWAY -> 10.0 + 0.5 * rnd.nextInt(13);
            case GUEST_STAY -> 1.8 + 0.8 * rnd.nextDouble();
            case SCHEDULE_CHANGE -> 8 + rnd.nextInt(4);
            default -> throw new IllegalStateException("no apartment severity for " + k);
        };
    }

    /** Onset of a gradual event: 30–70 % of its length. */
    private static double onset(SplittableRandom rnd, long[] span) {
        double share = 0.3 + 0.4 * rnd.nextDouble();
        return span == null ? 0 : Math.round((span[1] - span[0]) * share / 3600.0);
    }

    /**
     * A start on the 15-minute grid and a length in the kind's range (cut at the run's end, but never
     * below the kind's shortest length), clear of earlier events; null if none fits.
     */
    private long[] place(SplittableRandom rnd, EventKind k, List<long[]> taken) {
        long span = runEnd - runStart;
        for (int t = 0; t < PLACEMENT_TRIES; t++) {
            long length = days(rnd, k) * DAY + rnd.nextInt(24) * 3600L;
            long start = runStart + (rnd.nextLong(Math.max(1, span - DAY)) / 900) * 900;
            long end = Math.min(runEnd, start + length);
            if (end - start < k.minDays() * DAY || overlaps(taken, start, end)) {
                continue;
            }
            taken.add(new long[] {start, end});
            return new long[] {start, end};
        }
        return null;
    }

    private static boolean overlaps(List<long[]> taken, long start, long end) {
        for (long[] s : taken) {
            if (start < s[1] + DAY && s[0] < end + DAY) {
                return true;
            }
        }
        return false;
    }

    private static int days(SplittableRandom rnd, EventKind k) {
        return k.minDays() + rnd.nextInt(k.maxDays() - k.minDays() + 1);
    }

    private static int poisson(SplittableRandom rnd, double mean) {
        double limit = StrictMath.exp(-mean);
        double p = rnd.nextDouble();
        int n = 0;
        while (p > limit) {
            p *= rnd.nextDouble();
            n++;
        }
        return n;
    }

    private static GroundTruthEvent event(EventKind k, Building b, Apartment a, String room, long start, long end,
            double severity, double onsetHours) {
        return new GroundTruthEvent("pending", a == null ? EventScope.BUILDING : EventScope.APARTMENT, b.id(),
                a == null ? "" : a.id(), room, k, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end),
                Math.round(severity * 1000) / 1000.0, onsetHours, a == null ? -1 : a.index(), b.index());
    }
}
