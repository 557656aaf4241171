package io.iotad.simulator.event;

/** What an injected event affects: one apartment (or one of its rooms), or a whole building. */
public enum EventScope {
    /** One apartment, possibly one room of it. */
    APARTMENT,
    /** Every apartment of a building. */
    BUILDING;

    /** @return the name written to the {@code scope} column of events.csv */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
