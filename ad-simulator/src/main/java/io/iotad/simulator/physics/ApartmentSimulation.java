package io.iotad.simulator.physics;

import io.iotad.simulator.SeedStreams;
import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Room;
import io.iotad.simulator.weather.RegionWeather;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one apartment step by step (15 minutes) and writes its readings on change.
 *
 * <p>Each room is a first-order thermal node:
 * {@code C dT/dt = Q − UA (T − T_out) + G + K (T̄ − T) + K_n (20.5 − T)}, with capacitance C, loss
 * coefficient UA, internal and solar gains G, coupling K to the apartment's mean temperature T̄
 * and coupling {@code K_n = 0.8 W/(m²·K)} × floor area to the neighbouring apartments (held at
 * 20.5 °C), which is why an apartment left unheated stays well above the outdoor temperature. The radiator delivers {@code Q = u · Q_cap}: the capacity
 * follows the building's heating curve, {@code Q_cap = 1.25 · UA · max(4, 22 − T_out)} times the
 * circulation's supply share, and a thermostatic valve opens proportionally,
 * {@code u = clamp((T_set + 0.8 − T_sensor) / 1.5, 0, 1)} (a P-band of 1.5 K, so rooms settle a
 * few tenths below their setpoint when there are no gains). The heat meter counts delivered heat
 * (times 1 + fouling excess); the hot-water meter counts litres.
 *
 * <p>Reporting: a room temperature (true value plus drift plus noise, σ = 0.02 K) is reported when
 * it has moved at least 0.1 °C from its last reported value, rounded to 0.1 °C; a setpoint when it
 * changes; the meters at most every {@code meterReportMinutes}, when their counter changed; every
 * sensor again every 6 hours (heartbeat). The readings of a step share one line, time-stamped
 * 1–59 s before the step's end.
 */
public final class ApartmentSimulation {
    private static final double DT_HOURS = StepClock.STEP_SECONDS / 3600.0;
    private static final double WINDOW_SHARE = 0.12;
    private static final double NOISE_C = 0.02;
    private static final long HEARTBEAT_SECONDS = 6 * 3600L;
    private static final double DRYING_LOSS_FACTOR = 1.15;
    private static final double NEIGHBOUR_W_PER_M2K = 0.8;
    private static final double NEIGHBOUR_C = 20.5;

    private final Apartment apartment;
    private final RegionWeather weather;
    private final StepClock clock;
    private final StepConditions conditions;
    private final Household household;
    private final SplittableRandom noise;
    private final ReadingLine line;
    private final double energyResolutionKwh;
    private final int energyScale;
    private final long meterEverySeconds;
    private final MeterReplacement replacement;
    private final int n;
    private final double[] temp;
    private final double[] areaShare;
    private final int[] lastTempTenths;
    private final int[] lastSetpointTenths;
    private final double[] measured;
    private final int[] setpoint;
    private double meteredKwh;
    private double deliveredKwh;
    private double waterLitres;
    private long lastEnergyUnits = Long.MIN_VALUE;
    private long lastWaterTenths = Long.MIN_VALUE;

    /**
     * @param apartment the apartment
     * @param events events touching it (its own and its building's)
     * @param weather its region's weather
     * @param clock the time grid
     * @param seed the run's seed
     * @param energyResolutionKwh heat-meter resolution (0.001–1 kWh, a power of ten)
     * @param energyScale decimals of that resolution
     * @param meterReportMinutes meter reporting interval in minutes
     * @param replacement a meter replacement of this apartment, or null
     */
    public ApartmentSimulation(Apartment apartment, List<GroundTruthEvent> events, RegionWeather weather,
            StepClock clock, long seed, double energyResolutionKwh, int energyScale, int meterReportMinutes,
            MeterReplacement replacement) {
        this.apartment = apartment;
        this.weather = weather;
        this.clock = clock;
        this.conditions = new StepConditions(apartment, events);
        this.household = new Household(apartment, seed, events);
        this.noise = SeedStreams.stream(seed, SeedStreams.BEHAVIOUR, -1L - apartment.index());
        this.line = new ReadingLine(apartment.building().id(), apartment.id());
        this.energyResolutionKwh = energyResolutionKwh;
        this.energyScale = energyScale;
        this.meterEverySeconds = meterReportMinutes * 60L;
        this.replacement = replacement;
        this.n = apartment.rooms().size();
        this.temp = new double[n];
        this.areaShare = new double[n];
        this.lastTempTenths = new int[n];
        this.lastSetpointTenths = new int[n];
        this.measured = new double[n];
        this.setpoint = new int[n];
        for (int r = 0; r < n; r++) {
            Room room = apartment.rooms().get(r);
            temp[r] = room.comfortSetpointC() - 0.3;
            areaShare[r] = room.floorAreaSqm() / apartment.floorAreaSqm();
        }
        meteredKwh = 2000 + noise.nextDouble() * 18000;
        waterLitres = 10_000 + noise.nextDouble() * 140_000;
    }

