/** Injected events, the ground truth: equipment faults (label 1), nuisance behaviour (label 0), their planning and the labels they give. */
package io.iotad.simulator.event;
