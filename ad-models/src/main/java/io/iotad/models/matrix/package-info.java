/**
 * Dense row-major views of feature frames for numeric detectors, with the rows that miss a feature
 * marked rather than filled.
 */
package io.iotad.models.matrix;