    /** @return the apartment simulated */
    public Apartment apartment() {
        return apartment;
    }

    /** @return heat actually delivered to the rooms since the start, in kWh (ground truth, not the meter) */
    public double deliveredKwh() {
        return deliveredKwh;
    }

    /**
     * Simulates one day; days must be simulated in order, starting with day 0.
     *
     * @param day the day index
     * @return the day's lines
     */
    public DayOutput simulateDay(int day) {
        household.startDay(clock.isHomeDay(day));
        List<String> lines = new ArrayList<>(64);
        int readings = 0;
        for (int s = clock.firstStep(day); s < clock.firstStep(day + 1); s++) {
            step(s);
            String l = report(s);
            if (l != null) {
                lines.add(l);
                readings += line.readings();
            }
        }
        return new DayOutput(lines, readings);
    }

    private void step(int s) {
        long end = clock.endEpochSecond(s);
        long mid = end - StepClock.STEP_SECONDS / 2;
        int minute = clock.localMinute(s);
        conditions.update(mid);
        double tOut = weather.temperatureAt(mid);
        double ghi = weather.ghiAt(mid);
        double gains = household.gainsW(minute, conditions, mid);
        double capacityPerUa = 1.25 * Math.max(4.0, 22.0 - tOut) * conditions.supply;
        double lossFactor = conditions.commissioning ? DRYING_LOSS_FACTOR : 1.0;
        double mean = 0;
        for (int r = 0; r < n; r++) {
            mean += temp[r] * areaShare[r];
        }
        double heatW = 0;
        for (int r = 0; r < n; r++) {
            Room room = apartment.rooms().get(r);
            setpoint[r] = household.setpointTenths(r, minute, conditions, mid);
            double sensor = temp[r] + conditions.driftC[r];
            double u = Math.max(0, Math.min(1, (setpoint[r] / 10.0 + 0.8 - sensor) / 1.5));
            u = Math.max(conditions.valveMin[r], Math.min(conditions.valveMax[r], u));
            double q = u * capacityPerUa * room.lossWPerK();
            double g = gains * areaShare[r]
                    + apartment.building().archetype().solarGainFactor() * WINDOW_SHARE * room.floorAreaSqm() * ghi;
            double flow = q - room.lossWPerK() * lossFactor * (temp[r] - tOut) + g
                    + room.couplingWPerK() * (mean - temp[r])
                    + NEIGHBOUR_W_PER_M2K * room.floorAreaSqm() * (NEIGHBOUR_C - temp[r]);
            temp[r] += DT_HOURS * flow / room.capacitanceWhPerK();
            heatW += q;
        }
        for (int r = 0; r < n; r++) {
            measured[r] = temp[r] + conditions.driftC[r] + NOISE_C * noise.nextGaussian();
        }
        double kwh = heatW * DT_HOURS / 1000.0;
        deliveredKwh += kwh;
        if (!conditions.meterStuck) {
            meteredKwh += kwh * (1.0 + conditions.meterExcess);
        }
        if (replacement != null && replacement.epochSecond() == end) {
            meteredKwh = replacement.newCounterKwh();
            lastEnergyUnits = Long.MIN_VALUE;
        }
        waterLitres += household.hotWaterLitres(minute, conditions, mid);
    }

    private String report(int s) {
        long end = clock.endEpochSecond(s);
        long stamp = end - 1 - noise.nextInt(59);
        boolean heartbeat = s == 0 || end % HEARTBEAT_SECONDS == 0;
        boolean meterTick = heartbeat || end % meterEverySeconds == 0;
        line.start(stamp);
        if (meterTick) {
            long units = (long) Math.floor(meteredKwh / energyResolutionKwh + 1e-9);
            if (heartbeat || units != lastEnergyUnits) {
                line.add("heating_energy_kwh", units, energyScale);
                lastEnergyUnits = units;
            }
            long water = (long) Math.floor(waterLitres * 10 + 1e-9);
            if (heartbeat || water != lastWaterTenths) {
                line.add("hot_water_litres", water, 1);
                lastWaterTenths = water;
            }
        }
        for (int r = 0; r < n; r++) {
            String room = apartment.rooms().get(r).name();
            if (heartbeat || Math.abs(measured[r] - lastTempTenths[r] / 10.0) >= 0.1 - 1e-9) {
                lastTempTenths[r] = (int) Math.round(measured[r] * 10);
                line.add("room_temp_c", room, lastTempTenths[r], 1);
            }
            if (heartbeat || setpoint[r] != lastSetpointTenths[r]) {
                lastSetpointTenths[r] = setpoint[r];
                line.add("setpoint_temp_c", room, setpoint[r], 1);
            }
        }
        return line.readings() == 0 ? null : line.finish();
    }
}
