/**
 * Robust sample statistics shared by the detectors: quantiles (Hyndman &amp; Fan 1996, type 7),
 * the median and the median absolute deviation.
 */
package io.iotad.models.stats;
