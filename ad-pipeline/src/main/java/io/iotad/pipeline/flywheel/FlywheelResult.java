package io.iotad.pipeline.flywheel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a flywheel simulation did.
 *
 * @param options the settings it ran with
 * @param weeks one entry per scored week, in order
 * @param attempts every retraining the trigger asked for, in order
 * @param outDir where the registry, alert and label databases went
 * @param seconds wall-clock seconds of the run
 */
public record FlywheelResult(FlywheelOptions options, List<FlywheelWeek> weeks, List<RetrainingAttempt> attempts,
                             Path outDir, double seconds) {
    /** Copies the lists. */
    public FlywheelResult {
        Objects.requireNonNull(options, "options");
        weeks = List.copyOf(weeks);
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(outDir, "outDir");
    }

    /**
     * @param n weeks, at least 1
     * @return the mean precision at K over the last {@code n} full weeks with visits (a shorter
     *     last week is left out when there are more than {@code n}); NaN without any
     */
    public double lastWeeksPrecision(int n) {
        return lastWeeks(n, false);
    }

    /**
     * @param n weeks, at least 1
     * @return the same mean at the default K
     */
    public double lastWeeksPrecisionAtDefaultK(int n) {
        return lastWeeks(n, true);
    }

    private double lastWeeks(int n, boolean atDefault) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        List<FlywheelWeek> full = weeks.stream().filter(w -> w.to().toEpochDay() - w.from().toEpochDay() == 6).toList();
        List<FlywheelWeek> use = full.size() >= n ? full : weeks;
        double sum = 0;
        int count = 0;
        for (int i = use.size() - 1; i >= 0 && count < n; i--) {
            double p = atDefault ? use.get(i).precisionAtDefaultK() : use.get(i).precisionAtK();
            if (!Double.isNaN(p)) {
                sum += p;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
