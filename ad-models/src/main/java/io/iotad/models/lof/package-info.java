/**
 * The {@code lof} strategy: Local Outlier Factor (Breunig et al. 2000) with novelty scoring of new
 * rows against a standardised training set, on an exact KD-tree or brute-force neighbour index.
 */
package io.iotad.models.lof;
