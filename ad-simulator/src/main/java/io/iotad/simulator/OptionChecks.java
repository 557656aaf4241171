package io.iotad.simulator;

import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.output.DataFaultKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/** The range checks of {@link SimulationOptions}; each message names the parameter, the value and the expectation. */
final class OptionChecks {
    private static final double[] RESOLUTIONS = {0.001, 0.01, 0.1, 1.0};

    private OptionChecks() {
    }

    static void check(int apartments, int buildings, int newBuildings, LocalDate startDate, int days, ZoneId zone,
            double faultRate, Set<EventKind> faultKinds, double pumpFailureRate, double gradualOnsetShare,
            double awayRate, double guestRate, double scheduleChangeRate, Set<DataFaultKind> dataFaults,
            double malformedLineRate, double duplicateLineRate, double lateFileRate, int meterReplacements,
            int weatherGaps, double energyResolutionKwh, int meterReportMinutes, int apartmentsPerFile,
            int threads) {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(faultKinds, "faultKinds");
        Objects.requireNonNull(dataFaults, "dataFaults");
        range("apartments", apartments, 1, 1_000_000);
        range("buildings", buildings, 1, apartments);
        range("newBuildings", newBuildings, 0, buildings - 1);
        range("days", days, 1, 3660);
        if (startDate.getYear() < 1971 || startDate.getYear() > 9000) {
            throw new IllegalArgumentException("startDate must be in the years 1971-9000, got " + startDate);
        }
        rate("faultRate", faultRate, 10);
        for (EventKind k : faultKinds) {
            if (!k.isFault()) {
                throw new IllegalArgumentException("faultKinds must hold equipment faults only, got " + k.cause()
                        + "; faults are " + EventKind.faultKinds());
            }
        }
        rate("pumpFailureRate", pumpFailureRate, 10);
        rate("gradualOnsetShare", gradualOnsetShare, 1);
        rate("awayRate", awayRate, 10);
        rate("guestRate", guestRate, 10);
        rate("scheduleChangeRate", scheduleChangeRate, 10);
        rate("malformedLineRate", malformedLineRate, 0.1);
        rate("duplicateLineRate", duplicateLineRate, 0.1);
        rate("lateFileRate", lateFileRate, 1);
        range("meterReplacements", meterReplacements, 0, apartments);
        range("weatherGaps", weatherGaps, 0, (long) buildings * days);
        boolean known = false;
        for (double r : RESOLUTIONS) {
            known |= r == energyResolutionKwh;
        }
        if (!known) {
            throw new IllegalArgumentException("energyResolutionKwh must be one of 0.001, 0.01, 0.1, 1, got "
                    + energyResolutionKwh);
        }
        if (meterReportMinutes < 15 || meterReportMinutes % 15 != 0 || 1440 % meterReportMinutes != 0) {
            throw new IllegalArgumentException("meterReportMinutes must be a multiple of 15 that divides 1440, got "
                    + meterReportMinutes);
        }
        range("apartmentsPerFile", apartmentsPerFile, 1, Integer.MAX_VALUE);
        range("threads", threads, 1, 256);
    }

    private static void range(String name, long v, long lo, long hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }

    private static void rate(String name, double v, double hi) {
        if (!(v >= 0 && v <= hi)) {
            throw new IllegalArgumentException(name + " must be in [0, " + hi + "], got " + v);
        }
    }
}
