package io.iotad.simulator;

import io.iotad.simulator.event.EventKind;
import io.iotad.simulator.output.DataFaultKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The validated, immutable configuration of a {@link PortfolioSimulator}. Build it with
 * {@link #builder()}; {@link Builder#build()} checks every field and names the parameter, the
 * value and the expectation when one is out of range. Rates "per 180 days" scale with the run's
 * length: a 90-day run with a rate of 0.4 expects 0.2 events per apartment.
 *
 * @param apartments number of apartments, 1–1,000,000
 * @param buildings number of buildings, 1 to {@code apartments}
 * @param newBuildings how many buildings (the last ones) are newly commissioned, 0 to {@code buildings − 1}
 * @param startDate first simulated day
 * @param days number of simulated days, 1–3,660
 * @param seed the seed of every random stream
 * @param zone time zone of calendar days (file folders, labels) and of residents' schedules
 * @param faultRate expected apartment-level equipment faults per apartment per 180 days, 0–10
 * @param faultKinds which equipment faults may occur (a subset of {@link EventKind#faultKinds()})
 * @param pumpFailureRate expected circulation-pump failures per building per 180 days, 0–10
 *     (only if {@code faultKinds} holds {@link EventKind#CIRCULATION_PUMP_FAILURE})
 * @param gradualOnsetShare share of valve and pump faults that develop gradually, 0–1 (fouling
 *     and drift are always gradual)
 * @param awayRate expected "residents away" episodes per apartment per 180 days, 0–10
 * @param guestRate expected guest stays per apartment per 180 days, 0–10
 * @param scheduleChangeRate expected schedule changes (night shifts) per apartment per 180 days, 0–10
 * @param dataFaults which data faults to inject
 * @param malformedLineRate probability that a raw line gets a malformed copy, 0–0.1
 * @param duplicateLineRate probability that a raw line is duplicated, 0–0.1
 * @param lateFileRate probability that a day has some lines delivered late, 0–1
 * @param meterReplacements number of heat-meter replacements, 0 to {@code apartments}
 * @param weatherGaps number of building-days whose processed weather is missing, 0 to buildings × days
 * @param gzip whether raw files are written as {@code .jsonl.gz}
 * @param energyResolutionKwh resolution of the heat-meter counter: 0.001, 0.01, 0.1 or 1 kWh
 * @param meterReportMinutes how often the meters may report, in minutes: a multiple of 15 that divides 1440
 * @param apartmentsPerFile apartments per raw part file of a day, at least 1
 * @param writeRawWeather whether to write the forecast-API form under {@code weather-raw/}
 * @param threads worker threads for the simulation, 1–256 (output does not depend on it)
 */
public record SimulationOptions(int apartments, int buildings, int newBuildings, LocalDate startDate, int days,
        long seed, ZoneId zone, double faultRate, Set<EventKind> faultKinds, double pumpFailureRate,
        double gradualOnsetShare, double awayRate, double guestRate, double scheduleChangeRate,
        Set<DataFaultKind> dataFaults, double malformedLineRate, double duplicateLineRate, double lateFileRate,
        int meterReplacements, int weatherGaps, boolean gzip, double energyResolutionKwh, int meterReportMinutes,
        int apartmentsPerFile, boolean writeRawWeather, int threads) {

    /** Default number of apartments: the demo portfolio. */
    public static final int DEFAULT_APARTMENTS = 300;
    /** Buildings are derived from apartments at about this many apartments each. */
    public static final int DEFAULT_APARTMENTS_PER_BUILDING = 25;
    /** Default first day: the start of the 2024/25 heating season. */
    public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2024, 10, 1);
    /** Default length: a heating season, October to March. */
    public static final int DEFAULT_DAYS = 180;
    /** Default seed. */
    public static final long DEFAULT_SEED = 42L;
    /** Default time zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
    /** Default apartment-level faults per apartment per 180 days. */
    public static final double DEFAULT_FAULT_RATE = 0.3;
    /** Default pump failures per building per 180 days. */
    public static final double DEFAULT_PUMP_FAILURE_RATE = 0.15;
    /** Default share of gradual valve and pump faults. */
    public static final double DEFAULT_GRADUAL_ONSET_SHARE = 0.5;
    /** Default away episodes per apartment per 180 days. */
    public static final double DEFAULT_AWAY_RATE = 0.8;
    /** Default guest stays per apartment per 180 days. */
    public static final double DEFAULT_GUEST_RATE = 0.6;
    /** Default schedule changes per apartment per 180 days. */
    public static final double DEFAULT_SCHEDULE_CHANGE_RATE = 0.15;
    /** Default malformed-line probability per line. */
    public static final double DEFAULT_MALFORMED_LINE_RATE = 2e-4;
    /** Default duplicate probability per line. */
    public static final double DEFAULT_DUPLICATE_LINE_RATE = 5e-4;
    /** Default probability that a day has late lines. */
    public static final double DEFAULT_LATE_FILE_RATE = 0.05;
    /** Default number of weather gaps. */
    public static final int DEFAULT_WEATHER_GAPS = 1;
    /** Default: plain (not gzipped) raw files. */
    public static final boolean DEFAULT_GZIP = false;
    /** Default heat-meter resolution in kWh. */
    public static final double DEFAULT_ENERGY_RESOLUTION_KWH = 0.1;
    /** Default meter reporting interval in minutes. */
    public static final int DEFAULT_METER_REPORT_MINUTES = 60;
    /** Default apartments per raw part file. */
    public static final int DEFAULT_APARTMENTS_PER_FILE = 1000;
    /** Default: write the forecast-API weather form too. */
    public static final boolean DEFAULT_WRITE_RAW_WEATHER = true;
    /** Derived-value marker for buildings, newBuildings, meterReplacements and threads. */
    public static final int DERIVED = -1;

    /** Validates every field; see {@link Builder#build()}. */
    public SimulationOptions {
        OptionChecks.check(apartments, buildings, newBuildings, startDate, days, zone, faultRate, faultKinds,
                pumpFailureRate, gradualOnsetShare, awayRate, guestRate, scheduleChangeRate, dataFaults,
                malformedLineRate, duplicateLineRate, lateFileRate, meterReplacements, weatherGaps,
                energyResolutionKwh, meterReportMinutes, apartmentsPerFile, threads);
        faultKinds = faultKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faultKinds));
        dataFaults = dataFaults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataFaults));
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options, to derive a variant */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.apartments = apartments;
        b.buildings = buildings;
        b.newBuildings = newBuildings;
        b.startDate = startDate;
        b.days = days;
        b.seed = seed;
        b.zone = zone;
        b.faultRate = faultRate;
        b.faultKinds = EnumSet.noneOf(EventKind.class);
        b.faultKinds.addAll(faultKinds);
        b.pumpFailureRate = pumpFailureRate;
        b.gradualOnsetShare = gradualOnsetShare;
        b.awayRate = awayRate;
        b.guestRate = guestRate;
        b.scheduleChangeRate = scheduleChangeRate;
        b.dataFaults = EnumSet.noneOf(DataFaultKind.class);
        b.dataFaults.addAll(dataFaults);
        b.malformedLineRate = malformedLineRate;
        b.duplicateLineRate = duplicateLineRate;
        b.lateFileRate = lateFileRate;
        b.meterReplacements = meterReplacements;
        b.weatherGaps = weatherGaps;
        b.gzip = gzip;
        b.energyResolutionKwh = energyResolutionKwh;
        b.meterReportMinutes = meterReportMinutes;
        b.apartmentsPerFile = apartmentsPerFile;
        b.writeRawWeather = writeRawWeather;
        b.threads = threads;
        return b;
    }

    /** @return number of decimals of the energy counter (0–3) */
    public int energyDecimals() {
        return Math.max(0, BigDecimal.valueOf(energyResolutionKwh).stripTrailingZeros().scale());
    }

    /** @return {@code true} if a data fault kind is switched on */
    boolean injects(DataFaultKind kind) {
        return dataFaults.contains(kind);
    }

    /** Collects options; unset ones keep their DEFAULT_* values. Not thread-safe. */
    public static final class Builder {
        private int apartments = DEFAULT_APARTMENTS;
        private int buildings = DERIVED;
        private int newBuildings = DERIVED;
        private LocalDate startDate = DEFAULT_START_DATE;
        private int days = DEFAULT_DAYS;
        private long seed = DEFAULT_SEED;
        private ZoneId zone = DEFAULT_ZONE;
        private double faultRate = DEFAULT_FAULT_RATE;
        private EnumSet<EventKind> faultKinds = EnumSet.copyOf(EventKind.faultKinds());
        private double pumpFailureRate = DEFAULT_PUMP_FAILURE_RATE;
        private double gradualOnsetShare = DEFAULT_GRADUAL_ONSET_SHARE;
        private double awayRate = DEFAULT_AWAY_RATE;
        private double guestRate = DEFAULT_GUEST_RATE;
        private double scheduleChangeRate = DEFAULT_SCHEDULE_CHANGE_RATE;
        private EnumSet<DataFaultKind> dataFaults = EnumSet.allOf(DataFaultKind.class);
        private double malformedLineRate = DEFAULT_MALFORMED_LINE_RATE;
        private double duplicateLineRate = DEFAULT_DUPLICATE_LINE_RATE;
        private double lateFileRate = DEFAULT_LATE_FILE_RATE;
        private int meterReplacements = DERIVED;
        private int weatherGaps = DEFAULT_WEATHER_GAPS;
        private boolean gzip = DEFAULT_GZIP;
        private double energyResolutionKwh = DEFAULT_ENERGY_RESOLUTION_KWH;
        private int meterReportMinutes = DEFAULT_METER_REPORT_MINUTES;
        private int apartmentsPerFile = DEFAULT_APARTMENTS_PER_FILE;
        private boolean writeRawWeather = DEFAULT_WRITE_RAW_WEATHER;
        private int threads = DERIVED;

        private Builder() {
        }

        /**
         * @param v number of apartments, 1–1,000,000
         * @return this
         */
        public Builder apartments(int v) { apartments = v; return this; }

        /**
         * @param v number of buildings, 1 to apartments; {@link #DERIVED} = one per ~25 apartments
         * @return this
         */
        public Builder buildings(int v) { buildings = v; return this; }

        /**
         * @param v newly commissioned buildings, 0 to buildings − 1; {@link #DERIVED} = 1 if there are 2+ buildings
         * @return this
         */
        public Builder newBuildings(int v) { newBuildings = v; return this; }

        /**
         * @param v first simulated day
         * @return this
         */
        public Builder startDate(LocalDate v) { startDate = v; return this; }

        /**
         * @param v number of days, 1–3,660
         * @return this
         */
        public Builder days(int v) { days = v; return this; }

        /**
         * @param v the seed
         * @return this
         */
        public Builder seed(long v) { seed = v; return this; }

        /**
         * @param v time zone of calendar days and schedules
         * @return this
         */
        public Builder zone(ZoneId v) { zone = v; return this; }

        /**
         * @param v apartment-level faults per apartment per 180 days, 0–10
         * @return this
         */
        public Builder faultRate(double v) { faultRate = v; return this; }

        /**
         * @param v enabled fault kinds, each a fault (not nuisance) kind
         * @return this
         */
        public Builder faultKinds(Set<EventKind> v) {
            faultKinds = EnumSet.noneOf(EventKind.class);
            faultKinds.addAll(Objects.requireNonNull(v, "faultKinds"));
            return this;
        }

        /**
         * @param v pump failures per building per 180 days, 0–10
         * @return this
         */
        public Builder pumpFailureRate(double v) { pumpFailureRate = v; return this; }

        /**
         * @param v share of gradual valve and pump faults, 0–1
         * @return this
         */
        public Builder gradualOnsetShare(double v) { gradualOnsetShare = v; return this; }

        /**
         * @param v away episodes per apartment per 180 days, 0–10
         * @return this
         */
        public Builder awayRate(double v) { awayRate = v; return this; }

        /**
         * @param v guest stays per apartment per 180 days, 0–10
         * @return this
         */
        public Builder guestRate(double v) { guestRate = v; return this; }

        /**
         * @param v schedule changes per apartment per 180 days, 0–10
         * @return this
         */
        public Builder scheduleChangeRate(double v) { scheduleChangeRate = v; return this; }

        /**
         * @param v enabled data faults (may be empty)
         * @return this
         */
        public Builder dataFaults(Set<DataFaultKind> v) {
            dataFaults = EnumSet.noneOf(DataFaultKind.class);
            dataFaults.addAll(Objects.requireNonNull(v, "dataFaults"));
            return this;
        }

        /**
         * @param v malformed-copy probability per line, 0–0.1
         * @return this
         */
        public Builder malformedLineRate(double v) { malformedLineRate = v; return this; }

        /**
         * @param v duplicate probability per line, 0–0.1
         * @return this
         */
        public Builder duplicateLineRate(double v) { duplicateLineRate = v; return this; }

        /**
         * @param v probability per day of late lines, 0–1
         * @return this
         */
        public Builder lateFileRate(double v) { lateFileRate = v; return this; }

        /**
         * @param v heat-meter replacements, 0 to apartments; {@link #DERIVED} = one per 250 apartments (at least 1)
         * @return this
         */
        public Builder meterReplacements(int v) { meterReplacements = v; return this; }

        /**
         * @param v building-days without processed weather, 0 to buildings × days
         * @return this
         */
        public Builder weatherGaps(int v) { weatherGaps = v; return this; }

        /**
         * @param v whether raw files are gzipped
         * @return this
         */
        public Builder gzip(boolean v) { gzip = v; return this; }

        /**
         * @param v heat-meter resolution: 0.001, 0.01, 0.1 or 1 kWh
         * @return this
         */
        public Builder energyResolutionKwh(double v) { energyResolutionKwh = v; return this; }

        /**
         * @param v meter reporting interval in minutes, a multiple of 15 dividing 1440
         * @return this
         */
        public Builder meterReportMinutes(int v) { meterReportMinutes = v; return this; }

        /**
         * @param v apartments per raw part file, at least 1
         * @return this
         */
        public Builder apartmentsPerFile(int v) { apartmentsPerFile = v; return this; }

        /**
         * @param v whether to write weather-raw/
         * @return this
         */
        public Builder writeRawWeather(boolean v) { writeRawWeather = v; return this; }

        /**
         * @param v worker threads, 1–256; {@link #DERIVED} = available processors
         * @return this
         */
        public Builder threads(int v) { threads = v; return this; }

        /**
         * Resolves derived values and validates everything.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first parameter out of range, its value and the expectation
         */
        public SimulationOptions build() {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(zone, "zone");
            int b = buildings == DERIVED
                    ? Math.max(1, (apartments + DEFAULT_APARTMENTS_PER_BUILDING - 1) / DEFAULT_APARTMENTS_PER_BUILDING)
                    : buildings;
            int nb = newBuildings == DERIVED ? (b >= 2 ? 1 : 0) : newBuildings;
            int mr = meterReplacements == DERIVED ? Math.max(1, apartments / 250) : meterReplacements;
            int th = threads == DERIVED ? Math.min(256, Runtime.getRuntime().availableProcessors()) : threads;
            return new SimulationOptions(apartments, b, nb, startDate, days, seed, zone, faultRate, faultKinds,
                    pumpFailureRate, gradualOnsetShare, awayRate, guestRate, scheduleChangeRate, dataFaults,
                    malformedLineRate, duplicateLineRate, lateFileRate, mr, weatherGaps, gzip, energyResolutionKwh,
                    meterReportMinutes, apartmentsPerFile, writeRawWeather, th);
        }
    }
}
