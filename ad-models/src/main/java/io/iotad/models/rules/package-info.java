/**
 * The {@code rules} detector: the seed's heuristic baseline (heating energy high while the room is
 * more than 2 °C below its setpoint) plus operator-written rules — thresholds, persistence over
 * consecutive days and level shifts — read from configuration. Scores are weighted counts of the
 * rules that fire.
 */
package io.iotad.models.rules;
