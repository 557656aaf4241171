/**
 * The SPI contract tests: one abstract suite per SPI ({@code AlertStore}, {@code ModelRegistry}) that every
 * implementation's test extends, shipped to other modules in ad-pipeline's test-jar.
 */
package io.iotad.pipeline.contract;
