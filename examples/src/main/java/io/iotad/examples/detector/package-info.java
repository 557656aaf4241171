/**
 * Example: a custom detector strategy, found by name through ServiceLoader.
 */
package io.iotad.examples.detector;
