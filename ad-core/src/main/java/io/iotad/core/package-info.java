/**
 * The core of iotad: value types, SPIs, the model artifact format and configuration.
 */
package io.iotad.core;
