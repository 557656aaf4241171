/**
 * Building blocks for versioned binary detector payloads: length-checked primitive, string and
 * array streams over {@link java.io.DataOutputStream}/{@link java.io.DataInputStream}, options
 * recorded as JSON, and the version check every codec of this module applies. No
 * {@code java.io.Serializable} anywhere.
 */
package io.iotad.models.codec;
