/**
 * The detector SPI: a configured, seeded DetectorStrategy fits an immutable Detector; strategies are found by name.
 */
package io.iotad.core.detect;
