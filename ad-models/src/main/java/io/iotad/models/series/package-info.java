/**
 * Each apartment's rows of a feature frame laid out on its calendar days, the view the
 * history-aware detectors (persistence and level-shift rules, STL) read. Days absent from the
 * frame are gaps (NaN), never zeros.
 */
package io.iotad.models.series;
