/**
 * Anomaly scores and technicians' verdicts (labels) keyed by apartment and day.
 */
package io.iotad.core.score;
