/**
 * Splitting row-wise work (scoring, neighbour queries, tree building) across a fixed number of
 * threads. The split never changes results: each row or tree is computed independently.
 */
package io.iotad.models.parallel;
