/**
 * Feature extractors: small, immutable, pure strategies that each compute named daily columns of one
 * apartment (DATA-CONTRACT §3), composed in order by {@link io.iotad.features.pipeline.FeaturePipeline}.
 * {@link io.iotad.features.extract.FeatureExtractors} is the catalogue and the JSON-compatible codec.
 */
package io.iotad.features.extract;
