package io.iotad.cli;

import io.iotad.features.ingest.PlausibleTimestamps;
import picocli.CommandLine.Option;

/**
 * The window of plausible reading instants ({@code --max-late-days}, {@code --max-future-hours},
 * {@code --max-reading-age-days}), shared (a picocli mixin) by the commands that read raw meter files:
 * {@code iotad features} and {@code iotad ingest}. A reading outside it is quarantined.
 */
final class PlausibleTimestampOptions {
    @Option(names = "--max-late-days", paramLabel = "DAYS", defaultValue = "" + PlausibleTimestamps.DEFAULT_MAX_LATE_DAYS,
            description = "Quarantine readings more than DAYS before the day their file's path names, or more than a day after it "
                    + "(feature_engineering.max_late_days; default: ${DEFAULT-VALUE}).")
    int maxLateDays;

    @Option(names = "--max-future-hours", paramLabel = "HOURS", defaultValue = "" + PlausibleTimestamps.DEFAULT_MAX_FUTURE_HOURS,
            description = "Quarantine readings more than HOURS after now (feature_engineering.max_future_hours; default: ${DEFAULT-VALUE}).")
    int maxFutureHours;

    @Option(names = "--max-reading-age-days", paramLabel = "DAYS",
            defaultValue = "" + PlausibleTimestamps.DEFAULT_MAX_READING_AGE_DAYS,
            description = "Quarantine readings more than DAYS before now, e.g. a clock reset to 1970 "
                    + "(feature_engineering.max_reading_age_days; default: ${DEFAULT-VALUE}).")
    int maxReadingAgeDays;

    /**
     * @return the window these options give
     * @throws IllegalArgumentException naming the option out of range (PlausibleTimestamps' ranges)
     */
    PlausibleTimestamps window() {
        return new PlausibleTimestamps(maxLateDays, maxFutureHours, maxReadingAgeDays);
    }
}
