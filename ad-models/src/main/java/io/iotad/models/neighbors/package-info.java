/**
 * Exact k-nearest-neighbour search in Euclidean space: a KD-tree for low dimension, a brute-force
 * scan for high dimension, and the bounded heap both fill. Ties in distance are broken by the lower
 * point index, so every query has one well-defined answer whatever the index or the thread.
 */
package io.iotad.models.neighbors;
