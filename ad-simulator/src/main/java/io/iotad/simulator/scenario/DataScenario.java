package io.iotad.simulator.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data scenario: from {@code from} on, one building's data is reported wrongly. Written on the
 * command line as {@code NAME@BUILDING@DATE}, e.g. {@code meter_wh@bldg_03@2025-01-15}.
 *
 * @param kind what goes wrong
 * @param buildingId the building it happens to
 * @param from the first day it happens on (a calendar day of the simulation's zone)
 */
public record DataScenario(Kind kind, String buildingId, LocalDate from) {
    /** The offset of the {@link Kind#WEATHER_OFFSET} scenario, in kelvin: the feed reads this much warmer. */
    public static final double WEATHER_OFFSET_K = 3.0;

    /** The scenarios. */
    public enum Kind {
        /** {@code meter_wh}: the building's heat meters report their counter in Wh instead of kWh (a firmware change). */
        METER_WH,
        /** {@code weather_offset}: the building's processed weather (weather.csv) reads {@value #WEATHER_OFFSET_K} K too warm. */
        WEATHER_OFFSET;

        /** @return the name written on the command line, e.g. {@code meter_wh} */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern ENERGY = Pattern.compile("(\"sensor_type\":\"heating_energy_kwh\",\"value\":)(-?[0-9.]+)");

    /** Validates the fields. */
    public DataScenario {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(buildingId, "buildingId");
        Objects.requireNonNull(from, "from");
        if (buildingId.isBlank()) {
            throw new IllegalArgumentException("a scenario's building id must not be blank");
        }
    }

    /**
     * @param text {@code NAME@BUILDING@DATE}, NAME one of {@code meter_wh}, {@code weather_offset}
     * @return the scenario
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static DataScenario parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("@", -1);
        List<String> names = Arrays.stream(Kind.values()).map(Kind::id).toList();
        if (parts.length != 3) {
            throw new IllegalArgumentException("scenario '" + text + "': expected NAME@BUILDING@DATE, e.g. "
                    + "meter_wh@bldg_03@2025-01-15 (NAME one of " + names + ")");
        }
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.id().equals(parts[0].trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("scenario '" + text + "': unknown name '"
                        + parts[0] + "', expected one of " + names));
        LocalDate from;
        try {
            from = LocalDate.parse(parts[2].trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("scenario '" + text + "': date '" + parts[2] + "' is not YYYY-MM-DD", e);
        }
        if (parts[1].isBlank()) {
            throw new IllegalArgumentException("scenario '" + text + "': the building id is empty");
        }
        return new DataScenario(kind, parts[1].trim(), from);
    }

    /**
     * @param buildingId an apartment's building
     * @param date a day
     * @return whether this scenario changes that building's data on that day
     */
    public boolean affects(String buildingId, LocalDate date) {
        return this.buildingId.equals(buildingId) && !date.isBefore(from);
    }

    /**
     * @param line a raw JSON line
     * @return the line with every {@code heating_energy_kwh} value multiplied by 1000 (the counter in Wh)
     */
    public static String inWattHours(String line) {
        Matcher m = ENERGY.matcher(line);
        StringBuilder sb = new StringBuilder(line.length() + 16);
        while (m.find()) {
            String wh = new BigDecimal(m.group(2)).movePointRight(3).stripTrailingZeros().toPlainString();
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + wh));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** @return the command-line form, {@code NAME@BUILDING@DATE} */
    @Override
    public String toString() {
        return kind.id() + "@" + buildingId + "@" + from;
    }
}
