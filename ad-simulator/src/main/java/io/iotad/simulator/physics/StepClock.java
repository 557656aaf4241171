package io.iotad.simulator.physics;

import io.iotad.core.calendar.SwissHolidays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The simulation's time grid: 15-minute steps from the start of the first day to the end of the
 * last, in the configured zone (a day with a daylight-saving change has 92 or 100 steps). Step
 * {@code s} covers {@code (end(s) − 900 s, end(s)]}; its readings are time-stamped just before
 * {@code end(s)} and belong to calendar day {@link #dayOf(int)}.
 */
public final class StepClock {
    /** Step length in seconds. */
    public static final int STEP_SECONDS = 900;

    private final LocalDate startDate;
    private final int days;
    private final long startEpochSecond;
    private final int[] dayStartStep;
    private final int[] dayOfStep;
    private final short[] localMinute;
    private final boolean[] homeDay;

    /**
     * @param startDate first day
     * @param days number of days, positive
     * @param zone the zone of calendar days
     */
    public StepClock(LocalDate startDate, int days, ZoneId zone) {
        this.startDate = startDate;
        this.days = days;
        this.startEpochSecond = startDate.atStartOfDay(zone).toEpochSecond();
        this.dayStartStep = new int[days + 1];
        for (int d = 0; d <= days; d++) {
            long t = startDate.plusDays(d).atStartOfDay(zone).toEpochSecond();
            dayStartStep[d] = (int) ((t - startEpochSecond) / STEP_SECONDS);
        }
        int steps = dayStartStep[days];
        dayOfStep = new int[steps];
        localMinute = new short[steps];
        homeDay = new boolean[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = startDate.plusDays(d);
            homeDay[d] = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                    || SwissHolidays.isHoliday(date);
            for (int s = dayStartStep[d]; s < dayStartStep[d + 1]; s++) {
                dayOfStep[s] = d;
                ZonedDateTime mid = Instant.ofEpochSecond(endEpochSecond(s) - STEP_SECONDS / 2).atZone(zone);
                localMinute[s] = (short) (mid.getHour() * 60 + mid.getMinute());
            }
        }
    }

    /** @return number of steps of the run */
    public int steps() {
        return dayOfStep.length;
    }

    /** @return number of days */
    public int days() {
        return days;
    }

    /** @return the first day */
    public LocalDate startDate() {
        return startDate;
    }

    /** @return the run's first instant, in epoch seconds */
    public long startEpochSecond() {
        return startEpochSecond;
    }

    /** @return the run's end (exclusive), in epoch seconds */
    public long endEpochSecond() {
        return startEpochSecond + (long) steps() * STEP_SECONDS;
    }

    /**
     * @param s a step
     * @return the end of the step, in epoch seconds
     */
    public long endEpochSecond(int s) {
        return startEpochSecond + (long) (s + 1) * STEP_SECONDS;
    }

    /**
     * @param d a day index, 0 to days
     * @return the first step of that day ({@code d == days}: the step count)
     */
    public int firstStep(int d) {
        return dayStartStep[d];
    }

    /**
     * @param s a step
     * @return the day index it belongs to
     */
    public int dayOf(int s) {
        return dayOfStep[s];
    }

    /**
     * @param s a step
     * @return local minute of the day at the step's middle, 0–1439
     */
    public int localMinute(int s) {
        return localMinute[s];
    }

    /**
     * @param d a day index
     * @return whether residents are at home all day (weekend or public holiday)
     */
    public boolean isHomeDay(int d) {
        return homeDay[d];
    }

    /**
     * @param epochSecond an instant inside the run
     * @return the step whose interval holds it (clamped to the run)
     */
    public int stepAt(long epochSecond) {
        long s = (epochSecond - startEpochSecond) / STEP_SECONDS;
        return (int) Math.max(0, Math.min(steps(), s));
    }
}
