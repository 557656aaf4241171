package io.iotad.simulator.physics;

import io.iotad.simulator.SeedStreams;
import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Room;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The residents of one apartment: when they are at home, which setpoints they choose (comfort
 * by day, optional night setback from 22:30 to 06:00, a notch up or down on about 3 % of days
 * and kept, within ±1.5 K), how much heat they and their appliances
 * give off, and when they draw hot water (morning and evening peaks, day-to-day variation).
 * Nuisance events change all three: away (low setpoints, no hot water), guests (more hot water,
 * warmer living room), night shifts (the rhythm shifts by hours), and a new building's
 * commissioning (empty until move-in, then erratic settings).
 *
 * <p>Random draws are made unconditionally (the same number every step), so a fault elsewhere in
 * the apartment never changes its residents' behaviour.
 */
final class Household {
    private static final double[] HOT_WATER_PROFILE = hotWaterProfile();
    private static final int NIGHT_START = 22 * 60 + 30;
    private static final int NIGHT_END = 6 * 60;
    private static final double PERSON_W = 70.0;
    private static final double APPLIANCE_W_PER_M2 = 1.5;
    private static final double COMMISSIONING_SETPOINT_C = 17.0;
    private static final double TWEAK_PER_DAY = 0.03;

    private final Apartment apartment;
    private final SplittableRandom rnd;
    private final long moveInEpochSecond;
    private double dayWaterFactor = 1.0;
    private double erraticOffsetC;
    private double tweakC;
    private boolean homeDay;

    /**
     * @param apartment the apartment
     * @param seed the run's seed
     * @param events the events that touch this apartment (for the commissioning move-in)
     */
    Household(Apartment apartment, long seed, List<GroundTruthEvent> events) {
        this.apartment = apartment;
        this.rnd = SeedStreams.stream(seed, SeedStreams.BEHAVIOUR, apartment.index());
        SplittableRandom moveIn = SeedStreams.stream(seed, SeedStreams.NUISANCE ^ 0x4D4F5645L, apartment.index());
        long when = Long.MIN_VALUE;
        for (GroundTruthEvent e : events) {
            if (e.kind() == EventKind.NEW_BUILDING_COMMISSIONING) {
                long s = e.start().getEpochSecond();
                long len = e.end().getEpochSecond() - s;
                double u = moveIn.nextDouble();
                // severity = share occupied at the start; of the rest, 70 % move in during the window
                when = u < e.severity() ? s - 1 : moveIn.nextDouble() < 0.7 ? s + (long) (moveIn.nextDouble() * len)
                        : e.end().getEpochSecond();
            }
        }
        this.moveInEpochSecond = when;
    }

    /** Draws the day's hot-water volume and, in a commissioning window, the day's erratic setpoint offset. */
    void startDay(boolean isHomeDay) {
        homeDay = isHomeDay;
        dayWaterFactor = StrictMath.exp(0.25 * rnd.nextGaussian()) * (isHomeDay ? 1.15 : 1.0);
        erraticOffsetC = Math.max(-3.0, Math.min(4.0, Math.round(rnd.nextGaussian() * 3.0) * 0.5));
        // residents now and then turn their thermostats up or down a notch and leave them there
        double u = rnd.nextDouble();
        boolean up = rnd.nextBoolean();
        if (u < TWEAK_PER_DAY) {
            tweakC = Math.max(-1.5, Math.min(1.5, tweakC + (up ? 0.5 : -0.5)));
        }
    }

    private boolean empty(StepConditions c, long epochSecond) {
        return c.commissioning && epochSecond < moveInEpochSecond;
    }

    private int shifted(int minute, StepConditions c) {
        return Math.floorMod(minute - c.shiftMinutes, 1440);
    }

    /** @return whether someone is at home at that local minute */
    boolean occupied(int minute, StepConditions c, long epochSecond) {
        if (!Double.isNaN(c.awaySetpointC) || empty(c, epochSecond)) {
            return false;
        }
        int m = shifted(minute, c);
        return homeDay || apartment.homeDuringDay() || m < 7 * 60 + 45 || m >= 17 * 60 + 30;
    }

    /** @return the setpoint of a room, in tenths of °C (the thermostat's 0.5 °C steps) */
    int setpointTenths(int room, int minute, StepConditions c, long epochSecond) {
        Room r = apartment.rooms().get(room);
        double sp;
        if (!Double.isNaN(c.awaySetpointC)) {
            sp = c.awaySetpointC;
        } else if (empty(c, epochSecond)) {
            sp = COMMISSIONING_SETPOINT_C;
        } else {
            int m = shifted(minute, c);
            boolean night = m >= NIGHT_START || m < NIGHT_END;
            sp = r.comfortSetpointC() + tweakC - (night ? apartment.nightSetbackC() : 0.0);
            if (c.commissioning) {
                sp += erraticOffsetC;
            }
            if (c.guestFactor > 1.0 && room == 0) {
                sp += 1.0;
            }
        }
        return (int) Math.round(sp * 10);
    }

    /** @return internal heat gains of the whole apartment at that minute, in W */
    double gainsW(int minute, StepConditions c, long epochSecond) {
        boolean home = occupied(minute, c, epochSecond);
        double appliances = APPLIANCE_W_PER_M2 * apartment.floorAreaSqm() * (home ? 1.0 : 0.3);
        if (!home) {
            return appliances;
        }
        int m = shifted(minute, c);
        double people = (apartment.occupants() + (c.guestFactor > 1.0 ? 2 : 0)) * PERSON_W;
        boolean cooking = (m >= 7 * 60 && m < 7 * 60 + 30) || (m >= 18 * 60 + 30 && m < 19 * 60 + 30);
        return appliances + people + (cooking ? 400.0 : 0.0);
    }

    /** @return hot water drawn during the step, in litres */
    double hotWaterLitres(int minute, StepConditions c, long epochSecond) {
        double noise = StrictMath.exp(0.6 * rnd.nextGaussian() - 0.18);
        if (!Double.isNaN(c.awaySetpointC) || empty(c, epochSecond)) {
            return 0.0;
        }
        double daily = apartment.occupants() * apartment.hotWaterLitresPerPersonDay() * dayWaterFactor
                * c.guestFactor;
        return daily * HOT_WATER_PROFILE[shifted(minute, c) / 15] * noise;
    }

    /** A 96-slot day profile: morning peak near 07:00, evening peak near 19:30, a low base; sums to 1. */
    private static double[] hotWaterProfile() {
        double[] p = new double[96];
        double sum = 0;
        for (int i = 0; i < 96; i++) {
            double h = (i + 0.5) / 4.0;
            double v = 0.15 / 24 + 0.40 * gauss(h, 7.0, 0.9) + 0.45 * gauss(h, 19.5, 1.5);
            v *= h < 5.5 ? 0.2 : 1.0;
            p[i] = v;
            sum += v;
        }
        for (int i = 0; i < 96; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static double gauss(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return StrictMath.exp(-0.5 * z * z) / (sigma * StrictMath.sqrt(2 * Math.PI));
    }
}
