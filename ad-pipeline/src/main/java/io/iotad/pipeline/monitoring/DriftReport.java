package io.iotad.pipeline.monitoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drift verdicts of a scoring batch, one per scored day.
 *
 * @param days the scored days in order
 */
public record DriftReport(List<DayDrift> days) {
    /** Copies the days. */
    public DriftReport {
        days = List.copyOf(days);
    }

    /** @return the highest level of any day, {@link DriftLevel#OK} for no day */
    public DriftLevel level() {
        return days.stream().map(DayDrift::level).max(Comparator.naturalOrder()).orElse(DriftLevel.OK);
    }

    /** @return the first finding above a stop limit, on the earliest day that has one (its most severe) */
    public Optional<DriftFinding> firstStop() {
        return days.stream().filter(d -> d.level() == DriftLevel.STOP).findFirst()
                .flatMap(d -> d.findings().stream().filter(f -> f.level() == DriftLevel.STOP).findFirst());
    }

    /** @return how many days ended at or above the warning limit */
    public long warningDays() {
        return days.stream().filter(d -> d.level() != DriftLevel.OK).count();
    }

    /** @return a summary for the run report: level, counts, the first stop (only when there is one) and each day's verdict */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level().id());
        m.put("days", days.size());
        m.put("warning_days", warningDays());
        m.put("stop_days", days.stream().filter(d -> d.level() == DriftLevel.STOP).count());
        firstStop().ifPresent(f -> m.put("first_stop", f.toMap()));
        m.put("by_day", days.stream().map(DayDrift::toMap).toList());
        return m;
    }
}
