/**
 * Columnar daily feature tables (FeatureFrame) and their schemas. NaN means missing; nothing is filled with 0.
 */
package io.iotad.core.frame;
