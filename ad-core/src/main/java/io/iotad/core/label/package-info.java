/**
 * The label store SPI: durable verdicts that become the next training's labels.
 */
package io.iotad.core.label;
