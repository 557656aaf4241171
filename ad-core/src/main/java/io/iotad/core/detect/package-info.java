/**
 * The detector SPI: a strategy found by name ({@link io.iotad.core.detect.DetectorStrategies}) binds
 * validated options into a {@link io.iotad.core.detect.DetectorTrainer}, which fits an immutable,
 * seeded {@link io.iotad.core.detect.Detector}; {@link io.iotad.core.detect.BatchScoring} scores days
 * in the context of their history. {@link io.iotad.core.detect.AbstractDetectorStrategy} and
 * {@link io.iotad.core.detect.AbstractDetector} hold what every strategy and detector repeats.
 */
package io.iotad.core.detect;
