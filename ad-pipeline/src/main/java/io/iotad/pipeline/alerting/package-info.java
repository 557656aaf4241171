/**
 * From scores to alerts: the threshold or daily top-K policy and the suppression rules (the seed's vacation rule).
 */
package io.iotad.pipeline.alerting;
