package io.iotad.simulator;

import io.iotad.simulator.output.DataFaultKind;
import io.iotad.simulator.output.DataFaultLog;
import io.iotad.simulator.physics.MeterReplacement;
import io.iotad.simulator.physics.StepClock;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Building;
import io.iotad.simulator.portfolio.Portfolio;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data faults decided before simulation: which heat meters are replaced when (the counter
 * restarts at 0–5 kWh, never on the first or last day), and which building-days lose their
 * processed weather. Drawn from the data-fault stream, so they do not disturb anything else.
 */
final class DataFaultPlan {
    private final Map<Integer, MeterReplacement> replacements;
    private final Map<Integer, Set<LocalDate>> weatherGaps;

    private DataFaultPlan(Map<Integer, MeterReplacement> replacements, Map<Integer, Set<LocalDate>> weatherGaps) {
        this.replacements = replacements;
        this.weatherGaps = weatherGaps;
    }

    static DataFaultPlan plan(SimulationOptions o, Portfolio p, StepClock clock) {
        SplittableRandom rnd = SeedStreams.stream(o.seed(), SeedStreams.DATA_FAULTS, -1);
        Map<Integer, MeterReplacement> repl = new TreeMap<>();
        if (o.injects(DataFaultKind.METER_REPLACEMENT) && o.days() >= 3) {
            int n = Math.min(o.meterReplacements(), p.apartments().size());
            while (repl.size() < n) {
                int a = rnd.nextInt(p.apartments().size());
                int first = clock.firstStep(1);
                int step = first + rnd.nextInt(clock.firstStep(o.days() - 1) - first);
                double counter = Math.floor(rnd.nextDouble() * 50) / 10.0;
                repl.putIfAbsent(a, new MeterReplacement(a, clock.endEpochSecond(step), counter));
            }
        }
        Map<Integer, Set<LocalDate>> gaps = new TreeMap<>();
        if (o.injects(DataFaultKind.WEATHER_GAP)) {
            int placed = 0;
            while (placed < o.weatherGaps()) {
                int b = rnd.nextInt(p.buildings().size());
                LocalDate d = o.startDate().plusDays(rnd.nextInt(o.days()));
                if (gaps.computeIfAbsent(b, k -> new TreeSet<>()).add(d)) {
                    placed++;
                }
            }
        }
        return new DataFaultPlan(repl, gaps);
    }

    /** @return the meter replacement of an apartment, or null */
    MeterReplacement replacementOf(int apartmentIndex) {
        return replacements.get(apartmentIndex);
    }

    /** @return per building index, the dates without processed weather */
    Map<Integer, Set<LocalDate>> weatherGaps() {
        return weatherGaps;
    }

    /** Records the planned faults in the log (meter replacements, then weather gaps). */
    void log(DataFaultLog log, Portfolio p, ZoneId zone) {
        for (MeterReplacement r : replacements.values()) {
            Apartment a = p.apartments().get(r.apartmentIndex());
            Instant t = Instant.ofEpochSecond(r.epochSecond());
            log.add(DataFaultKind.METER_REPLACEMENT, a.building().id(), a.id(), t.atZone(zone).toLocalDate(), "", 0,
                    "heat meter replaced at " + t + "; counter restarts at " + r.newCounterKwh() + " kWh");
        }
        for (Map.Entry<Integer, Set<LocalDate>> e : weatherGaps.entrySet()) {
            Building b = p.buildings().get(e.getKey());
            for (LocalDate d : e.getValue()) {
                log.add(DataFaultKind.WEATHER_GAP, b.id(), "", d, "weather.csv", 0,
                        "no processed weather for " + b.id() + " on " + d);
            }
        }
    }
}
