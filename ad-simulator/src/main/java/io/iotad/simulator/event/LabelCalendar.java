package io.iotad.simulator.event;

import io.iotad.core.score.Label;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Portfolio;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns events into apartment-day labels (DATA-CONTRACT §1.4): every calendar day that an event
 * touches, for every apartment it affects (all apartments of the building for a building event),
 * gets the event's label and cause. Where events meet on one apartment-day, a fault (1) wins over
 * nuisance (0), and among equals the earlier event in the list wins. Days no event touches are
 * normal and not listed.
 */
public final class LabelCalendar {
    private LabelCalendar() {
    }

    /**
     * @param portfolio the portfolio
     * @param events the events
     * @param zone the zone of calendar days
     * @return labels sorted by apartment index, then date
     */
    public static List<Label> labels(Portfolio portfolio, List<GroundTruthEvent> events, ZoneId zone) {
        List<TreeMap<LocalDate, GroundTruthEvent>> byApartment = new ArrayList<>();
        for (int i = 0; i < portfolio.apartments().size(); i++) {
            byApartment.add(null);
        }
        Map<Integer, List<Apartment>> byBuilding = new TreeMap<>();
        for (Apartment a : portfolio.apartments()) {
            byBuilding.computeIfAbsent(a.building().index(), k -> new ArrayList<>()).add(a);
        }
        for (GroundTruthEvent e : events) {
            List<Apartment> affected = e.scope() == EventScope.BUILDING
                    ? byBuilding.getOrDefault(e.buildingIndex(), List.of())
                    : List.of(portfolio.apartments().get(e.apartmentIndex()));
            LocalDate first = e.start().atZone(zone).toLocalDate();
            LocalDate last = e.end().minusSeconds(1).atZone(zone).toLocalDate();
            for (Apartment a : affected) {
                TreeMap<LocalDate, GroundTruthEvent> days = byApartment.get(a.index());
                if (days == null) {
                    days = new TreeMap<>();
                    byApartment.set(a.index(), days);
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    GroundTruthEvent held = days.get(d);
                    if (held == null || (e.label() > held.label())) {
                        days.put(d, e);
                    }
                }
            }
        }
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < byApartment.size(); i++) {
            TreeMap<LocalDate, GroundTruthEvent> days = byApartment.get(i);
            if (days == null) {
                continue;
            }
            String id = portfolio.apartments().get(i).id();
            days.forEach((d, e) -> out.add(new Label(id, d, e.label(), e.kind().cause())));
        }
        return out;
    }
}
