package io.iotad.models.forecast;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.options.RawOptions;
import io.iotad.models.options.ResidualSide;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validated options of the {@code forecast} strategy (see {@link ForecastDetector} for the model).
 *
 * @param target the daily feature forecast ({@code target}), by default {@value #DEFAULT_TARGET}
 * @param hddFeature the weather regressor, heating degree-days of the day ({@code hdd_feature}), by
 *     default {@value #DEFAULT_HDD_FEATURE}
 * @param windowDays trailing calendar days each forecast is fitted on ({@code window_days}), 14 to
 *     {@value #MAX_WINDOW_DAYS}, by default {@value #DEFAULT_WINDOW_DAYS}; the detector's
 *     {@code historyDays()}
 * @param minHistoryDays fewest usable days in the window ({@code min_history_days}), at least
 *     {@value #PARAMETERS} + 2 (the model's coefficients plus two degrees of freedom) and at most
 *     {@code windowDays}, by default {@value #DEFAULT_MIN_HISTORY_DAYS}; a day with fewer is not scored
 * @param intervalWidth coverage of the prediction interval ({@code interval_width}), in (0, 1), by
 *     default {@value #DEFAULT_INTERVAL_WIDTH} (Prophet's default); a score of 1 is its edge
 * @param residualSide which errors score high ({@code residual_side}): {@code absolute} (default:
 *     energy above or below its interval) or {@code signed} (only energy above it ranks high)
 * @param minScale floor of the residual standard deviation, in the target's unit ({@code min_scale}),
 *     finite and &gt; 0, by default {@value #DEFAULT_MIN_SCALE}; keeps a flat series (a meter
 *     stuck at 0 for the whole window) from dividing by 0
 * @param holidays the built-in holiday calendar ({@code holidays}: {@code none} or {@code ch}), by
 *     default {@code none}
 * @param extraHolidays further holidays ({@code extra_holidays}: a list of {@code YYYY-MM-DD}
 *     dates), sorted and distinct
 */
public record ForecastOptions(String target, String hddFeature, int windowDays, int minHistoryDays,
                              double intervalWidth, ResidualSide residualSide, double minScale,
                              HolidayCalendar holidays, List<LocalDate> extraHolidays) implements DetectorOptions {
    /** Coefficients of the model: intercept, six weekday effects, holiday, HDD. */
    public static final int PARAMETERS = 9;
    /** Default target. */
    public static final String DEFAULT_TARGET = "daily_energy_kwh";
    /** Default weather regressor. */
    public static final String DEFAULT_HDD_FEATURE = "hdd";
    /** Default window: eight weeks, long enough for eight of each weekday, short enough to follow the season. */
    public static final int DEFAULT_WINDOW_DAYS = 56;
    /** Default fewest usable days: three weeks. */
    public static final int DEFAULT_MIN_HISTORY_DAYS = 21;
    /** Longest window accepted. */
    public static final int MAX_WINDOW_DAYS = 366;
    /** Default prediction-interval coverage (Prophet's {@code interval_width}). */
    public static final double DEFAULT_INTERVAL_WIDTH = 0.8;
    /** Default residual side. */
    public static final ResidualSide DEFAULT_RESIDUAL_SIDE = ResidualSide.ABSOLUTE;
    /** Default residual-scale floor (target unit, e.g. kWh). */
    public static final double DEFAULT_MIN_SCALE = 0.1;

    private static final String OWNER = ForecastStrategy.NAME;
    private static final Set<String> KEYS = Set.of("target", "hdd_feature", "window_days", "min_history_days",
            "interval_width", "residual_side", "min_scale", "holidays", "extra_holidays");

    /** Validates every field; the holiday list is sorted and made distinct. */
    public ForecastOptions {
        if (target == null || target.isBlank()) {
            throw RawOptions.outOfRange(OWNER, "target", target, "a non-blank feature name");
        }
        if (hddFeature == null || hddFeature.isBlank() || hddFeature.equals(target)) {
            throw RawOptions.outOfRange(OWNER, "hdd_feature", hddFeature, "a non-blank feature name other than the target");
        }
        if (windowDays < 14 || windowDays > MAX_WINDOW_DAYS) {
            throw RawOptions.outOfRange(OWNER, "window_days", windowDays, "an integer in [14, " + MAX_WINDOW_DAYS + "]");
        }
        if (minHistoryDays < PARAMETERS + 2 || minHistoryDays > windowDays) {
            throw RawOptions.outOfRange(OWNER, "min_history_days", minHistoryDays,
                    "an integer in [" + (PARAMETERS + 2) + ", window_days = " + windowDays + "]");
        }
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw RawOptions.outOfRange(OWNER, "interval_width", intervalWidth, "a fraction in (0, 1)");
        }
        Objects.requireNonNull(residualSide, "residualSide");
        if (!(minScale > 0) || Double.isInfinite(minScale)) {
            throw RawOptions.outOfRange(OWNER, "min_scale", minScale, "a finite number > 0");
        }
        Objects.requireNonNull(holidays, "holidays");
        extraHolidays = List.copyOf(new TreeSet<>(extraHolidays));
    }

    /** @return the documented defaults */
    public static ForecastOptions defaults() {
        return parse(Map.of());
    }

    /**
     * @param raw option name to value; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException for an unknown key or an invalid value, naming it
     */
    public static ForecastOptions parse(Map<String, ?> raw) {
        RawOptions o = RawOptions.of(OWNER, raw, KEYS);
        int window = o.intValue("window_days", DEFAULT_WINDOW_DAYS);
        List<LocalDate> extra = new ArrayList<>();
        for (String s : o.stringList("extra_holidays", List.of())) {
            try {
                extra.add(LocalDate.parse(s.trim()));
            } catch (DateTimeParseException e) {
                throw o.invalid("extra_holidays", s, "dates as YYYY-MM-DD");
            }
        }
        return new ForecastOptions(o.stringValue("target", DEFAULT_TARGET), o.stringValue("hdd_feature", DEFAULT_HDD_FEATURE),
                window, o.intValue("min_history_days", Math.min(DEFAULT_MIN_HISTORY_DAYS, window)),
                o.doubleValue("interval_width", DEFAULT_INTERVAL_WIDTH),
                o.enumValue("residual_side", ResidualSide.class, DEFAULT_RESIDUAL_SIDE),
                o.doubleValue("min_scale", DEFAULT_MIN_SCALE),
                o.enumValue("holidays", HolidayCalendar.class, HolidayCalendar.NONE), extra);
    }

    /**
     * @param day a calendar day
     * @return whether it is a holiday of {@link #holidays()} or listed in {@link #extraHolidays()}
     */
    public boolean isHoliday(LocalDate day) {
        return holidays.isHoliday(day) || extraHolidays.contains(day);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target);
        m.put("hdd_feature", hddFeature);
        m.put("window_days", windowDays);
        m.put("min_history_days", minHistoryDays);
        m.put("interval_width", intervalWidth);
        m.put("residual_side", residualSide.configName());
        m.put("min_scale", minScale);
        m.put("holidays", holidays.configName());
        m.put("extra_holidays", extraHolidays.stream().map(LocalDate::toString).toList());
        return m;
    }
}
