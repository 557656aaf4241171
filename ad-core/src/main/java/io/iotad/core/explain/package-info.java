/**
 * Why a row scored high: the reason an alert carries. {@link io.iotad.core.explain.Explainer} gives
 * every scored row its top contributing features ({@link io.iotad.core.explain.Reason}): TreeSHAP
 * contributions for a detector that computes them ({@link io.iotad.core.explain.FeatureAttribution}),
 * otherwise each feature's robust deviation from the training data
 * ({@link io.iotad.core.explain.FeatureBaseline}).
 */
package io.iotad.core.explain;
