package io.iotad.simulator.physics;

import java.util.List;

/**
 * One apartment's raw lines for one calendar day, in time order.
 *
 * @param lines JSON lines without terminators, unmodifiable
 * @param readings number of readings in them
 */
public record DayOutput(List<String> lines, int readings) {
    /** Makes the list unmodifiable. */
    public DayOutput {
        lines = List.copyOf(lines);
    }
}
