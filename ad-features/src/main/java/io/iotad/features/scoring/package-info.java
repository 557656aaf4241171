/**
 * Scoring days with a trained model: the feature pipeline rebuilt from the artifact, the data
 * contract on the scored days, and in-context scoring ({@link io.iotad.features.scoring.ModelScoring}),
 * the path every scoring door of the library takes.
 */
package io.iotad.features.scoring;
