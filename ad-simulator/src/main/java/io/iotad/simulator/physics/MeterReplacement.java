package io.iotad.simulator.physics;

/**
 * A heat meter replaced during the run: from {@code epochSecond} on, its counter restarts at
 * {@code newCounterKwh}.
 *
 * @param apartmentIndex the apartment's index
 * @param epochSecond the instant of the replacement (on the step grid)
 * @param newCounterKwh the new meter's starting value, in kWh, ≥ 0
 */
public record MeterReplacement(int apartmentIndex, long epochSecond, double newCounterKwh) {
}
