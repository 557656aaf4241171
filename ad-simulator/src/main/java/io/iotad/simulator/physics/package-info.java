/** The per-apartment thermal model, the residents' behaviour, the controllers and meters, and on-change reporting. */
package io.iotad.simulator.physics;
