/**
 * The local model registry: {@link io.iotad.pipeline.registry.FileModelRegistry} keeps one folder
 * per model package group with the artifacts and a JSON index, updated atomically under a file
 * lock so that several threads and processes may register and approve at once.
 */
package io.iotad.pipeline.registry;
