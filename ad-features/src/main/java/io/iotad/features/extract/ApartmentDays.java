package io.iotad.features.extract;

import io.iotad.core.data.DataException;
import io.iotad.features.readings.ApartmentReadings;
import io.iotad.features.readings.HourlyWeather;
import io.iotad.features.readings.SensorSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One apartment's readings and its building's weather laid on the calendar of DATA-CONTRACT §3:
 * one day for every calendar day (in the configured zone) from the day of the first reading to the
 * day of the last; each day cut into {@value #SLOTS_PER_DAY} slots of 15 minutes whose ends are
 * {@code start of day + k × 15 min}, k = 1…96; and the <em>silent</em> rule (no reading of any
 * sensor within the staleness limit before an instant).
 *
 * <p>Immutable after construction; what extractors share (the silent mask) is computed once here.
 */
public final class ApartmentDays {
    /** Slots per day. */
    public static final int SLOTS_PER_DAY = 96;
    /** Length of a slot in nanoseconds (15 minutes). */
    public static final long SLOT_NANOS = 15L * 60 * 1_000_000_000L;
    /** Longest span of one apartment's readings, in days (ten years): a longer one is a data error. */
    public static final int MAX_DAYS = 3660;
    /** Nanoseconds in 24 hours: the end of day d is its start plus this. */
    public static final long DAY_NANOS = 24L * 3600 * 1_000_000_000L;

    private final ApartmentReadings readings;
    private final HourlyWeather weather;
    private final ZoneId zone;
    private final long staleNanos;
    private final LocalDate[] dates;
    private final long[] dayStartNanos; // dayCount + 1 entries: local midnights, the last one ends the last day
    private final boolean[] silentAtSlotEnd; // dayCount * 96
    private final boolean[] silentAtDayStart;

    /**
     * @param readings the apartment's validated readings
     * @param weather its building's hourly weather, or {@code null} when there is none
     * @param zone the zone whose calendar days the rows are
     * @param staleNanos the staleness limit in nanoseconds, {@code > 0}
     * @throws DataException when the readings span more than {@value #MAX_DAYS} days
     */
    public ApartmentDays(ApartmentReadings readings, HourlyWeather weather, ZoneId zone, long staleNanos) {
        this(readings, weather, zone, staleNanos, null);
    }

    /**
     * The calendar from a given first day to the day of the last reading: the grid of an incremental run,
     * whose readings start a few days before the day it computes while its rows start where its stored
     * history does ({@link io.iotad.features.pipeline.IncrementalDay}). Days before the first reading have
     * no reading: the extractors see them as silent.
     *
     * @param readings the apartment's validated readings
     * @param weather its building's hourly weather, or {@code null} when there is none
     * @param zone the zone whose calendar days the rows are
     * @param staleNanos the staleness limit in nanoseconds, {@code > 0}
     * @param firstDay the first row's day, not after the first reading's day; {@code null}: the first reading's day
     * @throws DataException when the grid spans more than {@value #MAX_DAYS} days
     * @throws IllegalArgumentException when {@code firstDay} is after the first reading's day
     */
    public ApartmentDays(ApartmentReadings readings, HourlyWeather weather, ZoneId zone, long staleNanos,
                         LocalDate firstDay) {
        this.readings = Objects.requireNonNull(readings, "readings");
        this.weather = weather;
        this.zone = Objects.requireNonNull(zone, "zone");
        if (staleNanos <= 0) {
            throw new IllegalArgumentException("staleNanos must be > 0, got " + staleNanos);
        }
        this.staleNanos = staleNanos;
        long[] reports = readings.reportInstants();
        if (reports.length == 0) {
            dates = new LocalDate[0];
            dayStartNanos = new long[] {0L};
        } else {
            LocalDate first = localDate(reports[0]);
            if (firstDay != null) {
                if (firstDay.isAfter(first)) {
                    throw new IllegalArgumentException("apartment " + readings.apartmentId() + ": grid start " + firstDay
                            + " is after its first reading's day " + first);
                }
                first = firstDay;
            }
            LocalDate last = localDate(reports[reports.length - 1]);
            long span = last.toEpochDay() - first.toEpochDay() + 1;
            if (span > MAX_DAYS) {
                throw new DataException("readings of apartment " + readings.apartmentId(), 0, "timestamp_str",
                        first + " .. " + last, "readings spanning at most " + MAX_DAYS + " days");
            }
            int n = (int) span;
            dates = new LocalDate[n];
            dayStartNanos = new long[n + 1];
            for (int d = 0; d <= n; d++) {
                LocalDate day = first.plusDays(d);
                if (d < n) {
                    dates[d] = day;
                }
                Instant start = day.atStartOfDay(zone).toInstant();
                dayStartNanos[d] = start.getEpochSecond() * 1_000_000_000L + start.getNano();
            }
        }
        int nd = dates.length;
        silentAtSlotEnd = new boolean[nd * SLOTS_PER_DAY];
        silentAtDayStart = new boolean[nd];
        for (int d = 0; d < nd; d++) {
            silentAtDayStart[d] = silentAt(dayStartNanos[d]);
            int idx = lastAtOrBefore(reports, dayStartNanos[d] + SLOT_NANOS);
            for (int s = 0; s < SLOTS_PER_DAY; s++) {
                long t = slotEnd(d, s);
                while (idx + 1 < reports.length && reports[idx + 1] <= t) {
                    idx++;
                }
                silentAtSlotEnd[d * SLOTS_PER_DAY + s] = idx < 0 || t - reports[idx] > staleNanos;
            }
        }
    }

    private LocalDate localDate(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L))
                .atZone(zone).toLocalDate();
    }

    /**
     * @param sorted ascending instants
     * @param t an instant
     * @return the index of the last element {@code <= t}, or -1 when every element is later
     */
    public static int lastAtOrBefore(long[] sorted, long t) {
        int lo = 0;
        int hi = sorted.length - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    /** @return the apartment's readings */
    public ApartmentReadings readings() {
        return readings;
    }

    /** @return the building's weather, or {@code null} when it has none */
    public HourlyWeather weather() {
        return weather;
    }

    /** @return the calendar's zone */
    public ZoneId zone() {
        return zone;
    }

    /** @return the number of days (rows), at least 0 */
    public int dayCount() {
        return dates.length;
    }

    /**
     * @param d day index, 0…dayCount()−1
     * @return its calendar date
     */
    public LocalDate date(int d) {
        return dates[d];
    }

    /**
     * @param d day index, 0…dayCount() (dayCount() = the local midnight after the last day)
     * @return the day's start (local midnight), in epoch nanoseconds
     */
    public long dayStartNanos(int d) {
        return dayStartNanos[d];
    }

    /**
     * @param d day index, 0…dayCount()−1
     * @return end of day d as the contract defines it: its start plus 24 h, in epoch nanoseconds
     */
    public long dayEndNanos(int d) {
        return dayStartNanos[d] + DAY_NANOS;
    }

    /**
     * @param d day index, 0…dayCount()−1
     * @param s 15-minute slot of the day, 0…95
     * @return the slot's end, in epoch nanoseconds
     */
    public long slotEnd(int d, int s) {
        return dayStartNanos[d] + (s + 1L) * SLOT_NANOS;
    }

    /**
     * @param d day index, 0…dayCount()−1
     * @param s 15-minute slot of the day, 0…95
     * @return whether the apartment is silent at the slot's end
     */
    public boolean silentAtSlotEnd(int d, int s) {
        return silentAtSlotEnd[d * SLOTS_PER_DAY + s];
    }

    /**
     * @param d day index, 0…dayCount()−1
     * @return whether the apartment is silent at the start of day d (= end of d−1)
     */
    public boolean silentAtDayStart(int d) {
        return silentAtDayStart[d];
    }

    /**
     * @param d day index
     * @return whether the apartment sent a reading of any sensor during day d, in (start of d, end of d]
     */
    public boolean reportedIn(int d) {
        long[] reports = readings.reportInstants();
        int idx = lastAtOrBefore(reports, dayEndNanos(d));
        return idx >= 0 && reports[idx] > dayStartNanos[d];
    }

    /**
     * @param t an instant in epoch nanoseconds
     * @return whether the apartment sent no reading of any sensor in the staleness limit up to {@code t}
     */
    public boolean silentAt(long t) {
        long[] reports = readings.reportInstants();
        int idx = lastAtOrBefore(reports, t);
        return idx < 0 || t - reports[idx] > staleNanos;
    }

    /**
     * @param sensorType a sensor type
     * @return its series, one per room, in the order of the readings (sorted by room name)
     */
    public List<SensorSeries> series(String sensorType) {
        List<SensorSeries> out = new ArrayList<>();
        for (SensorSeries s : readings.series()) {
            if (s.sensorType().equals(sensorType)) {
                out.add(s);
            }
        }
        out.sort((a, b) -> a.roomName().compareTo(b.roomName()));
        return out;
    }

    /**
     * Values of a series at every slot end (last observation carried forward), NaN before its first
     * reading and in silent slots.
     *
     * @param series a series of this apartment
     * @return {@code dayCount() × 96} values, day-major
     */
    public double[] slotValues(SensorSeries series) {
        long[] ts = series.epochNanos();
        double[] v = series.values();
        double[] out = new double[dates.length * SLOTS_PER_DAY];
        for (int d = 0; d < dates.length; d++) {
            int idx = lastAtOrBefore(ts, dayStartNanos[d] + SLOT_NANOS);
            for (int s = 0; s < SLOTS_PER_DAY; s++) {
                long t = slotEnd(d, s);
                while (idx + 1 < ts.length && ts[idx + 1] <= t) {
                    idx++;
                }
                int k = d * SLOTS_PER_DAY + s;
                out[k] = idx < 0 || silentAtSlotEnd[k] ? Double.NaN : v[idx];
            }
        }
        return out;
    }
}
