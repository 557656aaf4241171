/**
 * The YAML configuration in the seed's shape ({@code feature_engineering}, {@code training},
 * {@code evaluation}, {@code inference}): immutable section records, a strict line-aware loader
 * (unknown keys, wrong types, out-of-range values and duplicates are rejected with the file and
 * line) and {@code section.key=value} run-time overrides. Every key is described once, in
 * {@link io.iotad.core.config.ConfigSchema}. It lives in its own module, {@code ad-config}, used by
 * the workflows (ad-pipeline) and the CLI, so a service that only loads and scores a model does not
 * carry YAML; the package keeps its {@code core} name because it sits directly on ad-core's SPIs.
 */
package io.iotad.core.config;
