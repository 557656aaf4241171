/**
 * Metrics broken down by segment (building, building archetype, fault kind), computed against the
 * overall top-K ranking so that a segment's share of the alerts is visible.
 */
package io.iotad.eval.segment;
