package io.iotad.pipeline.flywheel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock standing at 18:00 UTC of the simulated day (alerts, verdicts and registrations carry it). */
final class SimulatedClock extends Clock {
    private Instant now;

    SimulatedClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
        now = day.atTime(18, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
