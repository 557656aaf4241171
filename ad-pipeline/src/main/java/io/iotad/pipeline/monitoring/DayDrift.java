package io.iotad.pipeline.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The drift verdict of one scored day.
 *
 * @param day the day
 * @param level the highest level of its findings
 * @param judged statistics computed
 * @param notJudged segment-bands left out: too few training rows there (a band colder than any trained
 *     on) or too few rows of the day
 * @param findings every finding above a warning limit, then the day's most severe others (at most
 *     {@link DriftCheck#MOST_SEVERE_KEPT}), most severe first
 */
public record DayDrift(LocalDate day, DriftLevel level, int judged, int notJudged, List<DriftFinding> findings) {
    /** Validates and copies the fields. */
    public DayDrift {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(level, "level");
        findings = List.copyOf(findings);
    }

    /** @return the day as a JSON-compatible map */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", day.toString());
        m.put("level", level.id());
        m.put("judged", judged);
        m.put("not_judged", notJudged);
        m.put("findings", findings.stream().map(DriftFinding::toMap).toList());
        return m;
    }
}
