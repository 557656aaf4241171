package io.iotad.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Public holidays common to the Swiss cantons, the one calendar both the simulator (residents at home
 * as on a Sunday) and the {@code forecast} strategy's {@code holidays: ch} use: New Year (1 January),
 * Berchtold's day (2 January), Good Friday, Easter Monday, Ascension (Easter + 39 days), Whit Monday
 * (Easter + 50 days), National Day (1 August), Christmas (25 December) and St Stephen's day
 * (26 December).
 */
public final class SwissHolidays {
    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(8, 1),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private SwissHolidays() {
    }

    /**
     * @param date a calendar date
     * @return whether it is a public holiday
     */
    public static boolean isHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        long d = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
        return d == -2 || d == 1 || d == 39 || d == 50;
    }

    /**
     * @param y a year of the Gregorian calendar
     * @return Easter Sunday of that year (anonymous Gregorian algorithm, Meeus/Jones/Butcher)
     */
    public static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
