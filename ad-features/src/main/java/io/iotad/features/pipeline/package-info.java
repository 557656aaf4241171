/**
 * The daily feature pipeline: {@link io.iotad.features.pipeline.FeaturePipelineSpec} (what to compute,
 * a serialisable value kept in model artifacts) and {@link io.iotad.features.pipeline.FeaturePipeline}
 * (a pure function per apartment, run in parallel, deterministic order).
 */
package io.iotad.features.pipeline;
