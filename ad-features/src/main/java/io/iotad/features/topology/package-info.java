/**
 * The portfolio's topology (DATA-CONTRACT §1.3): buildings with their coordinates and archetype metadata,
 * and apartments with their building, read from CSV.
 */
package io.iotad.features.topology;
