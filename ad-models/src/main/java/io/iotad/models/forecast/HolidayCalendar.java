package io.iotad.models.forecast;

import io.iotad.core.calendar.SwissHolidays;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Built-in public-holiday calendars of the {@code forecast} strategy's {@code holidays} option. On
 * a holiday residents are at home as on a Sunday, so a day's heating energy follows a holiday
 * effect of its own (Prophet's holiday regressor); dates of other calendars are given with
 * {@code extra_holidays}.
 */
public enum HolidayCalendar {
    /** No built-in holidays (only {@code extra_holidays}). */
    NONE,
    /**
     * Public holidays common to the Swiss cantons, the calendar of the simulator
     * ({@code docs/simulator.md}): New Year (1 January), Berchtold's day (2 January), Good Friday,
     * Easter Monday, Ascension (Easter + 39 days), Whit Monday (Easter + 50 days), National Day
     * (1 August), Christmas (25 December) and St Stephen's day (26 December): {@link SwissHolidays}.
     */
    CH;

    /**
     * @param date a calendar day
     * @return whether it is a public holiday of this calendar
     */
    public boolean isHoliday(LocalDate date) {
        if (this == NONE) {
            return false;
        }
        return SwissHolidays.isHoliday(date);
    }

    /** @return the configuration spelling, e.g. {@code ch} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
